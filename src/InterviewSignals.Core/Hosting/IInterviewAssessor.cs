using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Hosting;

/// <summary>The one service most hosts need: weigh an observation with a registered set, and explain the result.</summary>
public interface IInterviewAssessor
{
    /// <summary>Weighs an observation.</summary>
    /// <param name="observation">The observation.</param>
    /// <param name="setId">The set id, or <see langword="null"/> for the default set.</param>
    /// <returns>The assessment.</returns>
    Assessment Assess(Observation observation, string? setId = null);

    /// <summary>Explains an assessment, new or read back from storage, with the exact set it names (found in the registry by content hash).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="language">A language tag such as <c>en</c>, <c>es</c> or <c>es-MX</c>, or <see langword="null"/> for English.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="SignalSetMismatchException">The registry never held the set the assessment names.</exception>
    Explanation Explain(Assessment assessment, string? language = null);
}

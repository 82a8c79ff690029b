using InterviewSignals.Evaluation;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Explanations;

/// <summary>Turns an assessment into words. Replace it to change how results are explained.</summary>
public interface IExplanationGenerator
{
    /// <summary>Explains an assessment with the set that made it. The assessment may be one read back from storage.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="set">The exact set the assessment names: same id, version and content hash.</param>
    /// <param name="language">A language tag such as <c>en</c>, <c>es</c> or <c>es-MX</c>, or <see langword="null"/> for English.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="SignalSetMismatchException"><paramref name="set"/> is not the set the assessment was made with.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="language"/> is not a language tag.</exception>
    Explanation Generate(Assessment assessment, SignalSet set, string? language = null);
}

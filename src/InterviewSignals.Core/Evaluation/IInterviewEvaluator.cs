using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Evaluation;

/// <summary>Weighs observations with one compiled signal set. Implementations are immutable and thread-safe.</summary>
public interface IInterviewEvaluator
{
    /// <summary>Gets the set this evaluator weighs with.</summary>
    SignalSet SignalSet { get; }

    /// <summary>Weighs an observation and returns the full assessment: contributions, confidence, what to find out next and what would change it.</summary>
    /// <param name="observation">The observation.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ObservationException">The observation does not fit the set; every problem is listed.</exception>
    /// <exception cref="EvidenceProviderException">A host's evidence provider failed.</exception>
    /// <exception cref="Taxonomy.SignalSetMismatchException">The observation was made for a set this one does not extend.</exception>
    Assessment Assess(Observation observation);

    /// <summary>Computes the score and band only, without allocating (when no evidence providers are configured).</summary>
    /// <param name="observation">The observation.</param>
    /// <returns>The score, outlook, band and coverage; always equal to what <see cref="Assess"/> reports.</returns>
    /// <exception cref="ObservationException">The observation does not fit the set; every problem is listed.</exception>
    /// <exception cref="Taxonomy.SignalSetMismatchException">The observation was made for a set this one does not extend.</exception>
    ScoreResult Score(Observation observation);
}

using System;
using System.Collections.Generic;
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
    Assessment Assess(Observation observation);

    /// <summary>Computes the score and band only, without allocating (when no evidence providers are configured).</summary>
    /// <param name="observation">The observation.</param>
    /// <returns>The score, outlook, band and coverage; always equal to what <see cref="Assess"/> reports.</returns>
    /// <exception cref="ObservationException">The observation does not fit the set; every problem is listed.</exception>
    ScoreResult Score(Observation observation);
}

/// <summary>Options for <see cref="InterviewEvaluator.Create"/>.</summary>
public sealed record InterviewEvaluatorOptions
{
    /// <summary>Gets the default options.</summary>
    /// <value>A shared instance.</value>
    public static InterviewEvaluatorOptions Default { get; } = new();

    /// <summary>Gets the clock used when an observation has no as-of instant.</summary>
    /// <value><see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets the host's evidence providers, run in order for every observation.</summary>
    /// <value>None.</value>
    public IReadOnlyList<IEvidenceProvider> EvidenceProviders { get; init; } = Array.Empty<IEvidenceProvider>();

    /// <summary>Gets how many unknown signals <see cref="Assessment.FindOutNext"/> lists at most.</summary>
    /// <value>5.</value>
    public int MaxFindOutNext { get; init; } = 5;
}

/// <summary>Compiles signal sets into evaluators.</summary>
public static class InterviewEvaluator
{
    /// <summary>Compiles a set into an immutable, thread-safe evaluator. Compile once and reuse it.</summary>
    /// <param name="set">The set.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The evaluator.</returns>
    public static IInterviewEvaluator Create(SignalSet set, InterviewEvaluatorOptions? options = null)
        => new SignalSetEvaluator(Internal.Guard.NotNull(set), options ?? InterviewEvaluatorOptions.Default);
}

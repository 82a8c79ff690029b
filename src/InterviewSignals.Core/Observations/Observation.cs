using System;
using System.Collections.Generic;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Observations;

/// <summary>
/// What a person observed about one interview: a tri-state answer per signal, typed fact values and the instant
/// the observation is weighed as of, and the set it was made for when it came from one (a text reading, a questionnaire,
/// JSON read with a set). Immutable; build one with <see cref="CreateBuilder"/>.
/// </summary>
public sealed class Observation
{
    private static readonly Dictionary<string, IReadOnlyList<TextEvidence>> NoEvidence = new(0);

    internal Observation(Dictionary<string, SignalAnswer> signals, Dictionary<string, FactValue> facts, DateTimeOffset? asOf, Dictionary<string, IReadOnlyList<TextEvidence>>? evidence = null, SignalSetReference? signalSet = null)
    {
        SignalSet = signalSet;
        SignalMap = signals;
        FactMap = facts;
        AsOf = asOf;
        EvidenceMap = evidence ?? NoEvidence;
    }

    /// <summary>Gets the answers by signal id. A signal that is not listed is unknown.</summary>
    public IReadOnlyDictionary<string, SignalAnswer> Signals => SignalMap;

    /// <summary>Gets the fact values by fact id.</summary>
    public IReadOnlyDictionary<string, FactValue> Facts => FactMap;

    /// <summary>
    /// Gets, by signal or fact id, the words of a text that gave the answer, for answers a text reader proposed
    /// (a text reading's <c>ToObservation</c>). An answer the person gave has none. Assessments carry these words into
    /// their contributions, so that an explanation can quote them.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TextEvidence>> Evidence => EvidenceMap;

    internal Dictionary<string, IReadOnlyList<TextEvidence>> EvidenceMap { get; }

    internal Dictionary<string, SignalAnswer> SignalMap { get; }

    internal Dictionary<string, FactValue> FactMap { get; }

    /// <summary>Gets the instant the observation is weighed as of, or <see langword="null"/> to use the evaluator's clock.</summary>
    public DateTimeOffset? AsOf { get; }

    /// <summary>
    /// Gets the set the observation was made for, or <see langword="null"/> for one built by hand. Every part that weighs,
    /// plans or fits an observation refuses, by content hash, a set other than that one or one that extends it (a
    /// calibrated or fitted set extends the set it came from) with <see cref="SignalSetMismatchException"/>.
    /// </summary>
    public SignalSetReference? SignalSet { get; }

    /// <summary>Starts a new observation.</summary>
    /// <returns>A builder.</returns>
    public static ObservationBuilder CreateBuilder() => new();

    /// <summary>Returns a copy weighed as of another instant.</summary>
    /// <param name="asOf">The instant.</param>
    /// <returns>The copy.</returns>
    public Observation WithAsOf(DateTimeOffset asOf)
        => new(SignalMap, FactMap, asOf, EvidenceMap, SignalSet);

    /// <summary>Refuses a set other than the one the observation was made for or one that extends it.</summary>
    internal void ThrowIfMadeForOther(SignalSet set)
    {
        if (SignalSet is { } madeFor && !set.Understands(madeFor))
        {
            throw new SignalSetMismatchException(SignalSetMismatchException.MadeWith.Observation, madeFor, set.Reference);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Internal;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Timelines;

/// <summary>
/// Receives a mapping's answers, each with its provenance. Only ids the set declares are taken; a later answer for
/// the same id replaces an earlier one.
/// </summary>
public sealed class TimelineAnswers
{
    private readonly ObservationBuilder _builder;
    private readonly Dictionary<string, AnswerProvenance> _provenance = new(StringComparer.Ordinal);

    internal TimelineAnswers(SignalSet set, DateTimeOffset asOf)
    {
        Set = set;
        _builder = Observation.CreateBuilder().ForSet(set.Reference).AsOf(asOf);
    }

    /// <summary>Gets the set the answers are for.</summary>
    public SignalSet Set { get; }

    /// <summary>Gives a fact's value.</summary>
    /// <param name="factId">A fact the set declares.</param>
    /// <param name="value">The value.</param>
    /// <param name="provenance">Why: the basis and the events behind it.</param>
    /// <exception cref="ArgumentException">The set does not declare the fact.</exception>
    public void Fact(string factId, FactValue value, AnswerProvenance provenance)
    {
        if (!Set.TryGetFact(Guard.NotNullOrWhiteSpace(factId), out _))
        {
            throw new ArgumentException(TimelineMessages.UnknownAnswer("fact", factId, Set.Id), nameof(factId));
        }

        _builder.Fact(factId, value);
        _provenance[factId] = Guard.NotNull(provenance);
    }

    /// <summary>Answers a signal.</summary>
    /// <param name="signalId">A signal the set declares.</param>
    /// <param name="state">Present or absent; unknown removes an earlier answer.</param>
    /// <param name="provenance">Why: the basis and the events behind it.</param>
    /// <param name="strength">For present, how strongly it showed, from 0 to 1.</param>
    /// <exception cref="ArgumentException">The set does not declare the signal.</exception>
    public void Signal(string signalId, SignalState state, AnswerProvenance provenance, double strength = 1.0)
    {
        if (!Set.TryGetSignal(Guard.NotNullOrWhiteSpace(signalId), out _))
        {
            throw new ArgumentException(TimelineMessages.UnknownAnswer("signal", signalId, Set.Id), nameof(signalId));
        }

        Guard.NotNull(provenance);
        _builder.Answer(signalId, state, strength);
        if (state == SignalState.Unknown)
        {
            _provenance.Remove(signalId);
        }
        else
        {
            _provenance[signalId] = provenance;
        }
    }

    /// <summary>Makes a provenance from events: their ids in timeline order.</summary>
    /// <param name="basis">The basis code.</param>
    /// <param name="events">The events behind the answer.</param>
    /// <param name="at">The instant the basis refers to.</param>
    /// <param name="words">Words the answer was read from.</param>
    /// <returns>The provenance.</returns>
    public static AnswerProvenance Because(string basis, IEnumerable<ApplicationEvent> events, DateTimeOffset? at = null, string? words = null)
        => new(Guard.NotNullOrWhiteSpace(basis), Guard.NotNull(events).Select(e => e.Id).ToArray(), at, words);

    internal TimelineObservation Build(string mapping, TimelineSnapshot snapshot)
        => new(_builder.Build(), _provenance.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), snapshot, Set.Reference, mapping);
}

using System;
using System.Collections.Generic;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Observations;

/// <summary>Builds an <see cref="Observation"/>. Later answers for the same id replace earlier ones. Builds once.</summary>
public sealed class ObservationBuilder
{
    private readonly Dictionary<string, SignalAnswer> _signals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FactValue> _facts = new(StringComparer.Ordinal);
    private DateTimeOffset? _asOf;
    private SignalSetReference? _set;
    private Dictionary<string, IReadOnlyList<TextEvidence>>? _evidence;
    private bool _built;

    /// <summary>Records that a sign was observed.</summary>
    /// <param name="signalId">The signal id.</param>
    /// <param name="strength">How strongly it showed, from 0 to 1.</param>
    /// <returns>This builder.</returns>
    public ObservationBuilder Present(string signalId, double strength = 1.0)
    {
        Internal.Guard.InRange(strength, 0, 1);
        return Answer(signalId, SignalState.Present, strength);
    }

    /// <summary>Records that a sign was looked for and not observed.</summary>
    /// <param name="signalId">The signal id.</param>
    /// <returns>This builder.</returns>
    public ObservationBuilder Absent(string signalId) => Answer(signalId, SignalState.Absent, 1.0);

    /// <summary>Records an answer.</summary>
    /// <param name="signalId">The signal id.</param>
    /// <param name="state">The state; <see cref="SignalState.Unknown"/> removes an earlier answer.</param>
    /// <param name="strength">How strongly a present sign showed, from 0 to 1.</param>
    /// <returns>This builder.</returns>
    public ObservationBuilder Answer(string signalId, SignalState state, double strength = 1.0)
    {
        ThrowIfBuilt();
        Internal.Guard.NotNullOrWhiteSpace(signalId);
        if (state == SignalState.Unknown)
        {
            _signals.Remove(signalId);
        }
        else
        {
            _signals[signalId] = new SignalAnswer(state, state == SignalState.Present ? strength : 1.0);
        }

        return this;
    }

    /// <summary>Sets a number fact.</summary>
    /// <param name="factId">The fact id.</param>
    /// <param name="value">The number.</param>
    /// <returns>This builder.</returns>
    public ObservationBuilder Fact(string factId, double value) => Fact(factId, FactValue.FromNumber(value));

    /// <summary>Sets a boolean fact.</summary>
    /// <param name="factId">The fact id.</param>
    /// <param name="value">The boolean.</param>
    /// <returns>This builder.</returns>
    public ObservationBuilder Fact(string factId, bool value) => Fact(factId, FactValue.FromBoolean(value));

    /// <summary>Sets a choice fact.</summary>
    /// <param name="factId">The fact id.</param>
    /// <param name="choice">One of the fact's choices.</param>
    /// <returns>This builder.</returns>
    public ObservationBuilder Fact(string factId, string choice) => Fact(factId, FactValue.FromChoice(choice));

    /// <summary>Sets a date fact.</summary>
    /// <param name="factId">The fact id.</param>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public ObservationBuilder Fact(string factId, DateTimeOffset date) => Fact(factId, FactValue.FromDate(date));

    /// <summary>Sets a fact.</summary>
    /// <param name="factId">The fact id.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public ObservationBuilder Fact(string factId, FactValue value)
    {
        ThrowIfBuilt();
        _facts[Internal.Guard.NotNullOrWhiteSpace(factId)] = value;
        return this;
    }

    /// <summary>Sets the instant the observation is weighed as of.</summary>
    /// <param name="asOf">The instant.</param>
    /// <returns>This builder.</returns>
    public ObservationBuilder AsOf(DateTimeOffset asOf)
    {
        ThrowIfBuilt();
        _asOf = asOf;
        return this;
    }

    /// <summary>Records the set the observation is made for; weighing or planning it with another set is then refused.</summary>
    /// <param name="set">The set.</param>
    /// <returns>This builder.</returns>
    public ObservationBuilder ForSet(SignalSetReference set)
    {
        ThrowIfBuilt();
        _set = Internal.Guard.NotNull(set);
        return this;
    }

    /// <summary>
    /// Records the words of a text that gave a signal's answer or a fact's value, so that the assessment can say the
    /// answer came from the text and an explanation can quote it. Give the answer itself with <see cref="Answer"/> or
    /// <see cref="Fact(string, FactValue)"/>; words for an id the observation does not answer are ignored.
    /// </summary>
    /// <param name="id">The signal or fact id.</param>
    /// <param name="evidence">The words, in text order.</param>
    /// <returns>This builder.</returns>
    public ObservationBuilder Evidence(string id, IEnumerable<TextEvidence> evidence)
    {
        ThrowIfBuilt();
        var list = new List<TextEvidence>(Internal.Guard.NotNull(evidence));
        if (list.Exists(e => e is null))
        {
            throw new ArgumentException(ObservationMessages.EvidenceListHoldsNull(), nameof(evidence));
        }

        (_evidence ??= new Dictionary<string, IReadOnlyList<TextEvidence>>(StringComparer.Ordinal))[Internal.Guard.NotNullOrWhiteSpace(id)] = list.AsReadOnly();
        return this;
    }

    /// <summary>Builds the observation; the builder is frozen afterwards.</summary>
    /// <returns>The observation.</returns>
    public Observation Build()
    {
        ThrowIfBuilt();
        _built = true;
        return new Observation(_signals, _facts, _asOf, _evidence, _set);
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException(ObservationMessages.BuilderAlreadyBuilt());
        }
    }
}

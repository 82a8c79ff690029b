using System;
using System.Collections.Generic;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Evaluation;

/// <summary>Receives a provider's answers. An answer for a signal the observation already answered is ignored: the person's own answer wins.</summary>
public sealed class EvidenceSink
{
    private readonly Dictionary<string, SignalAnswer> _answers = new(StringComparer.Ordinal);

    internal EvidenceSink()
    {
    }

    internal IReadOnlyDictionary<string, SignalAnswer> Answers => _answers;

    /// <summary>Answers a signal.</summary>
    /// <param name="signalId">A signal the set declares.</param>
    /// <param name="state">Present or absent.</param>
    /// <param name="strength">For present, how strongly it showed, from 0 to 1.</param>
    public void Answer(string signalId, SignalState state, double strength = 1.0)
    {
        Internal.Guard.NotNullOrWhiteSpace(signalId);
        Internal.Guard.InRange(strength, 0, 1);
        if (state == SignalState.Unknown)
        {
            _answers.Remove(signalId);
            return;
        }

        _answers[signalId] = new SignalAnswer(state, state == SignalState.Present ? strength : 1.0);
    }
}

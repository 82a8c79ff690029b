using System;
using InterviewSignals.Compilation;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Evaluation;

/// <summary>
/// What the outcome fitter reads from an observation: every signal's state as the scorecard sees it (answers, evidence
/// providers and rules, weight or no weight), and the multiplier its weight would get if it were positive and if it
/// were negative (strength × modifier factors; modifiers may apply to one direction only). The score is then exactly
/// the base score plus the sum of weight × multiplier, so weights can be fitted while rules and modifiers stay the set's.
/// </summary>
internal sealed partial class SignalSetEvaluator
{
    internal void Encode(Observation observation, CaseEncoding into)
    {
        Internal.Guard.NotNull(observation);
        Array.Clear(into.Answers, 0, into.Answers.Length);
        Array.Clear(into.Sink.States, 0, into.Sink.States.Length);
        var asOf = observation.AsOf ?? _options.TimeProvider.GetUtcNow();
        Scorecard.Gather(_c, observation, asOf, into.Answers, into.AnswerStrengths);
        var ctx = new EvalContext(observation.FactMap, asOf);
        var provided = Scorecard.RunProviders(_c, _options.EvidenceProviders, observation, asOf, into.Answers, into.AnswerStrengths);
        var sink = into.Sink;
        into.Score = Scorecard.Run(_c, into.Answers, into.AnswerStrengths, ctx, provided, into.Degrees, ref sink, out _);
        into.Outlook = _c.Outlook(into.Score);
        for (var i = 0; i < _c.Signals.Length; i++)
        {
            var state = sink.States[i];
            into.States[i] = state;
            if (state == SignalState.Unknown)
            {
                continue;
            }

            var s = _c.Signals[i];
            into.Positive[i] = sink.Strengths[i] * Scorecard.Factor(_c, s, 1.0, into.Degrees);
            into.Negative[i] = sink.Strengths[i] * Scorecard.Factor(_c, s, -1.0, into.Degrees);
        }
    }
}

/// <summary>Scratch space for <see cref="SignalSetEvaluator.Encode"/>, reused from case to case: filling it allocates nothing.</summary>
internal sealed class CaseEncoding
{
    public CaseEncoding(SignalSet set)
    {
        var n = set.Signals.Count;
        Answers = new byte[n];
        AnswerStrengths = new double[n];
        Degrees = new double[set.Modifiers.Count];
        Sink = new StateSink(n);
        States = new SignalState[n];
        Positive = new double[n];
        Negative = new double[n];
    }

    /// <summary>Gets each signal's state; <see cref="SignalState.Unknown"/> when the scorecard did not see it.</summary>
    public SignalState[] States { get; }

    /// <summary>Gets, for each seen signal, what a positive weight is multiplied by.</summary>
    public double[] Positive { get; }

    /// <summary>Gets, for each seen signal, what a negative weight is multiplied by.</summary>
    public double[] Negative { get; }

    /// <summary>Gets or sets the score with the set's own weights.</summary>
    public double Score { get; set; }

    /// <summary>Gets or sets the outlook with the set's own weights (through its calibration, when it has one).</summary>
    public double Outlook { get; set; }

    internal byte[] Answers { get; }

    internal double[] AnswerStrengths { get; }

    internal double[] Degrees { get; }

    internal StateSink Sink { get; }
}

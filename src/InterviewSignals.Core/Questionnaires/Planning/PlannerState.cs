using System;
using System.Collections.Generic;
using InterviewSignals.Compilation;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Questionnaires;

/// <summary>What the planner makes of each signal for one call.</summary>
internal enum SignalKind : byte
{
    /// <summary>Nothing more will come: answered "not sure", declined, or no one asks it.</summary>
    Fixed,
    Answered,
    Free,
    Supplied,
    Derived,
}

/// <summary>What one call knows: each signal's kind and answer, the free facts and the outlook so far.</summary>
internal sealed class PlannerState
{
    private readonly PlanningModel _p;

    public PlannerState(PlanningModel p, Observation observation, DateTimeOffset asOf, ScoreResult now)
    {
        _p = p;
        AsOf = asOf;
        Now = now;
        var n = p.Compiled.Signals.Length;
        Kinds = new SignalKind[n];
        States = new SignalState[n];
        Strengths = new double[n];
        Parts = new Moments[n];
        for (var i = 0; i < n; i++)
        {
            var s = p.Compiled.Signals[i];
            if (observation.SignalMap.TryGetValue(s.Id, out var answer) && answer.State != SignalState.Unknown)
            {
                Kinds[i] = SignalKind.Answered;
                States[i] = answer.State;
                Strengths[i] = answer.Strength;
            }
            else if (s.Derived)
            {
                Kinds[i] = SignalKind.Derived;
            }
            else if (observation.SignalMap.ContainsKey(s.Id))
            {
                Kinds[i] = SignalKind.Fixed; // answered "not sure": asked already
            }
            else
            {
                Kinds[i] = p.Supplied[i] ? SignalKind.Supplied : p.AskableSignal[i] ? SignalKind.Free : SignalKind.Fixed;
            }
        }

        FreeFacts = new Dictionary<string, FactDefinition>(StringComparer.Ordinal);
        FactFree = new bool[p.Facts.Length];
        for (var f = 0; f < p.Facts.Length; f++)
        {
            var slot = p.Facts[f];
            if (slot.Askable && !observation.FactMap.ContainsKey(slot.Definition.Id))
            {
                FreeFacts[slot.Definition.Id] = slot.Definition;
                FactFree[f] = true;
            }
        }

        Context = new EvalContext(observation.FactMap, asOf);
        Scratch = new Dictionary<string, FactValue>(observation.FactMap, Internal.FewKeys.Instance);
        for (var i = 0; i < n; i++)
        {
            if (Kinds[i] == SignalKind.Answered || (Kinds[i] == SignalKind.Derived && _p.Compiled.BestRule(_p.Compiled.Signals[i], Context, out _) >= 0))
            {
                Covered += p.Compiled.Signals[i].Reach;
            }
        }

        TooEarlyNow = p.Compiled.TooEarly is not null && p.Compiled.TooEarly.Eval(Context) > 0;
    }

    public DateTimeOffset AsOf { get; }

    public ScoreResult Now { get; }

    public SignalKind[] Kinds { get; }

    public SignalState[] States { get; }

    public double[] Strengths { get; }

    /// <summary>Gets the moments of each free signal's contribution under the priors, at today's factors.</summary>
    public Moments[] Parts { get; }

    public Dictionary<string, FactDefinition> FreeFacts { get; }

    public bool[] FactFree { get; }

    public EvalContext Context { get; }

    public Dictionary<string, FactValue> Scratch { get; }

    public double Covered { get; }

    public bool TooEarlyNow { get; }

    public double ExpectedNow(int i) => Expected(i, Context);

    public double ConcreteNow(int i) => Concrete(i, Context);

    /// <summary>A signal's contribution as things stand under the facts of <paramref name="ctx"/> (free signals give nothing yet).</summary>
    public double Concrete(int i, in EvalContext ctx)
    {
        var s = _p.Compiled.Signals[i];
        switch (Kinds[i])
        {
            case SignalKind.Answered:
                return _p.Contribution(s, States[i] == SignalState.Present ? s.Present : s.Absent, Strengths[i], ctx);
            case SignalKind.Derived:
                var r = _p.Compiled.BestRule(s, ctx, out var degree);
                return r < 0 ? 0 : _p.Contribution(s, _p.Compiled.Rules[r].Definition.State == SignalState.Present ? s.Present : s.Absent, degree, ctx);
            default:
                return 0;
        }
    }

    /// <summary>A signal's expected contribution under the facts of <paramref name="ctx"/>: free signals by their priors.</summary>
    public double Expected(int i, in EvalContext ctx)
    {
        if (Kinds[i] is not (SignalKind.Free or SignalKind.Supplied))
        {
            return Concrete(i, ctx);
        }

        var s = _p.Compiled.Signals[i];
        var pr = _p.Prevalence[i];
        return (1 - _p.Options.UnsureRate) * ((pr * _p.Contribution(s, s.Present, 1.0, ctx)) + ((1 - pr) * _p.Contribution(s, s.Absent, 1.0, ctx)));
    }

}

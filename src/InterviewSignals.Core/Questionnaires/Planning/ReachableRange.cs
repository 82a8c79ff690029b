using System;
using InterviewSignals.Compilation;
using InterviewSignals.Evaluation;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Questionnaires;

/// <summary>
/// The exact part of a plan: an interval evaluation of the scorecard (weights, modifiers, rules and the too-early
/// condition) in which every question not yet answered may take any answer its definition allows, or stay unanswered.
/// The range may be wider than the truth, never narrower, so a settled band is one no answers can change.
/// </summary>
internal static class ReachableRange
{
    public static OutlookRange Of(PlanningModel model, PlannerState st)
    {
        var rctx = new RangeContext(st.Context, st.FreeFacts);
        var mods = model.Compiled.Modifiers;
        Span<double> degLo = mods.Length <= 64 ? stackalloc double[mods.Length] : new double[mods.Length];
        Span<double> degHi = mods.Length <= 64 ? stackalloc double[mods.Length] : new double[mods.Length];
        for (var m = 0; m < mods.Length; m++)
        {
            var d = mods[m].Node.Range(rctx);
            degLo[m] = d.EffectiveLo;
            degHi[m] = d.EffectiveHi;
        }

        double lo = model.Compiled.BaseScore, hi = model.Compiled.BaseScore, covLo = 0, covHi = 0;
        Span<double> ruleLo = model.MaxRules <= 32 ? stackalloc double[model.MaxRules] : new double[model.MaxRules];
        Span<double> ruleHi = model.MaxRules <= 32 ? stackalloc double[model.MaxRules] : new double[model.MaxRules];
        for (var i = 0; i < model.Compiled.Signals.Length; i++)
        {
            var s = model.Compiled.Signals[i];
            double vLo, vHi;
            switch (st.Kinds[i])
            {
                case SignalKind.Answered:
                {
                    var weight = st.States[i] == SignalState.Present ? s.Present : s.Absent;
                    var (fLo, fHi) = FactorRange(model, s, weight, degLo, degHi);
                    (vLo, vHi) = Span(weight, st.Strengths[i], fLo, fHi);
                    covLo += s.Reach;
                    covHi += s.Reach;
                    break;
                }

                case SignalKind.Free:
                case SignalKind.Supplied:
                {
                    var (pLo, pHi) = FactorRange(model, s, s.Present, degLo, degHi);
                    var (aLo, aHi) = FactorRange(model, s, s.Absent, degLo, degHi);
                    var (p1, p2) = Span(s.Present, 1.0, pLo, pHi);
                    var (a1, a2) = Span(s.Absent, 1.0, aLo, aHi);
                    vLo = Math.Min(0, Math.Min(p1, a1));
                    vHi = Math.Max(0, Math.Max(p2, a2));
                    covHi += s.Reach;
                    break;
                }

                case SignalKind.Derived:
                {
                    vLo = double.PositiveInfinity;
                    vHi = double.NegativeInfinity;
                    bool allCanMiss = true, anySure = false, anyCan = false;
                    var rLo = ruleLo.Slice(0, s.Rules.Length);
                    var rHi = ruleHi.Slice(0, s.Rules.Length);
                    for (var k = 0; k < s.Rules.Length; k++)
                    {
                        var d = model.Compiled.Rules[s.Rules[k]].Node.Range(rctx);
                        rLo[k] = d.EffectiveLo;
                        rHi[k] = d.EffectiveHi;
                    }

                    for (var k = 0; k < s.Rules.Length; k++)
                    {
                        var r = s.Rules[k];
                        var eHi = rHi[k];
                        var eLo = rLo[k];
                        allCanMiss &= eLo <= 0;
                        if (eHi <= 0 || Outranked(k, rLo, rHi))
                        {
                            continue;
                        }

                        anyCan = true;
                        anySure |= eLo > 0;
                        var weight = model.Compiled.Rules[r].Definition.State == SignalState.Present ? s.Present : s.Absent;
                        var (fLo, fHi) = FactorRange(model, s, weight, degLo, degHi);
                        var (x1, x2) = Span(weight, eLo, fLo, fHi);
                        var (y1, y2) = Span(weight, eHi, fLo, fHi);
                        vLo = Math.Min(vLo, Math.Min(x1, y1));
                        vHi = Math.Max(vHi, Math.Max(x2, y2));
                    }

                    if (!anyCan || allCanMiss)
                    {
                        vLo = Math.Min(vLo, 0);
                        vHi = Math.Max(vHi, 0);
                    }

                    covLo += anySure ? s.Reach : 0;
                    covHi += anyCan ? s.Reach : 0;
                    break;
                }

                default:
                    continue;
            }

            lo += vLo;
            hi += vHi;
        }

        var te = model.Compiled.TooEarly?.Range(rctx);
        var teCanFire = te is { } t1 && t1.EffectiveHi > 0;
        var teCanRest = te is not { } t2 || t2.EffectiveLo <= 0;
        var min = model.Compiled.Set.Bands.MinimumCoverage;
        return new OutlookRange
        {
            LowestScore = lo,
            HighestScore = hi,
            LowestOutlook = model.Compiled.Outlook(lo),
            HighestOutlook = model.Compiled.Outlook(hi),
            LowestBand = model.Compiled.IndexBand(lo),
            HighestBand = model.Compiled.IndexBand(hi),
            CanBeTooEarly = model.Compiled.Coverage(covLo) < min || teCanFire,
            CanBeScored = model.Compiled.Coverage(covHi) >= min && teCanRest,
        };
    }

    /// <summary>
    /// Whether rule <paramref name="k"/> can never be the one the evaluator takes (the first with the largest degree):
    /// an earlier rule is always at least as large, or a later one always larger.
    /// </summary>
    private static bool Outranked(int k, ReadOnlySpan<double> lo, ReadOnlySpan<double> hi)
    {
        for (var j = 0; j < lo.Length; j++)
        {
            if ((j < k && lo[j] >= hi[k]) || (j > k && lo[j] > hi[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The factor a signal's weight gets from its modifiers, as an interval, multiplied in the evaluator's order.</summary>
    private static (double Lo, double Hi) FactorRange(PlanningModel model, CompiledSignal s, double weight, ReadOnlySpan<double> degLo, ReadOnlySpan<double> degHi)
    {
        double lo = 1.0, hi = 1.0;
        foreach (var m in s.Modifiers)
        {
            var mod = model.Compiled.Modifiers[m];
            if (!mod.AppliesTo(weight) || degHi[m] <= 0)
            {
                continue;
            }

            var a = model.Compiled.EffectiveFactor(m, degLo[m]);
            var b = model.Compiled.EffectiveFactor(m, degHi[m]);
            lo *= Math.Min(a, b);
            hi *= Math.Max(a, b);
        }

        return (lo, hi);
    }

    /// <summary>The contributions weight × strength × factor for a factor in [fLo, fHi] (factors are never negative).</summary>
    private static (double Lo, double Hi) Span(double weight, double strength, double fLo, double fHi)
    {
        if (weight == 0 || strength == 0)
        {
            return (0, 0);
        }

        var a = CompiledSet.ContributionValue(weight, strength, fLo);
        var b = CompiledSet.ContributionValue(weight, strength, fHi);
        return a <= b ? (a, b) : (b, a);
    }
}

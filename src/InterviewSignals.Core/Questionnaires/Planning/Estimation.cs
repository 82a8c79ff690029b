using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Evaluation;

namespace InterviewSignals.Questionnaires;

/// <summary>
/// The estimated part of a plan, under the set's priors: the chance that the band changes, the value of each question
/// (how far its answer is expected to move the chances of each final band), the likely range and how many questions
/// are likely still needed.
/// </summary>
internal static class Estimation
{
    public static void Estimate(PlanningModel model, PlannerState st, PlanWork w)
    {
        var u = model.Options.UnsureRate;
        var ctx = st.Context;
        var total = new Moments(st.Now.Score, 0);

        // Free signals: three answers each, at today's factors.
        for (var i = 0; i < model.Compiled.Signals.Length; i++)
        {
            if (st.Kinds[i] is not (SignalKind.Free or SignalKind.Supplied))
            {
                continue;
            }

            var s = model.Compiled.Signals[i];
            var p = model.Prevalence[i];
            var xp = model.Contribution(s, s.Present, 1.0, ctx);
            var xa = model.Contribution(s, s.Absent, 1.0, ctx);
            var m = Moments.Of(xp, (1 - u) * p, xa, (1 - u) * (1 - p), 0, u);
            st.Parts[i] = m;
            total = total.Plus(m);
            if (st.Kinds[i] == SignalKind.Free)
            {
                w.Candidates.Add(new Candidate(i, -1, xp, xa, p));
            }
        }

        // Fact groups: every combination of the group's free facts' natural values (and "skipped").
        var pTooEarly = st.TooEarlyNow ? 1.0 : 0.0;
        for (var k = 0; k < model.Groups.Length; k++)
        {
            var g = GroupEnumeration.Group(model, st, k);
            if (g is null)
            {
                continue;
            }

            total = total.Plus(g.Total);
            if (k == model.TooEarlyGroup)
            {
                pTooEarly = g.TooEarly;
            }

            for (var j = 0; j < g.Facts.Length; j++)
            {
                if (model.Facts[g.Facts[j]].Askable)
                {
                    w.Candidates.Add(new Candidate(-1, g.Facts[j], 0, 0, 0) { Group = g, GroupSlot = j });
                }
            }
        }

        // Coverage below the minimum only stays there if every remaining answer is "not sure".
        var min = model.Compiled.Set.Bands.MinimumCoverage;
        var pThin = st.Now.Coverage >= min ? 0.0 : (w.Range.CanBeScored ? Math.Pow(u, Math.Max(1, w.Candidates.Count)) : 1.0);
        var dist = BandOdds.Of(model, total, pTooEarly, pThin);
        w.ChangeProbability = Math.Min(1, Math.Max(0, 1 - dist.Of(st.Now.Band)));
        (w.Final, w.TooEarly, w.Thin) = (total, pTooEarly, pThin);

        // The value of each question: how far its answer is expected to move the chances of each final band.
        var best = -1;
        for (var q = 0; q < w.Candidates.Count; q++)
        {
            var c = w.Candidates[q];
            double shift = 0, scoreChange = 0;
            var canChange = false;
            if (c.Signal >= 0)
            {
                var i = c.Signal;
                var rest = total.Minus(st.Parts[i]);
                var reach = model.Compiled.Signals[i].Reach;
                Accumulate(c.IfPresent, (1 - u) * c.Prevalence, model.BandNow(st, st.Now.Score + c.IfPresent, reach));
                Accumulate(c.IfAbsent, (1 - u) * (1 - c.Prevalence), model.BandNow(st, st.Now.Score + c.IfAbsent, reach));
                Accumulate(0, u, st.Now.Band);

                void Accumulate(double x, double pr, OutlookBand bandAfter)
                {
                    if (pr <= 0)
                    {
                        return;
                    }

                    var d = BandOdds.Of(model, rest.Shifted(x), pTooEarly, pThin);
                    shift += pr * dist.Distance(d);
                    scoreChange += pr * Math.Abs(rest.Mean + x - total.Mean);
                    canChange |= bandAfter != st.Now.Band;
                }
            }
            else
            {
                var g = c.Group!;
                var slot = c.GroupSlot;
                var rest = total.Minus(g.Total);
                for (var v = 0; v < g.ValueCount[slot]; v++)
                {
                    var tally = g.ByValue[slot][v];
                    if (tally.P <= 0)
                    {
                        continue;
                    }

                    var part = Moments.FromSums(tally.P, tally.M, tally.S);
                    var te = g.Index == model.TooEarlyGroup ? tally.T / tally.P : pTooEarly;
                    var d = BandOdds.Of(model, rest.Plus(part), te, pThin);
                    var bandAfter = !tally.Alone ? st.Now.Band
                        : tally.AloneTooEarly || st.Now.Coverage < model.Compiled.Set.Bands.MinimumCoverage ? OutlookBand.TooEarlyToTell
                        : model.Compiled.IndexBand(st.Now.Score + tally.AloneDelta);
                    shift += tally.P * dist.Distance(d);
                    scoreChange += tally.P * Math.Abs(part.Mean - g.Total.Mean);
                    canChange |= bandAfter != st.Now.Band;
                }
            }

            w.Candidates[q] = c with { Shift = shift, ScoreChange = scoreChange, CanChange = canChange, Order = c.Signal >= 0 ? model.SignalOrder[c.Signal] : model.FactOrder[c.Fact] };
            if (best < 0 || w.Compare(q, best) < 0)
            {
                best = q;
            }
        }

        w.Best = best;
    }

    /// <summary>
    /// The outlooks that 80% of the ways the remaining answers could fall stay within, under the set's priors: the
    /// final score's mean and spread (a normal approximation of the sum of the remaining contributions), inside the
    /// reachable range.
    /// </summary>
    public static (double Low, double High) Likely(PlanningModel model, PlanWork w)
    {
        const double Z80 = 1.2815515655446004;
        var sd = Math.Sqrt(w.Final.Variance);
        var lo = Math.Min(w.Range.HighestScore, Math.Max(w.Range.LowestScore, w.Final.Mean - (Z80 * sd)));
        var hi = Math.Max(w.Range.LowestScore, Math.Min(w.Range.HighestScore, w.Final.Mean + (Z80 * sd)));
        return (model.Compiled.Outlook(lo), model.Compiled.Outlook(hi));
    }

    /// <summary>
    /// How many questions, asked in the planner's order, are likely needed before the band is likely settled: the spread
    /// each one takes away is removed in turn (the answers falling as the priors expect) until another band than the
    /// likeliest has less than <see cref="QuestionPlannerOptions.LikelySettledBelow"/> of a chance. An estimate, never
    /// more than the questions left.
    /// </summary>
    public static int LikelyLeft(PlanningModel model, PlanWork w)
    {
        if (w.Status != PlanStatus.Open)
        {
            return 0;
        }

        var order = Enumerable.Range(0, w.Candidates.Count).ToList();
        order.Sort(w.Compare);
        var variance = w.Final.Variance;
        var tooEarly = w.TooEarly;
        var groupsLeft = new Dictionary<int, int>();
        foreach (var c in w.Candidates.Where(c => c.Group is not null))
        {
            groupsLeft[c.Group!.Index] = groupsLeft.TryGetValue(c.Group.Index, out var n) ? n + 1 : 1;
        }

        for (var k = 0; k < order.Count; k++)
        {
            var c = w.Candidates[order[k]];
            if (c.Group is { } g)
            {
                variance -= g.Total.Variance / g.Facts.Length;
                if (--groupsLeft[g.Index] == 0 && g.Index == model.TooEarlyGroup)
                {
                    tooEarly = Math.Round(tooEarly); // the facts that decide "too early" are answered
                }
            }
            else
            {
                variance -= w.State.Parts[c.Signal].Variance;
            }

            var d = BandOdds.Of(model, new Moments(w.Final.Mean, Math.Max(0, variance)), tooEarly, w.Thin);
            var likeliest = Math.Max(Math.Max(d.TooEarly, d.Concerning), Math.Max(d.Mixed, d.Encouraging));
            if (1 - likeliest < model.Options.LikelySettledBelow)
            {
                return k + 1;
            }
        }

        return order.Count;
    }
}

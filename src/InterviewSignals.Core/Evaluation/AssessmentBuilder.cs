using System;
using System.Collections.Generic;
using InterviewSignals.Compilation;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Evaluation;

/// <summary>
/// Builds the full result from one run of the scorecard: the exact contributions with their modifiers and words, the
/// confidence, what to find out next, what would change the band, and when the result would change on its own. The
/// hot path (<see cref="Scorecard"/>) stays free of all of it.
/// </summary>
internal static class AssessmentBuilder
{
    public static Assessment Build(CompiledSet c, int maxFindOutNext, Observation observation, DateTimeOffset asOf, in EvalContext ctx, CollectingSink sink, double[] degrees, double score, double coverage, OutlookBand band, TooEarlyReason tooEarly)
    {
        var indexBand = c.IndexBand(score);
        var contributions = Contributions(c, sink, degrees, observation, out var affected);
        return new Assessment
        {
            SignalSet = c.Set.Reference,
            IntendedUse = c.Set.IntendedUse,
            HumanReviewRequired = c.Set.IntendedUse == IntendedUse.EmployerProcessInsight,
            LibraryVersion = SignalSetEvaluator.LibraryVersion,
            AsOf = asOf,
            BaseScore = c.BaseScore,
            Score = score,
            CalibratedScore = c.Set.Calibration is null ? null : c.Calibrated(score),
            Outlook = c.Outlook(score),
            Band = band,
            IndexBand = indexBand,
            TooEarlyReason = tooEarly,
            Confidence = ConfidenceOf(contributions, coverage),
            Contributions = contributions,
            AppliedModifiers = AppliedModifiers(c, degrees, affected),
            FindOutNext = FindOutNext(c, maxFindOutNext, sink, degrees, score),
            WhatWouldChange = WhatWouldChange(c, sink, degrees, score, indexBand, contributions),
            RecheckOn = RecheckOn(c, ctx),
            Waivers = c.Set.Waivers,
        };
    }

    /// <summary>Every non-zero contribution in the set's order, with the modifier factors that scaled it; counts how many each modifier scaled.</summary>
    private static List<Contribution> Contributions(CompiledSet c, CollectingSink sink, double[] degrees, Observation observation, out int[] affected)
    {
        var contributions = new List<Contribution>(16);
        affected = new int[degrees.Length];
        for (var i = 0; i < c.Signals.Length; i++)
        {
            if (!sink.HasValue[i])
            {
                continue;
            }

            var s = c.Signals[i];
            List<ModifierFactor>? factors = null;
            foreach (var m in s.Modifiers)
            {
                if (degrees[m] > 0 && c.Modifiers[m].AppliesTo(sink.Weights[i]))
                {
                    (factors ??= new List<ModifierFactor>(2)).Add(new ModifierFactor(c.Modifiers[m].Definition.Id, c.EffectiveFactor(m, degrees[m])));
                    affected[m]++;
                }
            }

            var source = sink.Sources[i];
            var evidence = TextEvidenceFor(c, observation, s.Id, ref source, sink.SourceIds[i]);
            contributions.Add(new Contribution
            {
                SignalId = s.Id,
                State = sink.States[i],
                Strength = sink.Strengths[i],
                Weight = sink.Weights[i],
                Modifiers = (IReadOnlyList<ModifierFactor>?)factors ?? Array.Empty<ModifierFactor>(),
                Value = sink.Values[i],
                Source = source,
                SourceId = sink.SourceIds[i],
                Evidence = evidence,
            });
        }

        return contributions;
    }

    /// <summary>
    /// The words of a text behind a contribution: an answer with words is one the text gave; a rule's are the words of
    /// the facts it read. Only an observation built from a reading has any, so the common path costs one lookup.
    /// </summary>
    private static IReadOnlyList<TextEvidence> TextEvidenceFor(CompiledSet c, Observation observation, string signalId, ref ContributionSource source, string? sourceId)
    {
        if (observation.EvidenceMap.Count == 0)
        {
            return Array.Empty<TextEvidence>();
        }

        if (source == ContributionSource.Answer && observation.EvidenceMap.TryGetValue(signalId, out var words))
        {
            source = ContributionSource.Text;
            return words;
        }

        var rule = source == ContributionSource.Rule ? Array.Find(c.Rules, r => r.Definition.Id == sourceId) : null;
        if (rule is null)
        {
            return Array.Empty<TextEvidence>();
        }

        var fromFacts = new List<TextEvidence>();
        foreach (var fact in ConditionWalker.FactsIn(rule.Definition.When))
        {
            if (observation.EvidenceMap.TryGetValue(fact, out var factWords))
            {
                fromFacts.AddRange(factWords);
            }
        }

        fromFacts.Sort((a, b) => a.Start.CompareTo(b.Start));
        return fromFacts;
    }

    private static List<AppliedModifier> AppliedModifiers(CompiledSet c, double[] degrees, int[] affected)
    {
        var applied = new List<AppliedModifier>();
        for (var m = 0; m < degrees.Length; m++)
        {
            if (degrees[m] > 0)
            {
                applied.Add(new AppliedModifier(c.Modifiers[m].Definition.Id, degrees[m], c.EffectiveFactor(m, degrees[m]), affected[m]));
            }
        }

        return applied;
    }

    /// <summary>Coverage sets the level; strong evidence both ways (a log-odds point each way) lowers it one step.</summary>
    private static Confidence ConfidenceOf(List<Contribution> contributions, double coverage)
    {
        double positive = 0, negative = 0;
        foreach (var x in contributions)
        {
            if (x.Value > 0)
            {
                positive += x.Value;
            }
            else
            {
                negative += x.Value;
            }
        }

        var conflicting = positive >= 1.0 && negative <= -1.0;
        var level = coverage >= 0.5 ? ConfidenceLevel.High : coverage >= 0.25 ? ConfidenceLevel.Moderate : ConfidenceLevel.Low;
        if (conflicting && level > ConfidenceLevel.Low)
        {
            level--;
        }

        return new Confidence(coverage, conflicting, level);
    }

    private static List<FindOutNextItem> FindOutNext(CompiledSet c, int maxFindOutNext, CollectingSink sink, double[] degrees, double score)
    {
        var candidates = new List<(int Index, double IfPresent, double IfAbsent, int Changes, double Reach)>();
        var current = c.IndexBand(score);
        for (var i = 0; i < c.Signals.Length; i++)
        {
            var s = c.Signals[i];
            if (sink.States[i] != SignalState.Unknown || s.Derived || s.Definition.Question is null || s.Reach == 0)
            {
                continue;
            }

            var ifPresent = score + CompiledSet.ContributionValue(s.Present, 1.0, Scorecard.Factor(c, s, s.Present, degrees));
            var ifAbsent = score + CompiledSet.ContributionValue(s.Absent, 1.0, Scorecard.Factor(c, s, s.Absent, degrees));
            var changes = (c.IndexBand(ifPresent) != current ? 1 : 0) + (c.IndexBand(ifAbsent) != current ? 1 : 0);
            candidates.Add((i, ifPresent, ifAbsent, changes, Math.Max(Math.Abs(ifPresent - score), Math.Abs(ifAbsent - score))));
        }

        // Most band changes first, then the largest reach, then the set's own order.
        candidates.Sort((a, b) => a.Changes != b.Changes ? b.Changes.CompareTo(a.Changes) : a.Reach != b.Reach ? b.Reach.CompareTo(a.Reach) : a.Index.CompareTo(b.Index));
        var count = Math.Min(candidates.Count, Math.Max(0, maxFindOutNext));
        var result = new List<FindOutNextItem>(count);
        for (var k = 0; k < count; k++)
        {
            var (index, ifPresent, ifAbsent, _, reach) = candidates[k];
            var s = c.Signals[index];
            result.Add(new FindOutNextItem
            {
                SignalId = s.Id,
                Question = s.Definition.Question!,
                ScoreIfPresent = ifPresent,
                BandIfPresent = c.IndexBand(ifPresent),
                ScoreIfAbsent = ifAbsent,
                BandIfAbsent = c.IndexBand(ifAbsent),
                Reach = reach,
            });
        }

        return result;
    }

    private static WhatWouldChange WhatWouldChange(CompiledSet c, CollectingSink sink, double[] degrees, double score, OutlookBand band, List<Contribution> contributions)
    {
        var negatives = Internal.Ranking.Top(contributions, x => x.Value < 0, x => x.Value, descending: false, 3);
        if (band == OutlookBand.Encouraging)
        {
            return new WhatWouldChange { TargetBand = null, Reachable = true, Changes = Array.Empty<SuggestedChange>(), HeaviestNegatives = negatives };
        }

        var target = band == OutlookBand.Concerning ? OutlookBand.Mixed : OutlookBand.Encouraging;
        var candidates = new List<(SuggestedChange Change, int Order)>();
        for (var i = 0; i < c.Signals.Length; i++)
        {
            var s = c.Signals[i];
            if (!s.Definition.Actionable || s.Derived || sink.States[i] == SignalState.Present)
            {
                continue;
            }

            var gain = CompiledSet.ContributionValue(s.Present, 1.0, Scorecard.Factor(c, s, s.Present, degrees)) - sink.Values[i];
            if (gain > 0)
            {
                candidates.Add((new SuggestedChange(s.Id, sink.States[i], gain), i));
            }
        }

        var ordered = Internal.Ranking.Top(candidates, _ => true, x => x.Change.Gain, descending: true, int.MaxValue).ConvertAll(x => x.Change);
        var running = score;
        for (var k = 0; k < ordered.Count; k++)
        {
            running += ordered[k].Gain;
            if (c.IndexBand(running) >= target)
            {
                return new WhatWouldChange { TargetBand = target, Reachable = true, Changes = ordered.GetRange(0, k + 1), HeaviestNegatives = negatives };
            }
        }

        return new WhatWouldChange { TargetBand = target, Reachable = false, Changes = ordered, HeaviestNegatives = negatives };
    }

    private static DateTimeOffset? RecheckOn(CompiledSet c, in EvalContext ctx)
    {
        DateTimeOffset? next = null;
        foreach (var (dateFact, days, inputAdd, root) in c.TimeThresholds)
        {
            if (!ctx.Facts.TryGetValue(dateFact, out var date) || date.Kind != FactKind.Date || !days.TryNumber(ctx, out var threshold))
            {
                continue;
            }

            var at = date.Date.AddDays(threshold - inputAdd);
            if (at <= ctx.AsOf || (next is not null && at >= next))
            {
                continue;
            }

            // A point matters only if the condition it belongs to changes across it (a rule whose other parts are false does not).
            var before = root.Eval(new EvalContext(ctx.Facts, at.AddMinutes(-1)));
            var after = root.Eval(new EvalContext(ctx.Facts, at.AddMinutes(1)));
            if (!before.Equals(after))
            {
                next = at;
            }
        }

        return next;
    }
}

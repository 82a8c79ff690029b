using System;
using System.Collections.Generic;
using System.Globalization;
using InterviewSignals.Compilation;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Evaluation;

/// <summary>
/// The scorecard's hot path over a compiled set: gather the answers into the set's order, run the rules and modifiers
/// into a score, and band it. It holds nothing, so every view of the set (the evaluator, the planner, the fitter's
/// encoder) runs the same arithmetic; building the full result is <see cref="AssessmentBuilder"/>'s.
/// </summary>
internal static class Scorecard
{
    // Per-signal answer codes: the SignalState in the low bits, and a flag when an evidence provider supplied it.
    public const byte StateMask = 3;
    public const byte FromProvider = 4;

    /// <summary>The band of a score alone. Bands compare the score with the logits of the thresholds (moved through any calibration), so hypothetical scores need no exponential.</summary>
    public static OutlookBand IndexBand(this CompiledSet c, double score)
        => score >= c.EncouragingScore ? OutlookBand.Encouraging
         : score < c.ConcerningScore ? OutlookBand.Concerning
         : OutlookBand.Mixed;

    /// <summary>The score and band only, without allocating when no evidence providers are given; always what an assessment reports.</summary>
    public static ScoreResult Score(CompiledSet c, Observation observation, DateTimeOffset asOf, IReadOnlyList<IEvidenceProvider> providers)
    {
        var n = c.Signals.Length;
        Span<byte> states = n <= 256 ? stackalloc byte[n] : new byte[n];
        Span<double> strengths = n <= 256 ? stackalloc double[n] : new double[n];
        Gather(c, observation, asOf, states, strengths);
        var ctx = new EvalContext(observation.FactMap, asOf);
        var provided = RunProviders(c, providers, observation, ctx.AsOf, states, strengths);
        Span<double> degrees = c.Modifiers.Length <= 64 ? stackalloc double[c.Modifiers.Length] : new double[c.Modifiers.Length];
        var sink = default(NoSink);
        var score = Run(c, states, strengths, ctx, provided, degrees, ref sink, out var covered);
        var coverage = c.Coverage(covered);
        return new ScoreResult(score, c.Outlook(score), Band(c, score, coverage, ctx, out _), coverage);
    }

    /// <summary>Checks the observation against the set (it must be the set it was made for, when it names one) and spreads its answers over the set's signal order. Lists every problem.</summary>
    public static void Gather(CompiledSet c, Observation observation, DateTimeOffset asOf, Span<byte> states, Span<double> strengths)
    {
        observation.ThrowIfMadeForOther(c.Set);
        List<InputError>? errors = null;
        foreach (var pair in observation.SignalMap)
        {
            if (!c.SignalIndex.TryGetValue(pair.Key, out var index))
            {
                (errors ??= new()).Add(ObservationChecks.UnknownSignal(c.Set, pair.Key, "signals." + pair.Key));
            }
            else if (double.IsNaN(pair.Value.Strength) || pair.Value.Strength < 0 || pair.Value.Strength > 1)
            {
                (errors ??= new()).Add(new InputError(ObservationErrorCodes.OutOfRange, "signals." + pair.Key, EvaluationMessages.StrengthBetween(pair.Value.Strength.ToString("R", CultureInfo.InvariantCulture))));
            }
            else if (pair.Value.State != SignalState.Unknown)
            {
                states[index] = (byte)pair.Value.State;
                strengths[index] = pair.Value.Strength;
            }
        }

        foreach (var pair in observation.FactMap)
        {
            if (!IsValidFact(c.Set, pair.Key, pair.Value, asOf))
            {
                (errors ??= new()).Add(CheckFact(c.Set, pair.Key, pair.Value, asOf)!);
            }
        }

        if (errors is not null)
        {
            throw new ObservationException(errors);
        }
    }

    /// <summary>Runs modifiers, answers and rules into the score; the sink sees each signal's state and contribution.</summary>
    public static double Run<TSink>(CompiledSet c, ReadOnlySpan<byte> states, ReadOnlySpan<double> strengths, in EvalContext ctx, Dictionary<string, (SignalAnswer Answer, string Provider)>? provided, Span<double> degrees, ref TSink sink, out double covered)
        where TSink : IScoreSink
    {
        for (var m = 0; m < c.Modifiers.Length; m++)
        {
            var d = c.Modifiers[m].Node.Eval(ctx);
            degrees[m] = double.IsNaN(d) || d <= 0 ? 0 : d;
        }

        var score = c.BaseScore;
        covered = 0;
        for (var i = 0; i < c.Signals.Length; i++)
        {
            var s = c.Signals[i];
            SignalState state;
            double strength;
            ContributionSource source;
            string? sourceId = null;
            var answered = states[i];
            if (answered != 0)
            {
                state = (SignalState)(answered & StateMask);
                strength = strengths[i];
                if ((answered & FromProvider) != 0)
                {
                    source = ContributionSource.EvidenceProvider;
                    sourceId = sink.WantsDetail ? provided![s.Id].Provider : null;
                }
                else
                {
                    source = ContributionSource.Answer;
                }
            }
            else if (s.Rules.Length > 0)
            {
                var bestRule = c.BestRule(s, ctx, out var best);
                if (bestRule < 0)
                {
                    continue;
                }

                state = c.Rules[bestRule].Definition.State;
                strength = best;
                source = ContributionSource.Rule;
                sourceId = sink.WantsDetail ? c.Rules[bestRule].Definition.Id : null;
            }
            else
            {
                continue;
            }

            covered += s.Reach;
            var weight = state == SignalState.Present ? s.Present : s.Absent;
            sink.Answered(i, state, strength);
            if (weight == 0 || strength == 0)
            {
                continue;
            }

            var value = CompiledSet.ContributionValue(weight, strength, Factor(c, s, weight, degrees));
            score += value;
            sink.Contributed(i, weight, value, source, sourceId);
        }

        return score;
    }

    /// <summary>The product of the factors of the modifiers that hold and apply to a weight of this sign.</summary>
    public static double Factor(CompiledSet c, CompiledSignal s, double weight, ReadOnlySpan<double> degrees)
    {
        var factor = 1.0;
        foreach (var m in s.Modifiers)
        {
            if (degrees[m] > 0 && c.Modifiers[m].AppliesTo(weight))
            {
                factor *= c.EffectiveFactor(m, degrees[m]);
            }
        }

        return factor;
    }

    public static OutlookBand Band(CompiledSet c, double score, double coverage, in EvalContext ctx, out TooEarlyReason reason)
    {
        if (coverage < c.Set.Bands.MinimumCoverage)
        {
            reason = TooEarlyReason.TooLittleKnown;
            return OutlookBand.TooEarlyToTell;
        }

        if (c.TooEarly is not null && c.TooEarly.Eval(ctx) > 0)
        {
            reason = TooEarlyReason.TimelineNotPassed;
            return OutlookBand.TooEarlyToTell;
        }

        reason = TooEarlyReason.None;
        return c.IndexBand(score);
    }

    /// <summary>Runs the host's evidence providers in order; a signal already answered keeps its answer.</summary>
    public static Dictionary<string, (SignalAnswer Answer, string Provider)>? RunProviders(CompiledSet c, IReadOnlyList<IEvidenceProvider> providers, Observation observation, DateTimeOffset asOf, Span<byte> states, Span<double> strengths)
    {
        if (providers.Count == 0)
        {
            return null;
        }

        var result = new Dictionary<string, (SignalAnswer, string)>(StringComparer.Ordinal);
        var context = new EvidenceContext(c.Set, observation, asOf);
        foreach (var provider in providers)
        {
            var sink = new EvidenceSink();
            try
            {
                provider.Provide(context, sink);
            }
            catch (Exception ex)
            {
                throw new EvidenceProviderException(provider.Name, ex);
            }

            foreach (var pair in sink.Answers)
            {
                if (!c.SignalIndex.TryGetValue(pair.Key, out var index))
                {
                    throw new EvidenceProviderException(provider.Name, new ArgumentException(EvaluationMessages.ProviderAnsweredUnknownSignal(pair.Key, c.Set.Id)));
                }

                if (states[index] == 0 && pair.Value.State != SignalState.Unknown)
                {
                    result[pair.Key] = (pair.Value, provider.Name);
                    states[index] = (byte)((byte)pair.Value.State | FromProvider);
                    strengths[index] = pair.Value.Strength;
                }
            }
        }

        return result;
    }

    private static bool IsValidFact(SignalSet set, string id, FactValue value, DateTimeOffset asOf)
        => set.TryGetFact(id, out var fact) && value.Kind == fact.Kind && ObservationChecks.RangeProblem(fact, value) is null
           && (fact.Kind != FactKind.Date || ObservationChecks.CheckNotAfter(fact, value, asOf, string.Empty) is null);

    private static InputError? CheckFact(SignalSet set, string id, FactValue value, DateTimeOffset asOf)
    {
        var path = "facts." + id;
        if (!set.TryGetFact(id, out var fact))
        {
            return ObservationChecks.UnknownFact(set, id, path);
        }

        if (value.Kind != fact.Kind)
        {
            return new InputError(ObservationErrorCodes.WrongFactKind, path, EvaluationMessages.FactNot(id, SignalSetValidator.Kind(fact.Kind), SignalSetValidator.Kind(value.Kind)));
        }

        return ObservationChecks.CheckRange(fact, value, path) ?? ObservationChecks.CheckNotAfter(fact, value, asOf, path);
    }
}

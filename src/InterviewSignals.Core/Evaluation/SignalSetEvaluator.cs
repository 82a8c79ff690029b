using System;
using System.Collections.Generic;
using System.Reflection;
using InterviewSignals.Internal;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Evaluation;

/// <summary>The scorecard: interprets a compiled set. Holds no mutable state, so one instance serves every thread.</summary>
internal sealed partial class SignalSetEvaluator : IInterviewEvaluator
{
    internal static readonly string LibraryVersion = ReadLibraryVersion();

    // Per-signal answer codes: the SignalState in the low bits, and a flag when an evidence provider supplied it.
    private const byte StateMask = 3;
    private const byte FromProvider = 4;

    private readonly CompiledSet _c;
    private readonly InterviewEvaluatorOptions _options;

    public SignalSetEvaluator(SignalSet set, InterviewEvaluatorOptions options)
    {
        _c = new CompiledSet(set);
        _options = options;
    }

    public SignalSet SignalSet => _c.Set;

    public ScoreResult Score(Observation observation)
    {
        Internal.Guard.NotNull(observation);
        var n = _c.Signals.Length;
        Span<byte> states = n <= 256 ? stackalloc byte[n] : new byte[n];
        Span<double> strengths = n <= 256 ? stackalloc double[n] : new double[n];
        var asOf = observation.AsOf ?? _options.TimeProvider.GetUtcNow();
        Gather(observation, asOf, states, strengths);
        var ctx = new EvalContext(observation.FactMap, asOf);
        var provided = RunProviders(observation, ctx.AsOf, states, strengths);
        Span<double> degrees = _c.Modifiers.Length <= 64 ? stackalloc double[_c.Modifiers.Length] : new double[_c.Modifiers.Length];
        var sink = default(NoSink);
        var score = Run(states, strengths, ctx, provided, degrees, ref sink, out var covered);
        var coverage = _c.Coverage(covered);
        var outlook = _c.Outlook(score);
        var band = Band(score, coverage, ctx, out _);
        return new ScoreResult(score, outlook, band, coverage);
    }

    public Assessment Assess(Observation observation)
    {
        Internal.Guard.NotNull(observation);
        var states = new byte[_c.Signals.Length];
        var strengths = new double[_c.Signals.Length];
        var asOf = observation.AsOf ?? _options.TimeProvider.GetUtcNow();
        Gather(observation, asOf, states, strengths);
        var ctx = new EvalContext(observation.FactMap, asOf);
        var provided = RunProviders(observation, asOf, states, strengths);
        var degrees = new double[_c.Modifiers.Length];
        var sink = new CollectingSink(_c.Signals.Length);
        var score = Run(states, strengths, ctx, provided, degrees, ref sink, out var covered);
        var coverage = _c.Coverage(covered);
        var outlook = _c.Outlook(score);
        var band = Band(score, coverage, ctx, out var tooEarly);
        var indexBand = _c.IndexBand(score);

        var contributions = Contributions(sink, degrees, observation, out var affected);
        var applied = AppliedModifiers(degrees, affected);
        var confidence = ConfidenceOf(contributions, coverage);

        return new Assessment
        {
            SignalSet = _c.Set.Reference,
            IntendedUse = _c.Set.IntendedUse,
            HumanReviewRequired = _c.Set.IntendedUse == IntendedUse.EmployerProcessInsight,
            LibraryVersion = LibraryVersion,
            AsOf = asOf,
            BaseScore = _c.BaseScore,
            Score = score,
            CalibratedScore = _c.Set.Calibration is null ? null : _c.Calibrated(score),
            Outlook = outlook,
            Band = band,
            IndexBand = indexBand,
            TooEarlyReason = tooEarly,
            Confidence = confidence,
            Contributions = contributions,
            AppliedModifiers = applied,
            FindOutNext = FindOutNext(sink, degrees, score),
            WhatWouldChange = WhatWouldChange(sink, degrees, score, indexBand, contributions),
            RecheckOn = RecheckOn(ctx),
            Waivers = _c.Set.Waivers,
        };
    }

    /// <summary>Every non-zero contribution in the set's order, with the modifier factors that scaled it; counts how many each modifier scaled.</summary>
    private List<Contribution> Contributions(CollectingSink sink, double[] degrees, Observation observation, out int[] affected)
    {
        var contributions = new List<Contribution>(16);
        affected = new int[degrees.Length];
        for (var i = 0; i < _c.Signals.Length; i++)
        {
            if (!sink.HasValue[i])
            {
                continue;
            }

            var s = _c.Signals[i];
            List<ModifierFactor>? factors = null;
            foreach (var m in s.Modifiers)
            {
                if (degrees[m] > 0 && _c.Modifiers[m].AppliesTo(sink.Weights[i]))
                {
                    (factors ??= new List<ModifierFactor>(2)).Add(new ModifierFactor(_c.Modifiers[m].Definition.Id, _c.EffectiveFactor(m, degrees[m])));
                    affected[m]++;
                }
            }

            var source = sink.Sources[i];
            var evidence = TextEvidenceFor(observation, s.Id, ref source, sink.SourceIds[i]);
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
    private IReadOnlyList<TextEvidence> TextEvidenceFor(Observation observation, string signalId, ref ContributionSource source, string? sourceId)
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

        var rule = source == ContributionSource.Rule ? Array.Find(_c.Rules, r => r.Definition.Id == sourceId) : null;
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

    private List<AppliedModifier> AppliedModifiers(double[] degrees, int[] affected)
    {
        var applied = new List<AppliedModifier>();
        for (var m = 0; m < degrees.Length; m++)
        {
            if (degrees[m] > 0)
            {
                applied.Add(new AppliedModifier(_c.Modifiers[m].Definition.Id, degrees[m], _c.EffectiveFactor(m, degrees[m]), affected[m]));
            }
        }

        return applied;
    }

    /// <summary>Coverage sets the level; strong evidence both ways (a log-odds point each way) lowers it one step.</summary>
    private static Confidence ConfidenceOf(List<Contribution> contributions, double coverage)
    {
        double positive = 0, negative = 0;
        foreach (var c in contributions)
        {
            if (c.Value > 0)
            {
                positive += c.Value;
            }
            else
            {
                negative += c.Value;
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

    /// <summary>The one place a contribution is computed, so that the fast path and the full path agree to the last bit.</summary>
    internal static double ContributionValue(double weight, double strength, double factor) => weight * strength * factor;

    private double Run<TSink>(ReadOnlySpan<byte> states, ReadOnlySpan<double> strengths, in EvalContext ctx, Dictionary<string, (SignalAnswer Answer, string Provider)>? provided, Span<double> degrees, ref TSink sink, out double covered)
        where TSink : ISink
    {
        for (var m = 0; m < _c.Modifiers.Length; m++)
        {
            var d = _c.Modifiers[m].Node.Eval(ctx);
            degrees[m] = double.IsNaN(d) || d <= 0 ? 0 : d;
        }

        var score = _c.BaseScore;
        covered = 0;
        for (var i = 0; i < _c.Signals.Length; i++)
        {
            var s = _c.Signals[i];
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
                var bestRule = _c.BestRule(s, ctx, out var best);
                if (bestRule < 0)
                {
                    continue;
                }

                state = _c.Rules[bestRule].Definition.State;
                strength = best;
                source = ContributionSource.Rule;
                sourceId = sink.WantsDetail ? _c.Rules[bestRule].Definition.Id : null;
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

            var value = ContributionValue(weight, strength, Factor(s, weight, degrees));
            score += value;
            sink.Contributed(i, weight, value, source, sourceId);
        }

        return score;
    }

    /// <summary>Checks the observation against the set and spreads its answers over the set's signal order. Lists every problem.</summary>
    private void Gather(Observation observation, DateTimeOffset asOf, Span<byte> states, Span<double> strengths)
    {
        List<ObservationError>? errors = null;
        foreach (var pair in observation.SignalMap)
        {
            if (!_c.SignalIndex.TryGetValue(pair.Key, out var index))
            {
                (errors ??= new()).Add(ObservationChecks.UnknownSignal(_c.Set, pair.Key, "signals." + pair.Key));
            }
            else if (double.IsNaN(pair.Value.Strength) || pair.Value.Strength < 0 || pair.Value.Strength > 1)
            {
                (errors ??= new()).Add(new ObservationError(ObservationErrorCodes.OutOfRange, "signals." + pair.Key, Messages.StrengthBetween(pair.Value.Strength.ToString("R", System.Globalization.CultureInfo.InvariantCulture))));
            }
            else if (pair.Value.State != SignalState.Unknown)
            {
                states[index] = (byte)pair.Value.State;
                strengths[index] = pair.Value.Strength;
            }
        }

        foreach (var pair in observation.FactMap)
        {
            if (!IsValidFact(pair.Key, pair.Value, asOf))
            {
                (errors ??= new()).Add(CheckFact(pair.Key, pair.Value, asOf)!);
            }
        }

        if (errors is not null)
        {
            throw new ObservationException(errors);
        }
    }

    private double Factor(CompiledSignal s, double weight, ReadOnlySpan<double> degrees)
    {
        var factor = 1.0;
        foreach (var m in s.Modifiers)
        {
            if (degrees[m] > 0 && _c.Modifiers[m].AppliesTo(weight))
            {
                factor *= _c.EffectiveFactor(m, degrees[m]);
            }
        }

        return factor;
    }

    private OutlookBand Band(double score, double coverage, in EvalContext ctx, out TooEarlyReason reason)
    {
        if (coverage < _c.Set.Bands.MinimumCoverage)
        {
            reason = TooEarlyReason.TooLittleKnown;
            return OutlookBand.TooEarlyToTell;
        }

        if (_c.TooEarly is not null && _c.TooEarly.Eval(ctx) > 0)
        {
            reason = TooEarlyReason.TimelineNotPassed;
            return OutlookBand.TooEarlyToTell;
        }

        reason = TooEarlyReason.None;
        return _c.IndexBand(score);
    }

    internal static double Logistic(double score) => 1.0 / (1.0 + Math.Exp(-score));

    private List<FindOutNextItem> FindOutNext(CollectingSink sink, double[] degrees, double score)
    {
        var candidates = new List<(int Index, double IfPresent, double IfAbsent, int Changes, double Reach)>();
        var current = _c.IndexBand(score);
        for (var i = 0; i < _c.Signals.Length; i++)
        {
            var s = _c.Signals[i];
            if (sink.States[i] != SignalState.Unknown || s.Derived || s.Definition.Question is null || s.Reach == 0)
            {
                continue;
            }

            var ifPresent = score + ContributionValue(s.Present, 1.0, Factor(s, s.Present, degrees));
            var ifAbsent = score + ContributionValue(s.Absent, 1.0, Factor(s, s.Absent, degrees));
            var changes = (_c.IndexBand(ifPresent) != current ? 1 : 0) + (_c.IndexBand(ifAbsent) != current ? 1 : 0);
            candidates.Add((i, ifPresent, ifAbsent, changes, Math.Max(Math.Abs(ifPresent - score), Math.Abs(ifAbsent - score))));
        }

        // Most band changes first, then the largest reach, then the set's own order.
        candidates.Sort((a, b) => a.Changes != b.Changes ? b.Changes.CompareTo(a.Changes) : a.Reach != b.Reach ? b.Reach.CompareTo(a.Reach) : a.Index.CompareTo(b.Index));
        var count = Math.Min(candidates.Count, Math.Max(0, _options.MaxFindOutNext));
        var result = new List<FindOutNextItem>(count);
        for (var k = 0; k < count; k++)
        {
            var (index, ifPresent, ifAbsent, _, reach) = candidates[k];
            var s = _c.Signals[index];
            result.Add(new FindOutNextItem
            {
                SignalId = s.Id,
                Question = s.Definition.Question!,
                ScoreIfPresent = ifPresent,
                BandIfPresent = _c.IndexBand(ifPresent),
                ScoreIfAbsent = ifAbsent,
                BandIfAbsent = _c.IndexBand(ifAbsent),
                Reach = reach,
            });
        }

        return result;
    }

    private WhatWouldChange WhatWouldChange(CollectingSink sink, double[] degrees, double score, OutlookBand band, List<Contribution> contributions)
    {
        var negatives = Internal.Ranking.Top(contributions, c => c.Value < 0, c => c.Value, descending: false, 3);
        if (band == OutlookBand.Encouraging)
        {
            return new WhatWouldChange { TargetBand = null, Reachable = true, Changes = Array.Empty<SuggestedChange>(), HeaviestNegatives = negatives };
        }

        var target = band == OutlookBand.Concerning ? OutlookBand.Mixed : OutlookBand.Encouraging;
        var candidates = new List<(SuggestedChange Change, int Order)>();
        for (var i = 0; i < _c.Signals.Length; i++)
        {
            var s = _c.Signals[i];
            if (!s.Definition.Actionable || s.Derived || sink.States[i] == SignalState.Present)
            {
                continue;
            }

            var gain = ContributionValue(s.Present, 1.0, Factor(s, s.Present, degrees)) - sink.Values[i];
            if (gain > 0)
            {
                candidates.Add((new SuggestedChange(s.Id, sink.States[i], gain), i));
            }
        }

        var ordered = Internal.Ranking.Top(candidates, _ => true, c => c.Change.Gain, descending: true, int.MaxValue).ConvertAll(c => c.Change);
        var running = score;
        for (var k = 0; k < ordered.Count; k++)
        {
            running += ordered[k].Gain;
            if (_c.IndexBand(running) >= target)
            {
                return new WhatWouldChange { TargetBand = target, Reachable = true, Changes = ordered.GetRange(0, k + 1), HeaviestNegatives = negatives };
            }
        }

        return new WhatWouldChange { TargetBand = target, Reachable = false, Changes = ordered, HeaviestNegatives = negatives };
    }

    private DateTimeOffset? RecheckOn(in EvalContext ctx)
    {
        DateTimeOffset? next = null;
        foreach (var (dateFact, days, inputAdd, root) in _c.TimeThresholds)
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

    private bool IsValidFact(string id, FactValue value, DateTimeOffset asOf)
        => _c.Set.TryGetFact(id, out var fact) && value.Kind == fact.Kind && ObservationChecks.RangeProblem(fact, value) is null
           && (fact.Kind != FactKind.Date || ObservationChecks.CheckNotAfter(fact, value, asOf, string.Empty) is null);

    internal ObservationError? CheckFact(string id, FactValue value, DateTimeOffset asOf)
    {
        var path = "facts." + id;
        if (!_c.Set.TryGetFact(id, out var fact))
        {
            return ObservationChecks.UnknownFact(_c.Set, id, path);
        }

        if (value.Kind != fact.Kind)
        {
            return new ObservationError(ObservationErrorCodes.WrongFactKind, path, Messages.FactNot(id, SignalSetValidator.Kind(fact.Kind), SignalSetValidator.Kind(value.Kind)));
        }

        return ObservationChecks.CheckRange(fact, value, path) ?? ObservationChecks.CheckNotAfter(fact, value, asOf, path);
    }

    private Dictionary<string, (SignalAnswer Answer, string Provider)>? RunProviders(Observation observation, DateTimeOffset asOf, Span<byte> states, Span<double> strengths)
    {
        if (_options.EvidenceProviders.Count == 0)
        {
            return null;
        }

        var result = new Dictionary<string, (SignalAnswer, string)>(StringComparer.Ordinal);
        var context = new EvidenceContext(_c.Set, observation, asOf);
        foreach (var provider in _options.EvidenceProviders)
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
                if (!_c.SignalIndex.TryGetValue(pair.Key, out var index))
                {
                    throw new EvidenceProviderException(provider.Name, new ArgumentException($"The provider answered signal '{pair.Key}', which the set '{_c.Set.Id}' does not declare."));
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

    private static string ReadLibraryVersion()
    {
        var attr = typeof(SignalSetEvaluator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>();
        var v = attr?.InformationalVersion ?? typeof(SignalSetEvaluator).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        return v.Split('+')[0];
    }

    private interface ISink
    {
        bool WantsDetail { get; }

        void Answered(int index, SignalState state, double strength);

        void Contributed(int index, double weight, double value, ContributionSource source, string? sourceId);
    }

    private struct NoSink : ISink
    {
        public readonly bool WantsDetail => false;

        public readonly void Answered(int index, SignalState state, double strength)
        {
        }

        public readonly void Contributed(int index, double weight, double value, ContributionSource source, string? sourceId)
        {
        }
    }

    private sealed class CollectingSink : ISink
    {
        public CollectingSink(int n)
        {
            States = new SignalState[n];
            Strengths = new double[n];
            Weights = new double[n];
            Values = new double[n];
            Sources = new ContributionSource[n];
            SourceIds = new string?[n];
            HasValue = new bool[n];
        }

        public bool WantsDetail => true;

        public SignalState[] States { get; }

        public double[] Strengths { get; }

        public double[] Weights { get; }

        public double[] Values { get; }

        public ContributionSource[] Sources { get; }

        public string?[] SourceIds { get; }

        public bool[] HasValue { get; }

        public void Answered(int index, SignalState state, double strength)
        {
            States[index] = state;
            Strengths[index] = strength;
        }

        public void Contributed(int index, double weight, double value, ContributionSource source, string? sourceId)
        {
            Weights[index] = weight;
            Values[index] = value;
            Sources[index] = source;
            SourceIds[index] = sourceId;
            HasValue[index] = true;
        }
    }
}

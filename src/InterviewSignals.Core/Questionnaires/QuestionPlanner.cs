using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using InterviewSignals.Evaluation;
using InterviewSignals.Internal;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Questionnaires;

/// <summary>
/// Plans an adaptive questionnaire for one set: given what is known so far, the outlooks still reachable, how settled
/// the band is, and the question most likely to change it. Immutable and thread-safe; create once per set and reuse.
/// </summary>
/// <remarks>
/// <para>
/// <b>Settled</b> is exact: the reachable range is an interval evaluation of the set (weights, modifiers, rules and
/// the too-early condition) in which every question not yet answered may take any answer its definition allows, or
/// stay unanswered. The range may be wider than the truth, never narrower, so a settled band is one no answers can change.
/// </para>
/// <para>
/// <b>Likely settled</b> and the choice of question use the set's priors: each signal question is answered "not sure"
/// with <see cref="QuestionPlannerOptions.UnsureRate"/>, otherwise yes with the signal's prevalence (default
/// <see cref="SignalDefinition.DefaultPrevalence"/>); each fact question is skipped with the same rate, otherwise takes
/// one of its natural values with equal chance (each choice, yes or no, and for numbers and dates one value on each side
/// of every threshold the set's conditions compare it with). Facts that appear together in a condition are enumerated
/// jointly; everything else is added up as independent parts and the final score approximated as normal.
/// </para>
/// <para>
/// The next question is the one whose answer is expected to move the chances of the final band the most (the expected
/// total variation distance between the band probabilities before and after it). Bands are what a person is told, so a
/// question that moves the score deep inside a band is worth less than a smaller one near a threshold. Ties go to the
/// larger expected change of score, then to the questionnaire's order.
/// </para>
/// </remarks>
public sealed class QuestionPlanner
{
    private readonly CompiledSet _c;
    private readonly SignalSetEvaluator _evaluator;
    private readonly QuestionPlannerOptions _options;
    private readonly FactSlot[] _facts;
    private readonly Dictionary<string, int> _factIndex;
    private readonly Cluster[] _clusters;
    private readonly bool[] _askableSignal;
    private readonly bool[] _supplied;
    private readonly double[] _prevalence;
    private readonly int[] _signalOrder;
    private readonly int[] _factOrder;
    private readonly int _tooEarlyCluster;
    private readonly GroupEntry?[] _groupCache;
    private readonly int _maxRules;

    private QuestionPlanner(SignalSet set, QuestionPlannerOptions options)
    {
        _options = options;
        _c = new CompiledSet(set);
        _evaluator = new SignalSetEvaluator(set, new InterviewEvaluatorOptions { TimeProvider = options.TimeProvider });
        var supplied = new HashSet<string>(options.SuppliedSignals, StringComparer.Ordinal);
        var n = _c.Signals.Length;
        _askableSignal = new bool[n];
        _supplied = new bool[n];
        _prevalence = new double[n];
        for (var i = 0; i < n; i++)
        {
            var s = _c.Signals[i];
            _supplied[i] = supplied.Contains(s.Id) && !s.Derived;
            _askableSignal[i] = !s.Derived && !_supplied[i] && s.Definition.Question is not null;
            _prevalence[i] = s.Definition.Prevalence ?? SignalDefinition.DefaultPrevalence;
        }

        // Every condition that reads facts: rules, modifiers and the too-early condition.
        var roots = new List<(Condition When, int Signal, int Modifier)>();
        roots.AddRange(set.Rules.Select((r, i) => (r.When, _c.Rules[i].SignalIndex, -1)));
        roots.AddRange(set.Modifiers.Select((m, i) => (m.When, -1, i)));
        if (set.TooEarlyWhen is not null)
        {
            roots.Add((set.TooEarlyWhen, -1, -1)); // neither a rule nor a modifier: the too-early condition
        }

        _factIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var f = 0; f < set.Facts.Count; f++)
        {
            _factIndex[set.Facts[f].Id] = f;
        }

        // Facts read by one condition belong together (union-find); each group is enumerated jointly.
        var parent = Enumerable.Range(0, set.Facts.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var referenced = new bool[set.Facts.Count];
        foreach (var root in roots)
        {
            var ids = ConditionWalker.FactsIn(root.When).Where(_factIndex.ContainsKey).Select(id => _factIndex[id]).ToList();
            foreach (var f in ids)
            {
                referenced[f] = true;
                parent[Find(f)] = Find(ids[0]);
            }
        }

        var natural = NaturalValues.For(set);
        _facts = new FactSlot[set.Facts.Count];
        var clusterOf = new Dictionary<int, int>();
        var clusters = new List<(List<int> Facts, HashSet<int> Signals)>();
        for (var f = 0; f < _facts.Length; f++)
        {
            var def = set.Facts[f];
            var askable = referenced[f] && def.Question is not null;
            var cluster = -1;
            if (referenced[f])
            {
                if (!clusterOf.TryGetValue(Find(f), out cluster))
                {
                    cluster = clusters.Count;
                    clusterOf[Find(f)] = cluster;
                    clusters.Add((new List<int>(), new HashSet<int>()));
                }

                clusters[cluster].Facts.Add(f);
            }

            _facts[f] = new FactSlot(def, askable, cluster, natural[def.Id]);
        }

        _tooEarlyCluster = -1;
        foreach (var root in roots)
        {
            var ids = ConditionWalker.FactsIn(root.When).Where(_factIndex.ContainsKey).ToList();
            if (ids.Count == 0)
            {
                continue;
            }

            var k = _facts[_factIndex[ids[0]]].Cluster;
            if (root.Signal >= 0)
            {
                clusters[k].Signals.Add(root.Signal);
            }
            else if (root.Modifier >= 0)
            {
                for (var i = 0; i < n; i++)
                {
                    if (Array.IndexOf(_c.Signals[i].Modifiers, root.Modifier) >= 0)
                    {
                        clusters[k].Signals.Add(i);
                    }
                }
            }
            else
            {
                _tooEarlyCluster = k;
            }
        }

        _clusters = clusters.Select(c =>
        {
            var signals = c.Signals.OrderBy(i => i).ToArray();
            // Facts of other groups that the group's signals read through their rules or modifiers: fixed while it is enumerated.
            var own = new HashSet<int>(c.Facts);
            var conditions = signals.SelectMany(i => _c.Signals[i].Rules.Select(r => set.Rules[r].When).Concat(_c.Signals[i].Modifiers.Select(m => set.Modifiers[m].When)));
            var outside = conditions.SelectMany(ConditionWalker.FactsIn).Where(_factIndex.ContainsKey).Select(id => _factIndex[id])
                .Where(f => !own.Contains(f)).Distinct().OrderBy(f => f).ToArray();
            return new Cluster(c.Facts.ToArray(), signals, outside);
        }).ToArray();
        _groupCache = new GroupEntry?[_clusters.Length];
        _maxRules = _c.Signals.Length == 0 ? 0 : _c.Signals.Max(s => s.Rules.Length);

        // The questionnaire's order: by phase, facts before signals, each in the set's order.
        _signalOrder = new int[n];
        _factOrder = new int[set.Facts.Count];
        var order = 0;
        foreach (var phase in new[] { InterviewPhase.During, InterviewPhase.Closing, InterviewPhase.After })
        {
            for (var f = 0; f < set.Facts.Count; f++)
            {
                _factOrder[f] = set.Facts[f].Phase == phase ? order++ : _factOrder[f];
            }

            for (var i = 0; i < n; i++)
            {
                _signalOrder[i] = set.Signals[i].Phase == phase ? order++ : _signalOrder[i];
            }
        }
    }

    /// <summary>Gets the set the planner asks about.</summary>
    public SignalSetReference SignalSet => _c.Set.Reference;

    /// <summary>Gets the options.</summary>
    public QuestionPlannerOptions Options => _options;

    /// <summary>Creates the planner for a set.</summary>
    /// <param name="set">The set.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="QuestionPlannerOptions.Default"/>.</param>
    /// <returns>The planner.</returns>
    /// <exception cref="ArgumentException">The options are invalid or name signals the set does not declare; the message lists every problem.</exception>
    public static QuestionPlanner Create(SignalSet set, QuestionPlannerOptions? options = null)
    {
        Guard.NotNull(set);
        options ??= QuestionPlannerOptions.Default;
        var problems = options.Problems();
        if (options.SuppliedSignals is not null)
        {
            problems.AddRange(options.SuppliedSignals.Where(id => id is null || !set.TryGetSignal(id, out _)).Select(id => Messages.PlannerSuppliedUnknown(id, set.Id)));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(Messages.PlannerOptionsInvalid(string.Join("\n  ", problems)), nameof(options));
        }

        return new QuestionPlanner(set, options);
    }

    /// <summary>Plans the next step for what is known so far.</summary>
    /// <param name="observation">The answers so far (possibly none, possibly pre-filled from a text reading).</param>
    /// <param name="declined">
    /// Questions the person was asked and answered "not sure" or skipped (an observation keeps no "not sure"); they are
    /// not asked again and count as unanswered for good.
    /// </param>
    /// <returns>The plan.</returns>
    /// <exception cref="ObservationException">The observation does not fit the set; every problem is listed.</exception>
    /// <exception cref="ArgumentException">A declined id is neither a signal nor a fact of the set.</exception>
    public QuestionPlan Plan(Observation observation, IEnumerable<string>? declined = null)
    {
        var w = Run(observation, declined);
        var (low, high) = w.Status == PlanStatus.Settled ? (w.Range.LowestOutlook, w.Range.HighestOutlook) : Likely(w);
        return new QuestionPlan
        {
            Status = w.Status,
            Next = w.Status == PlanStatus.Settled || w.Best < 0 ? null : w.Question(w.Best),
            Score = w.Now.Score,
            Outlook = w.Now.Outlook,
            Band = w.Now.Band,
            Range = w.Range,
            BandChangeProbability = w.Status == PlanStatus.Settled ? 0 : w.ChangeProbability,
            QuestionsLeft = w.Candidates.Count,
            LikelyLowestOutlook = low,
            LikelyHighestOutlook = high,
            QuestionsLikelyLeft = LikelyLeft(w),
        };
    }

    /// <summary>Every question still worth asking, best first, as <see cref="Plan"/> ranks them.</summary>
    /// <param name="observation">The answers so far.</param>
    /// <param name="declined">Questions asked and left unanswered.</param>
    /// <returns>The ranked questions; empty when nothing is left to ask.</returns>
    /// <exception cref="ObservationException">The observation does not fit the set.</exception>
    /// <exception cref="ArgumentException">A declined id is neither a signal nor a fact of the set.</exception>
    public IReadOnlyList<PlannedQuestion> Rank(Observation observation, IEnumerable<string>? declined = null)
    {
        var w = Run(observation, declined);
        var order = Enumerable.Range(0, w.Candidates.Count).ToList();
        order.Sort(w.Compare);
        return order.ConvertAll(w.Question);
    }

    /// <summary>Only the reachable range: the exact part of <see cref="Plan"/>, without priors.</summary>
    /// <param name="observation">The answers so far.</param>
    /// <param name="declined">Questions asked and left unanswered.</param>
    /// <returns>The outlooks any answers to the remaining questions could give; settled when <see cref="OutlookRange.ReachableBands"/> is 1.</returns>
    /// <exception cref="ObservationException">The observation does not fit the set.</exception>
    /// <exception cref="ArgumentException">A declined id is neither a signal nor a fact of the set.</exception>
    public OutlookRange Reach(Observation observation, IEnumerable<string>? declined = null)
    {
        var state = Prepare(observation, declined);
        return ReachableRange(state);
    }

    private State Prepare(Observation observation, IEnumerable<string>? declined)
    {
        Guard.NotNull(observation);
        var asOf = observation.AsOf ?? _options.TimeProvider.GetUtcNow();
        var at = observation.AsOf is null ? observation.WithAsOf(asOf) : observation;
        var now = _evaluator.Score(at); // validates, listing every problem
        var state = new State(this, observation, asOf, now);
        if (declined is not null)
        {
            foreach (var id in declined)
            {
                if (id is not null && _c.SignalIndex.TryGetValue(id, out var i))
                {
                    if (state.Kinds[i] == SignalKind.Free)
                    {
                        state.Kinds[i] = SignalKind.Fixed;
                    }
                }
                else if (id is not null && _factIndex.TryGetValue(id, out var f))
                {
                    state.FreeFacts.Remove(id);
                    state.FactFree[f] = false;
                }
                else
                {
                    throw new ArgumentException(Messages.PlannerDeclinedUnknown(id, _c.Set.Id), nameof(declined));
                }
            }
        }

        return state;
    }

    private Work Run(Observation observation, IEnumerable<string>? declined)
    {
        var state = Prepare(observation, declined);
        var range = ReachableRange(state);
        var w = new Work(state, range) { Planner = this };
        if (range.ReachableBands == 1)
        {
            w.Status = PlanStatus.Settled;
        }

        Estimate(state, w);
        if (w.Status != PlanStatus.Settled)
        {
            w.Status = w.ChangeProbability < _options.LikelySettledBelow ? PlanStatus.LikelySettled : PlanStatus.Open;
        }

        return w;
    }

    // ----- The exact part: an interval evaluation of the scorecard. -----
    private OutlookRange ReachableRange(State st)
    {
        var rctx = new RangeContext(st.Context, st.FreeFacts);
        var mods = _c.Modifiers;
        Span<double> degLo = mods.Length <= 64 ? stackalloc double[mods.Length] : new double[mods.Length];
        Span<double> degHi = mods.Length <= 64 ? stackalloc double[mods.Length] : new double[mods.Length];
        for (var m = 0; m < mods.Length; m++)
        {
            var d = mods[m].Node.Range(rctx);
            degLo[m] = d.EffectiveLo;
            degHi[m] = d.EffectiveHi;
        }

        double lo = _c.BaseScore, hi = _c.BaseScore, covLo = 0, covHi = 0;
        Span<double> ruleLo = _maxRules <= 32 ? stackalloc double[_maxRules] : new double[_maxRules];
        Span<double> ruleHi = _maxRules <= 32 ? stackalloc double[_maxRules] : new double[_maxRules];
        for (var i = 0; i < _c.Signals.Length; i++)
        {
            var s = _c.Signals[i];
            double vLo, vHi;
            switch (st.Kinds[i])
            {
                case SignalKind.Answered:
                {
                    var weight = st.States[i] == SignalState.Present ? s.Present : s.Absent;
                    var (fLo, fHi) = FactorRange(s, weight, degLo, degHi);
                    (vLo, vHi) = Span(weight, st.Strengths[i], fLo, fHi);
                    covLo += s.Reach;
                    covHi += s.Reach;
                    break;
                }

                case SignalKind.Free:
                case SignalKind.Supplied:
                {
                    var (pLo, pHi) = FactorRange(s, s.Present, degLo, degHi);
                    var (aLo, aHi) = FactorRange(s, s.Absent, degLo, degHi);
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
                        var d = _c.Rules[s.Rules[k]].Node.Range(rctx);
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
                        var weight = _c.Rules[r].Definition.State == SignalState.Present ? s.Present : s.Absent;
                        var (fLo, fHi) = FactorRange(s, weight, degLo, degHi);
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

        var te = _c.TooEarly?.Range(rctx);
        var teCanFire = te is { } t1 && t1.EffectiveHi > 0;
        var teCanRest = te is not { } t2 || t2.EffectiveLo <= 0;
        var min = _c.Set.Bands.MinimumCoverage;
        return new OutlookRange
        {
            LowestScore = lo,
            HighestScore = hi,
            LowestOutlook = _c.Outlook(lo),
            HighestOutlook = _c.Outlook(hi),
            LowestBand = _c.IndexBand(lo),
            HighestBand = _c.IndexBand(hi),
            CanBeTooEarly = _c.Coverage(covLo) < min || teCanFire,
            CanBeScored = _c.Coverage(covHi) >= min && teCanRest,
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
    private (double Lo, double Hi) FactorRange(CompiledSignal s, double weight, ReadOnlySpan<double> degLo, ReadOnlySpan<double> degHi)
    {
        double lo = 1.0, hi = 1.0;
        foreach (var m in s.Modifiers)
        {
            var mod = _c.Modifiers[m];
            if (!mod.AppliesTo(weight) || degHi[m] <= 0)
            {
                continue;
            }

            var a = _c.EffectiveFactor(m, degLo[m]);
            var b = _c.EffectiveFactor(m, degHi[m]);
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

        var a = SignalSetEvaluator.ContributionValue(weight, strength, fLo);
        var b = SignalSetEvaluator.ContributionValue(weight, strength, fHi);
        return a <= b ? (a, b) : (b, a);
    }

    // ----- The estimate: priors, the chance of a band change and the value of each question. -----
    private void Estimate(State st, Work w)
    {
        var u = _options.UnsureRate;
        var ctx = st.Context;
        var total = new Moments(st.Now.Score, 0);

        // Free signals: three answers each, at today's factors.
        for (var i = 0; i < _c.Signals.Length; i++)
        {
            if (st.Kinds[i] is not (SignalKind.Free or SignalKind.Supplied))
            {
                continue;
            }

            var s = _c.Signals[i];
            var p = _prevalence[i];
            var xp = Contribution(s, s.Present, 1.0, ctx);
            var xa = Contribution(s, s.Absent, 1.0, ctx);
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
        for (var k = 0; k < _clusters.Length; k++)
        {
            var g = Group(st, k);
            if (g is null)
            {
                continue;
            }

            total = total.Plus(g.Total);
            if (k == _tooEarlyCluster)
            {
                pTooEarly = g.TooEarly;
            }

            for (var j = 0; j < g.Facts.Length; j++)
            {
                if (_facts[g.Facts[j]].Askable)
                {
                    w.Candidates.Add(new Candidate(-1, g.Facts[j], 0, 0, 0) { Group = g, GroupSlot = j });
                }
            }
        }

        // Coverage below the minimum only stays there if every remaining answer is "not sure".
        var min = _c.Set.Bands.MinimumCoverage;
        var pThin = st.Now.Coverage >= min ? 0.0 : (w.Range.CanBeScored ? Math.Pow(u, Math.Max(1, w.Candidates.Count)) : 1.0);
        var dist = Bands(total, pTooEarly, pThin);
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
                var reach = _c.Signals[i].Reach;
                Accumulate(c.IfPresent, (1 - u) * c.Prevalence, BandNow(st, st.Now.Score + c.IfPresent, reach));
                Accumulate(c.IfAbsent, (1 - u) * (1 - c.Prevalence), BandNow(st, st.Now.Score + c.IfAbsent, reach));
                Accumulate(0, u, st.Now.Band);

                void Accumulate(double x, double pr, OutlookBand bandAfter)
                {
                    if (pr <= 0)
                    {
                        return;
                    }

                    var d = Bands(rest.Shifted(x), pTooEarly, pThin);
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
                    var te = g.Index == _tooEarlyCluster ? tally.T / tally.P : pTooEarly;
                    var d = Bands(rest.Plus(part), te, pThin);
                    var bandAfter = !tally.Alone ? st.Now.Band
                        : tally.AloneTooEarly || st.Now.Coverage < _c.Set.Bands.MinimumCoverage ? OutlookBand.TooEarlyToTell
                        : _c.IndexBand(st.Now.Score + tally.AloneDelta);
                    shift += tally.P * dist.Distance(d);
                    scoreChange += tally.P * Math.Abs(part.Mean - g.Total.Mean);
                    canChange |= bandAfter != st.Now.Band;
                }
            }

            w.Candidates[q] = c with { Shift = shift, ScoreChange = scoreChange, CanChange = canChange, Order = c.Signal >= 0 ? _signalOrder[c.Signal] : _factOrder[c.Fact] };
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
    private (double Low, double High) Likely(Work w)
    {
        const double Z80 = 1.2815515655446004;
        var sd = Math.Sqrt(w.Final.Variance);
        var lo = Math.Min(w.Range.HighestScore, Math.Max(w.Range.LowestScore, w.Final.Mean - (Z80 * sd)));
        var hi = Math.Max(w.Range.LowestScore, Math.Min(w.Range.HighestScore, w.Final.Mean + (Z80 * sd)));
        return (_c.Outlook(lo), _c.Outlook(hi));
    }

    /// <summary>
    /// How many questions, asked in the planner's order, are likely needed before the band is likely settled: the spread
    /// each one takes away is removed in turn (the answers falling as the priors expect) until another band than the
    /// likeliest has less than <see cref="QuestionPlannerOptions.LikelySettledBelow"/> of a chance. An estimate, never
    /// more than the questions left.
    /// </summary>
    private int LikelyLeft(Work w)
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
                if (--groupsLeft[g.Index] == 0 && g.Index == _tooEarlyCluster)
                {
                    tooEarly = Math.Round(tooEarly); // the facts that decide "too early" are answered
                }
            }
            else
            {
                variance -= w.State.Parts[c.Signal].Variance;
            }

            var d = Bands(new Moments(w.Final.Mean, Math.Max(0, variance)), tooEarly, w.Thin);
            var likeliest = Math.Max(Math.Max(d.TooEarly, d.Concerning), Math.Max(d.Mixed, d.Encouraging));
            if (1 - likeliest < _options.LikelySettledBelow)
            {
                return k + 1;
            }
        }

        return order.Count;
    }

    /// <summary>The band the answers so far would have with another score and a signal more answered.</summary>
    private OutlookBand BandNow(State st, double score, double reach)
    {
        var coverage = _c.Coverage(st.Covered + reach);
        return coverage < _c.Set.Bands.MinimumCoverage || st.TooEarlyNow ? OutlookBand.TooEarlyToTell : _c.IndexBand(score);
    }

    /// <summary>Enumerates a fact group's free facts jointly; null when none of them is free.</summary>
    private GroupResult? Group(State st, int k)
    {
        var cluster = _clusters[k];
        var free = new List<int>(cluster.Facts.Length);
        foreach (var f in cluster.Facts)
        {
            if (st.FactFree[f])
            {
                free.Add(f);
            }
        }

        if (free.Count == 0)
        {
            return null;
        }

        // A group's enumeration depends only on its own facts, signals and outside modifiers, so an unchanged group
        // (the common case: most answers are to signals of no group) reuses the last result.
        var key = GroupKey.Of(this, st, k);
        var cached = Volatile.Read(ref _groupCache[k]);
        if (cached is not null && cached.Key.Equals(key))
        {
            return cached.Result;
        }

        var result = EnumerateGroup(st, k, free, st.Scratch);
        Volatile.Write(ref _groupCache[k], new GroupEntry(key, result));
        return result;
    }

    private GroupResult EnumerateGroup(State st, int k, List<int> free, Dictionary<string, FactValue> scratch)
    {
        var cluster = _clusters[k];

        var u = _options.UnsureRate;
        var values = new FactValue[free.Count][];
        var combos = 1L;
        for (var j = 0; j < free.Count; j++)
        {
            values[j] = _facts[free[j]].Natural.Values(st.AsOf);
            combos *= values[j].Length + 1;
        }

        var g = new GroupResult(k, free.ToArray(), values.Select(v => v.Length + 1).ToArray());
        if (combos > 4096)
        {
            // Too many to enumerate: counted as no change (documented limit); too early stays as it is today.
            g.TooEarly = st.TooEarlyNow ? 1 : 0;
            return g;
        }

        var ctx = new EvalContext(scratch, st.AsOf);
        double baseline = 0;
        foreach (var i in cluster.Signals)
        {
            baseline += st.ExpectedNow(i);
        }

        var nowBaseline = 0.0;
        foreach (var i in cluster.Signals)
        {
            nowBaseline += st.ConcreteNow(i);
        }

        Span<int> pick = stackalloc int[free.Count];
        Span<int> before = stackalloc int[free.Count];
        before.Fill(-1);
        var ids = new string[free.Count];
        for (var j = 0; j < ids.Length; j++)
        {
            ids[j] = _facts[free[j]].Definition.Id;
        }

        double sumP = 0, sumM = 0, sumS = 0, sumT = 0;
        for (var n = 0L; n < combos; n++)
        {
            // Decode the combination; the last index of each fact means "skipped".
            var rest = n;
            var prob = 1.0;
            var set = 0;
            for (var j = 0; j < free.Count; j++)
            {
                var count = values[j].Length + 1;
                pick[j] = (int)(rest % count);
                rest /= count;
                var skipped = pick[j] == values[j].Length;
                prob *= skipped ? u : (1 - u) / values[j].Length;
                set += skipped ? 0 : 1;
                if (pick[j] != before[j])
                {
                    // Counting through the combinations changes the first fact every time, the others seldom.
                    before[j] = pick[j];
                    if (skipped)
                    {
                        scratch.Remove(ids[j]);
                    }
                    else
                    {
                        scratch[ids[j]] = values[j][pick[j]];
                    }
                }
            }

            if (prob <= 0)
            {
                continue;
            }

            double expected = 0, concrete = 0;
            foreach (var i in cluster.Signals)
            {
                if (st.Kinds[i] is SignalKind.Free or SignalKind.Supplied)
                {
                    expected += st.Expected(i, ctx); // nothing yet as things stand
                }
                else
                {
                    var value = st.Concrete(i, ctx);
                    expected += value;
                    concrete += value;
                }
            }

            var delta = expected - baseline;
            var tooEarly = k == _tooEarlyCluster && _c.TooEarly!.Eval(ctx) > 0 ? 1.0 : 0.0;
            sumP += prob;
            sumM += prob * delta;
            sumS += prob * delta * delta;
            sumT += prob * tooEarly;
            for (var j = 0; j < free.Count; j++)
            {
                ref var acc = ref g.ByValue[j][pick[j]];
                acc.P += prob;
                acc.M += prob * delta;
                acc.S += prob * delta * delta;
                acc.T += prob * tooEarly;
                if (set == 1 && pick[j] < values[j].Length)
                {
                    // This fact alone answered: how the score of the answers so far would move.
                    acc.Alone = true;
                    acc.AloneDelta = concrete - nowBaseline;
                    acc.AloneTooEarly = tooEarly > 0;
                }
            }
        }

        foreach (var f in free)
        {
            scratch.Remove(_facts[f].Definition.Id);
        }

        g.Total = Moments.FromSums(sumP, sumM, sumS);
        g.TooEarly = sumT / sumP;
        return g;
    }

    /// <summary>The concrete contribution of a signal with a given weight and strength under the facts of <paramref name="ctx"/>.</summary>
    private double Contribution(CompiledSignal s, double weight, double strength, in EvalContext ctx)
    {
        if (weight == 0 || strength == 0)
        {
            return 0;
        }

        var factor = 1.0;
        foreach (var m in s.Modifiers)
        {
            var mod = _c.Modifiers[m];
            if (!mod.AppliesTo(weight))
            {
                continue;
            }

            var d = mod.Node.Eval(ctx);
            if (d > 0)
            {
                factor *= _c.EffectiveFactor(m, d);
            }
        }

        return SignalSetEvaluator.ContributionValue(weight, strength, factor);
    }

    /// <summary>The chances of each final band: too early with the given chances, otherwise the band of a normal score with the given moments.</summary>
    private BandChances Bands(in Moments score, double pTooEarly, double pThin)
    {
        var scored = (1 - pTooEarly) * (1 - pThin);
        double below, belowConcerning;
        if (score.Variance <= 1e-12)
        {
            below = score.Mean < _c.EncouragingScore ? 1 : 0;
            belowConcerning = score.Mean < _c.ConcerningScore ? 1 : 0;
        }
        else
        {
            var sd = Math.Sqrt(score.Variance);
            below = NormalCdf((_c.EncouragingScore - score.Mean) / sd);
            belowConcerning = Math.Min(below, NormalCdf((_c.ConcerningScore - score.Mean) / sd));
        }

        return new BandChances(1 - scored, scored * belowConcerning, scored * (below - belowConcerning), scored * (1 - below));
    }

    private string Id(Candidate c) => c.Signal >= 0 ? _c.Signals[c.Signal].Id : _facts[c.Fact].Definition.Id;

    /// <summary>The standard normal distribution function (Abramowitz and Stegun 7.1.26; error below 1.5e-7).</summary>
    internal static double NormalCdf(double z)
    {
        var x = Math.Abs(z) * 0.7071067811865476;
        var t = 1.0 / (1.0 + (0.3275911 * x));
        var poly = ((((((((1.061405429 * t) - 1.453152027) * t) + 1.421413741) * t) - 0.284496736) * t) + 0.254829592) * t;
        var y = 1.0 - (poly * Math.Exp(-x * x));
        return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
    }

    private enum SignalKind : byte
    {
        /// <summary>Nothing more will come: answered "not sure", declined, or no one asks it.</summary>
        Fixed,
        Answered,
        Free,
        Supplied,
        Derived,
    }

    /// <summary>Mean and variance of a sum of independent parts (both add up).</summary>
    private readonly struct Moments
    {
        public Moments(double mean, double variance)
        {
            Mean = mean;
            Variance = variance;
        }

        public double Mean { get; }

        public double Variance { get; }

        public static Moments Of(double x1, double p1, double x2, double p2, double x3, double p3)
        {
            var m = (p1 * x1) + (p2 * x2) + (p3 * x3);
            double d1 = x1 - m, d2 = x2 - m, d3 = x3 - m;
            return new Moments(m, (p1 * d1 * d1) + (p2 * d2 * d2) + (p3 * d3 * d3));
        }

        /// <summary>From probability-weighted sums of x and x² over outcomes whose chances add up to <paramref name="p"/>.</summary>
        public static Moments FromSums(double p, double sx, double sx2)
        {
            var m = sx / p;
            return new Moments(m, Math.Max(0, (sx2 / p) - (m * m)));
        }

        public Moments Plus(in Moments other) => new(Mean + other.Mean, Variance + other.Variance);

        public Moments Minus(in Moments other) => new(Mean - other.Mean, Math.Max(0, Variance - other.Variance));

        public Moments Shifted(double x) => new(Mean + x, Variance);
    }

    private readonly struct BandChances
    {
        public BandChances(double tooEarly, double concerning, double mixed, double encouraging)
        {
            TooEarly = tooEarly;
            Concerning = concerning;
            Mixed = mixed;
            Encouraging = encouraging;
        }

        public double TooEarly { get; }

        public double Concerning { get; }

        public double Mixed { get; }

        public double Encouraging { get; }

        public double Of(OutlookBand band) => band switch
        {
            OutlookBand.TooEarlyToTell => TooEarly,
            OutlookBand.Concerning => Concerning,
            OutlookBand.Mixed => Mixed,
            _ => Encouraging,
        };

        /// <summary>The total variation distance between two band distributions.</summary>
        public double Distance(in BandChances other)
            => 0.5 * (Math.Abs(TooEarly - other.TooEarly) + Math.Abs(Concerning - other.Concerning) + Math.Abs(Mixed - other.Mixed) + Math.Abs(Encouraging - other.Encouraging));
    }

    private struct ValueTally
    {
        public double P;
        public double M;
        public double S;
        public double T;
        public bool Alone;
        public double AloneDelta;
        public bool AloneTooEarly;
    }

    /// <summary>A fact group's joint enumeration: the change of the expected score it brings, overall and per value of each free fact.</summary>
    private sealed class GroupResult
    {
        public GroupResult(int index, int[] facts, int[] valueCounts)
        {
            Index = index;
            Facts = facts;
            ValueCount = valueCounts;
            ByValue = valueCounts.Select(n => new ValueTally[n]).ToArray();
        }

        public int Index { get; }

        public int[] Facts { get; }

        public int[] ValueCount { get; }

        public ValueTally[][] ByValue { get; }

        public Moments Total { get; set; }

        public double TooEarly { get; set; }
    }

    private record struct Candidate(int Signal, int Fact, double IfPresent, double IfAbsent, double Prevalence)
    {
        public GroupResult? Group { get; init; }

        public int GroupSlot { get; init; }

        public double Shift { get; init; }

        public double ScoreChange { get; init; }

        public bool CanChange { get; init; }

        public int Order { get; init; }
    }

    /// <summary>What one call knows: each signal's kind and answer, the free facts and the outlook so far.</summary>
    private sealed class State
    {
        private readonly QuestionPlanner _p;

        public State(QuestionPlanner p, Observation observation, DateTimeOffset asOf, ScoreResult now)
        {
            _p = p;
            AsOf = asOf;
            Now = now;
            var n = p._c.Signals.Length;
            Kinds = new SignalKind[n];
            States = new SignalState[n];
            Strengths = new double[n];
            Parts = new Moments[n];
            for (var i = 0; i < n; i++)
            {
                var s = p._c.Signals[i];
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
                    Kinds[i] = p._supplied[i] ? SignalKind.Supplied : p._askableSignal[i] ? SignalKind.Free : SignalKind.Fixed;
                }
            }

            FreeFacts = new Dictionary<string, FactDefinition>(StringComparer.Ordinal);
            FactFree = new bool[p._facts.Length];
            for (var f = 0; f < p._facts.Length; f++)
            {
                var slot = p._facts[f];
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
                if (Kinds[i] == SignalKind.Answered || (Kinds[i] == SignalKind.Derived && _p._c.BestRule(_p._c.Signals[i], Context, out _) >= 0))
                {
                    Covered += p._c.Signals[i].Reach;
                }
            }

            TooEarlyNow = p._c.TooEarly is not null && p._c.TooEarly.Eval(Context) > 0;
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
            var s = _p._c.Signals[i];
            switch (Kinds[i])
            {
                case SignalKind.Answered:
                    return _p.Contribution(s, States[i] == SignalState.Present ? s.Present : s.Absent, Strengths[i], ctx);
                case SignalKind.Derived:
                    var r = _p._c.BestRule(s, ctx, out var degree);
                    return r < 0 ? 0 : _p.Contribution(s, _p._c.Rules[r].Definition.State == SignalState.Present ? s.Present : s.Absent, degree, ctx);
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

            var s = _p._c.Signals[i];
            var pr = _p._prevalence[i];
            return (1 - _p._options.UnsureRate) * ((pr * _p.Contribution(s, s.Present, 1.0, ctx)) + ((1 - pr) * _p.Contribution(s, s.Absent, 1.0, ctx)));
        }

    }

    /// <summary>One call's results: the range, the estimates and the candidates.</summary>
    private sealed class Work
    {
        private readonly State _state;

        public Work(State state, OutlookRange range)
        {
            _state = state;
            Range = range;
        }

        public OutlookRange Range { get; }

        public ScoreResult Now => _state.Now;

        public PlanStatus Status { get; set; }

        public double ChangeProbability { get; set; }

        /// <summary>Gets or sets the final score's mean and variance under the priors.</summary>
        public Moments Final { get; set; }

        /// <summary>Gets or sets the chance that the final band is "too early to tell".</summary>
        public double TooEarly { get; set; }

        /// <summary>Gets or sets the chance that coverage stays too thin to score.</summary>
        public double Thin { get; set; }

        public State State => _state;

        public int Best { get; set; } = -1;

        public List<Candidate> Candidates { get; } = new();

        public QuestionPlanner Planner { get; init; } = null!;

        /// <summary>Best first: the larger band shift, then the larger score change, then the questionnaire's order.</summary>
        public int Compare(int a, int b)
        {
            var x = Candidates[a];
            var y = Candidates[b];
            if (x.Shift != y.Shift)
            {
                return y.Shift.CompareTo(x.Shift);
            }

            return x.ScoreChange != y.ScoreChange ? y.ScoreChange.CompareTo(x.ScoreChange) : x.Order.CompareTo(y.Order);
        }

        public PlannedQuestion Question(int index)
        {
            var c = Candidates[index];
            return new PlannedQuestion
            {
                Id = Planner.Id(c),
                Target = c.Signal >= 0 ? QuestionTarget.Signal : QuestionTarget.Fact,
                Reason = c.CanChange ? PlanReason.CanChangeBand : PlanReason.SharpensOutlook,
                ExpectedBandShift = c.Shift,
                ExpectedScoreChange = c.ScoreChange,
            };
        }
    }

    /// <summary>Everything a group's enumeration reads, so that equal keys give equal results.</summary>
    private sealed class GroupKey : IEquatable<GroupKey>
    {
        private readonly double[] _numbers;
        private readonly string?[] _texts;

        private GroupKey(double[] numbers, string?[] texts)
        {
            _numbers = numbers;
            _texts = texts;
        }

        public static GroupKey Of(QuestionPlanner p, State st, int k)
        {
            var cluster = p._clusters[k];
            var numbers = new List<double>(16);
            var texts = new string?[cluster.Facts.Length + cluster.OutsideFacts.Length];
            for (var j = 0; j < texts.Length; j++)
            {
                var f = j < cluster.Facts.Length ? cluster.Facts[j] : cluster.OutsideFacts[j - cluster.Facts.Length];
                if (st.FactFree[f] && j < cluster.Facts.Length)
                {
                    numbers.Add(0);
                }
                else if (!st.Context.Facts.TryGetValue(p._facts[f].Definition.Id, out var v))
                {
                    numbers.Add(1);
                }
                else
                {
                    numbers.Add(2);
                    // A date counts by its distance from the as-of instant (free dates are placed from it, too).
                    numbers.Add(v.Kind switch { FactKind.Date => (st.AsOf - v.Date).TotalDays, FactKind.Choice => 0, _ => v.Number });
                    texts[j] = v.Kind == FactKind.Choice ? v.Choice : null;
                }
            }

            foreach (var i in cluster.Signals)
            {
                numbers.Add((int)st.Kinds[i]);
                numbers.Add((int)st.States[i]);
                numbers.Add(st.Strengths[i]);
            }

            return new GroupKey(numbers.ToArray(), texts);
        }

        public bool Equals(GroupKey? other)
        {
            if (other is null || other._numbers.Length != _numbers.Length)
            {
                return false;
            }

            for (var i = 0; i < _numbers.Length; i++)
            {
                if (!_numbers[i].Equals(other._numbers[i]))
                {
                    return false;
                }
            }

            for (var i = 0; i < _texts.Length; i++)
            {
                if (!string.Equals(_texts[i], other._texts[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as GroupKey);

        public override int GetHashCode() => _numbers.Length;
    }

    private sealed class GroupEntry
    {
        public GroupEntry(GroupKey key, GroupResult result)
        {
            Key = key;
            Result = result;
        }

        public GroupKey Key { get; }

        public GroupResult Result { get; }
    }

    private readonly struct FactSlot
    {
        public FactSlot(FactDefinition definition, bool askable, int cluster, NaturalValues natural)
        {
            Definition = definition;
            Askable = askable;
            Cluster = cluster;
            Natural = natural;
        }

        public FactDefinition Definition { get; }

        public bool Askable { get; }

        public int Cluster { get; }

        public NaturalValues Natural { get; }
    }

    private sealed class Cluster
    {
        public Cluster(int[] facts, int[] signals, int[] outsideFacts)
        {
            Facts = facts;
            Signals = signals;
            OutsideFacts = outsideFacts;
        }

        /// <summary>Gets the facts of other groups that the group's signals read (through rules or modifiers): part of its state.</summary>
        public int[] OutsideFacts { get; }

        public int[] Facts { get; }

        /// <summary>Gets the signals whose contribution the group's facts can change (through rules or modifiers).</summary>
        public int[] Signals { get; }
    }
}

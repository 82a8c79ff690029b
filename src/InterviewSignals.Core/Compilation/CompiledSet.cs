using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Compilation;

/// <summary>
/// A signal set compiled once: its signals, rules and modifiers as arrays and condition trees, the natural values of its
/// facts, and its cues per reading language. The evaluator, the text reader and the planner are views over it; it is
/// cached per set instance (<see cref="Of"/>), so nothing compiles a set twice. Immutable once built, except for the
/// caches it fills on first use, which are safe to fill from any thread.
/// </summary>
internal sealed class CompiledSet
{
    private static readonly ConditionalWeakTable<SignalSet, CompiledSet> Cache = new();
    private static readonly ConditionalWeakTable<SignalSet, StrongBox<int>> Compilations = new();

    private readonly Lazy<Dictionary<string, NaturalValues>> _natural;
    private readonly ConditionalWeakTable<CueLanguage, ConcurrentDictionary<string, CompiledCues>> _cues = new();

    private int _cueCompilations;

    private CompiledSet(SignalSet set)
    {
        System.Threading.Interlocked.Increment(ref Compilations.GetValue(set, _ => new StrongBox<int>()).Value);
        _natural = new Lazy<Dictionary<string, NaturalValues>>(() => NaturalValues.For(set));
        Set = set;
        BaseScore = Logit(set.BaseRate);
        // A calibration (a + b × score, b > 0) moves the thresholds onto the raw score once, so comparing bands stays one comparison.
        var (a, b) = set.Calibration is { } c ? (c.Intercept, c.Slope) : (0.0, 1.0);
        EncouragingScore = (Logit(set.Bands.EncouragingFrom) - a) / b;
        ConcerningScore = (Logit(set.Bands.ConcerningBelow) - a) / b;
        SignalIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < set.Signals.Count; i++)
        {
            SignalIndex[set.Signals[i].Id] = i;
        }

        Rules = set.Rules.Select(r => new CompiledRule(r, SignalIndex[r.Signal], Node.Compile(r.When))).ToArray();
        Modifiers = set.Modifiers.Select(m => new CompiledModifier(m, Node.Compile(m.When))).ToArray();
        Signals = new CompiledSignal[set.Signals.Count];
        for (var i = 0; i < Signals.Length; i++)
        {
            var def = set.Signals[i];
            var rules = Enumerable.Range(0, Rules.Length).Where(r => Rules[r].SignalIndex == i).ToArray();
            var mods = Enumerable.Range(0, Modifiers.Length)
                .Where(m => set.Modifiers[m].Signals.Contains(def.Id, StringComparer.Ordinal) || set.Modifiers[m].Categories.Contains(def.Category, StringComparer.Ordinal))
                .ToArray();
            Signals[i] = new CompiledSignal(def, rules, mods);
            TotalReach += def.Weights.Reach;
        }

        TooEarly = set.TooEarlyWhen is null ? null : Node.Compile(set.TooEarlyWhen);
        TimeThresholds = CollectThresholds(set).ToArray();
    }

    public SignalSet Set { get; }

    /// <summary>Gets, by fact id, the values a fact's answer is assumed to take in the planner's priors.</summary>
    public Dictionary<string, NaturalValues> Natural => _natural.Value;

    /// <summary>The compiled form of a set, built on first use and kept as long as the set is.</summary>
    public static CompiledSet Of(SignalSet set) => Cache.GetValue(set, s => new CompiledSet(s));

    /// <summary>The set's cues under one language key, compiled with a reading language's inflection and triggers; once per pair.</summary>
    public CompiledCues CuesFor(string cueLanguage, CueLanguage language)
        => _cues.GetValue(language, _ => new ConcurrentDictionary<string, CompiledCues>(StringComparer.Ordinal))
            .GetOrAdd(cueLanguage, tag =>
            {
                System.Threading.Interlocked.Increment(ref _cueCompilations);
                return new CompiledCues(Set, tag, language);
            });

    /// <summary>Gets how many cue lists were compiled for the set (one per language key and reading language).</summary>
    internal int CueCompilations => _cueCompilations;

    /// <summary>How many times a set instance was compiled: once, however many evaluators, readers and planners view it.</summary>
    internal static int CompilationsOf(SignalSet set) => Compilations.TryGetValue(set, out var n) ? n.Value : 0;

    public double BaseScore { get; }

    public double TotalReach { get; }

    /// <summary>Gets the raw score from which the band is encouraging: the logit of the threshold, through the inverse of the set's calibration when it has one.</summary>
    public double EncouragingScore { get; }

    /// <summary>Gets the raw score below which the band is concerning.</summary>
    public double ConcerningScore { get; }

    public static double Logit(double p) => Math.Log(p / (1 - p));

    public static double Logistic(double score) => 1.0 / (1.0 + Math.Exp(-score));

    /// <summary>The one place a contribution is computed, so that every view (the fast path, the full path, the planner) agrees to the last bit.</summary>
    public static double ContributionValue(double weight, double strength, double factor) => weight * strength * factor;

    /// <summary>The share of the set's reach that the answered and derived signals cover.</summary>
    public double Coverage(double covered) => TotalReach <= 0 ? 1.0 : Math.Min(1.0, covered / TotalReach);

    /// <summary>The score on the outlook's scale: as it is, or through the set's recalibration when it has one (a slope above 0 keeps the order).</summary>
    public double Calibrated(double score) => Set.Calibration is { } c ? c.Intercept + (c.Slope * score) : score;

    /// <summary>The outlook of a score: the logistic of its calibrated value.</summary>
    public double Outlook(double score) => Logistic(Calibrated(score));

    /// <summary>The factor modifier <paramref name="m"/> gives at a degree above 0 (1 at degree 0).</summary>
    public double EffectiveFactor(int m, double degree) => 1.0 + ((Modifiers[m].Definition.Factor - 1.0) * degree);

    /// <summary>The rule that sets an unanswered derived signal: the first with the largest degree above 0, or -1 when none fires.</summary>
    public int BestRule(CompiledSignal s, in EvalContext ctx, out double degree)
    {
        degree = 0;
        var best = -1;
        foreach (var r in s.Rules)
        {
            var d = Rules[r].Node.Eval(ctx);
            if (d > degree)
            {
                degree = d;
                best = r;
            }
        }

        return best;
    }

    public Dictionary<string, int> SignalIndex { get; }

    public CompiledSignal[] Signals { get; }

    public CompiledRule[] Rules { get; }

    public CompiledModifier[] Modifiers { get; }

    public Node? TooEarly { get; }

    /// <summary>
    /// Points in time where a condition may change on its own, as (date fact, days operand, days already added to the
    /// input, the compiled root condition it belongs to). A point only matters if its root's degree changes across it.
    /// </summary>
    public (string DateFact, OperandNode Days, double InputAdd, Node Root)[] TimeThresholds { get; }

    private IEnumerable<(string, OperandNode, double, Node)> CollectThresholds(SignalSet set)
    {
        var roots = set.Rules.Select((r, i) => (r.When, Rules[i].Node)).Concat(set.Modifiers.Select((m, i) => (m.When, Modifiers[i].Node)));
        if (set.TooEarlyWhen is not null)
        {
            roots = roots.Concat(new[] { (set.TooEarlyWhen, TooEarly!) });
        }

        foreach (var (condition, root) in roots)
        {
            foreach (var c in ConditionWalker.Descendants(condition))
            {
                switch (c)
                {
                    case RampCondition { Input.Kind: OperandKind.DaysSince } r:
                        yield return (r.Input.Fact!, OperandNode.Compile(r.From), r.Input.Add, root);
                        yield return (r.Input.Fact!, OperandNode.Compile(r.To), r.Input.Add, root);
                        break;
                    case CompareCondition { Left.Kind: OperandKind.DaysSince } x:
                        yield return (x.Left.Fact!, OperandNode.Compile(x.Right), x.Left.Add, root);
                        break;
                    case CompareCondition { Right.Kind: OperandKind.DaysSince } x:
                        yield return (x.Right.Fact!, OperandNode.Compile(x.Left), x.Right.Add, root);
                        break;
                }
            }
        }
    }
}

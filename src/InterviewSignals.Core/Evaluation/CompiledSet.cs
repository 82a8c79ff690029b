using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Evaluation;

/// <summary>A signal set turned into arrays and condition trees once, so that evaluation only reads.</summary>
internal sealed class CompiledSet
{
    public CompiledSet(SignalSet set)
    {
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

    public double BaseScore { get; }

    public double TotalReach { get; }

    /// <summary>Gets the raw score from which the band is encouraging: the logit of the threshold, through the inverse of the set's calibration when it has one.</summary>
    public double EncouragingScore { get; }

    /// <summary>Gets the raw score below which the band is concerning.</summary>
    public double ConcerningScore { get; }

    public static double Logit(double p) => Math.Log(p / (1 - p));

    /// <summary>The band of a score alone. Bands compare the score with the logits of the thresholds (moved through any calibration), so hypothetical scores need no exponential.</summary>
    public OutlookBand IndexBand(double score)
        => score >= EncouragingScore ? OutlookBand.Encouraging
         : score < ConcerningScore ? OutlookBand.Concerning
         : OutlookBand.Mixed;

    /// <summary>The share of the set's reach that the answered and derived signals cover.</summary>
    public double Coverage(double covered) => TotalReach <= 0 ? 1.0 : Math.Min(1.0, covered / TotalReach);

    /// <summary>The score on the outlook's scale: as it is, or through the set's recalibration when it has one (a slope above 0 keeps the order).</summary>
    public double Calibrated(double score) => Set.Calibration is { } c ? c.Intercept + (c.Slope * score) : score;

    /// <summary>The outlook of a score: the logistic of its calibrated value.</summary>
    public double Outlook(double score) => SignalSetEvaluator.Logistic(Calibrated(score));

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

internal sealed class CompiledSignal
{
    public CompiledSignal(SignalDefinition def, int[] rules, int[] modifiers)
    {
        Definition = def;
        Id = def.Id;
        Present = def.Weights.Present;
        Absent = def.Weights.Absent;
        Reach = def.Weights.Reach;
        Rules = rules;
        Modifiers = modifiers;
    }

    public SignalDefinition Definition { get; }

    public string Id { get; }

    public double Present { get; }

    public double Absent { get; }

    public double Reach { get; }

    public int[] Rules { get; }

    public int[] Modifiers { get; }

    public bool Derived => Rules.Length > 0;
}

internal sealed class CompiledRule
{
    public CompiledRule(RuleDefinition def, int signalIndex, Node node)
    {
        Definition = def;
        SignalIndex = signalIndex;
        Node = node;
    }

    public RuleDefinition Definition { get; }

    public int SignalIndex { get; }

    public Node Node { get; }
}

internal sealed class CompiledModifier
{
    public CompiledModifier(ModifierDefinition def, Node node)
    {
        Definition = def;
        Node = node;
    }

    public ModifierDefinition Definition { get; }

    public Node Node { get; }

    public bool AppliesTo(double weight) => Definition.Direction switch
    {
        ModifierDirection.Positive => weight > 0,
        ModifierDirection.Negative => weight < 0,
        _ => true,
    };
}

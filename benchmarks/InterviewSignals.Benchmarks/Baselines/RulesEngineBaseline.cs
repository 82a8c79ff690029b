using System.Globalization;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;
using RulesEngine.Models;

namespace InterviewSignals.Benchmarks.Baselines;

/// <summary>
/// The same signal set expressed as a Microsoft RulesEngine workflow: one rule per signal, whose expression decides
/// whether the signal applies and whose output expression gives its weighed contribution. Rules over facts and
/// modifier conditions are translated into Dynamic LINQ expressions over a small input adapter; the fuzzy
/// all / any / ramp operators are static helpers registered as custom types.
/// </summary>
public sealed class RulesEngineBaseline
{
    private const string WorkflowName = "outlook";
    private readonly RulesEngine.RulesEngine _engine;
    private readonly double _baseScore;
    private readonly Dictionary<string, FactKind> _kinds;

    public RulesEngineBaseline(SignalSet set)
    {
        _kinds = set.Facts.ToDictionary(f => f.Id, f => f.Kind, StringComparer.Ordinal);
        _baseScore = Math.Log(set.BaseRate / (1 - set.BaseRate));
        var workflow = new Workflow { WorkflowName = WorkflowName, Rules = set.Signals.Select(s => RuleFor(set, s)).ToList() };
        _engine = new RulesEngine.RulesEngine(new[] { workflow }, new ReSettings { CustomTypes = new[] { typeof(Fz), typeof(RuleInput) } });
    }

    public double Score(Observation observation, DateTimeOffset asOf)
    {
        var results = _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("o", new RuleInput(observation, asOf))).AsTask().GetAwaiter().GetResult();
        var score = _baseScore;
        foreach (var r in results)
        {
            if (r.IsSuccess && r.ActionResult?.Output is double value)
            {
                score += value;
            }
        }

        return score;
    }

    private Rule RuleFor(SignalSet set, SignalDefinition s)
    {
        var presentRules = set.Rules.Where(r => r.Signal == s.Id && r.State == SignalState.Present).Select(r => Expr(r.When)).ToList();
        var absentRules = set.Rules.Where(r => r.Signal == s.Id && r.State == SignalState.Absent).Select(r => Expr(r.When)).ToList();
        var dPresent = Fold("Fz.Best", presentRules, "0.0");
        var dAbsent = Fold("Fz.Best", absentRules, "0.0");
        var state = $"Fz.StateOf(o.State(\"{s.Id}\"), {dPresent}, {dAbsent})";
        var strength = $"Fz.StrengthOf(o.State(\"{s.Id}\"), o.Strength(\"{s.Id}\"), {dPresent}, {dAbsent})";
        var targeting = set.Modifiers.Where(m => m.Signals.Contains(s.Id) || m.Categories.Contains(s.Category)).ToList();
        string FactorProduct(ModifierDirection excluded) => Fold(
            "Fz.Product",
            targeting.Where(m => m.Direction != excluded).Select(m => $"Fz.Scale({Expr(m.When)}, {Num(m.Factor)})").ToList(),
            "1.0");
        var output = $"Fz.Contribution({state}, {strength}, {Num(s.Weights.Present)}, {Num(s.Weights.Absent)}, {FactorProduct(ModifierDirection.Negative)}, {FactorProduct(ModifierDirection.Positive)})";
        return new Rule
        {
            RuleName = s.Id,
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = $"{state} != 0",
            Actions = new RuleActions { OnSuccess = new ActionInfo { Name = "OutputExpression", Context = new Dictionary<string, object> { ["Expression"] = output } } },
        };
    }

    private static string Fold(string fn, IReadOnlyList<string> parts, string empty)
        => parts.Count == 0 ? empty : parts.Skip(1).Aggregate(parts[0], (acc, p) => $"{fn}({acc}, {p})");

    private string Expr(Condition c) => c switch
    {
        AllCondition a => Fold("Fz.Both", a.Conditions.Select(Expr).ToList(), "1.0"),
        AnyCondition a => Fold("Fz.Either", a.Conditions.Select(Expr).ToList(), "0.0"),
        NotCondition n => $"Fz.Inverse({Expr(n.Condition)})",
        KnownCondition k => $"o.Known(\"{k.Fact}\")",
        RampCondition r => $"Fz.Ramp({Num(r.Input)}, {Num(r.From)}, {Num(r.To)})",
        CompareCondition x when IsNumeric(x.Left) && IsNumeric(x.Right) => $"Fz.Cmp({Num(x.Left)}, {Num(x.Right)}, {(int)x.Operator})",
        CompareCondition x => $"Fz.Same({Text(x.Left)}, {Text(x.Right)}, {(int)x.Operator})",
        _ => throw new NotSupportedException(c.GetType().Name),
    };

    private bool IsNumeric(Operand o) => o.Kind switch
    {
        OperandKind.DaysSince => true,
        OperandKind.Constant => o.Value.Kind == FactKind.Number,
        _ => _kinds[o.Fact!] == FactKind.Number,
    };

    private static string Num(Operand o) => o.Kind switch
    {
        OperandKind.Constant => Num(o.Value.Number),
        OperandKind.Fact => $"(o.Num(\"{o.Fact}\") + {Num(o.Add)})",
        _ => $"(o.Days(\"{o.Fact}\") + {Num(o.Add)})",
    };

    private static string Text(Operand o) => o.Kind == OperandKind.Constant ? "\"" + o.Value + "\"" : $"o.Text(\"{o.Fact}\")";

    private static string Num(double d) => d.ToString("R", CultureInfo.InvariantCulture) + (d == Math.Floor(d) && !d.ToString("R", CultureInfo.InvariantCulture).Contains('E', StringComparison.Ordinal) ? ".0" : string.Empty);
}

/// <summary>What the workflow's expressions read: answers and facts, with NaN or null for unknown.</summary>
public sealed class RuleInput
{
    private readonly Observation _observation;
    private readonly DateTimeOffset _asOf;

    public RuleInput(Observation observation, DateTimeOffset asOf)
    {
        _observation = observation;
        _asOf = asOf;
    }

    public int State(string id) => _observation.Signals.TryGetValue(id, out var a) ? (a.State == SignalState.Present ? 1 : 2) : 0;

    public double Strength(string id) => _observation.Signals.TryGetValue(id, out var a) ? a.Strength : 0.0;

    public double Known(string id) => _observation.Facts.ContainsKey(id) ? 1.0 : 0.0;

    public double Num(string id) => _observation.Facts.TryGetValue(id, out var f) && f.Kind == FactKind.Number ? f.Number : double.NaN;

    public double Days(string id) => _observation.Facts.TryGetValue(id, out var f) && f.Kind == FactKind.Date ? (_asOf - f.Date).TotalDays : double.NaN;

    public string? Text(string id) => _observation.Facts.TryGetValue(id, out var f) ? f.ToString() : null;
}

/// <summary>Three-valued fuzzy operators: NaN is unknown. Names avoid Dynamic LINQ keywords such as "not" and "equal".</summary>
public static class Fz
{
    public static double Both(double a, double b) => a == 0 || b == 0 ? 0 : (double.IsNaN(a) || double.IsNaN(b) ? double.NaN : Math.Min(a, b));

    public static double Either(double a, double b)
    {
        var known = Math.Max(double.IsNaN(a) ? 0 : a, double.IsNaN(b) ? 0 : b);
        return known > 0 ? known : (double.IsNaN(a) || double.IsNaN(b) ? double.NaN : 0);
    }

    public static double Inverse(double a) => 1 - a;

    public static double Best(double a, double b) => Math.Max(Clean(a), Clean(b));

    public static double Product(double a, double b) => a * b;

    public static double Ramp(double x, double from, double to)
    {
        if (double.IsNaN(x) || double.IsNaN(from) || double.IsNaN(to))
        {
            return double.NaN;
        }

        if (to <= from)
        {
            return x >= from ? 1 : 0;
        }

        var t = (x - from) / (to - from);
        return t <= 0 ? 0 : (t >= 1 ? 1 : t);
    }

    public static double Cmp(double l, double r, int op)
    {
        if (double.IsNaN(l) || double.IsNaN(r))
        {
            return double.NaN;
        }

        var holds = op switch { 0 => l == r, 1 => l != r, 2 => l > r, 3 => l >= r, 4 => l < r, _ => l <= r };
        return holds ? 1 : 0;
    }

    public static double Same(string? l, string? r, int op)
        => l is null || r is null ? double.NaN : ((op == 0) == string.Equals(l, r, StringComparison.Ordinal) ? 1 : 0);

    public static double Scale(double degree, double factor) => degree > 0 ? 1.0 + ((factor - 1.0) * degree) : 1.0;

    public static int StateOf(int answered, double dPresent, double dAbsent)
        => answered != 0 ? answered : (dPresent <= 0 && dAbsent <= 0 ? 0 : (dPresent >= dAbsent ? 1 : 2));

    public static double StrengthOf(int answered, double strength, double dPresent, double dAbsent)
        => answered != 0 ? strength : Math.Max(dPresent, dAbsent);

    public static double Contribution(int state, double strength, double present, double absent, double positiveFactor, double negativeFactor)
    {
        var w = state == 1 ? present : (state == 2 ? absent : 0);
        return w == 0 || strength == 0 ? 0 : w * strength * (w > 0 ? positiveFactor : negativeFactor);
    }

    private static double Clean(double d) => double.IsNaN(d) ? 0 : d;
}

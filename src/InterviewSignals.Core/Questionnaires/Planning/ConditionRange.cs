using System;
using System.Collections.Generic;
using InterviewSignals.Compilation;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Questionnaires;

/// <summary>
/// The planner's interval evaluation of a compiled condition: every degree it could take when the free facts get any
/// value their definitions allow or stay unknown. Sound (never narrower than the truth); exact when no fact it reads
/// is free. It walks the same nodes the evaluator runs, so the two cannot disagree about what a condition is.
/// </summary>
internal static class ConditionRange
{
    public static Degrees Range(this Node node, in RangeContext ctx) => node switch
    {
        AllNode a => All(a, ctx),
        AnyNode a => Any(a, ctx),
        NotNode n => Not(n, ctx),
        KnownNode k => ctx.IsFree(k.Fact) ? new Degrees(0, 1, true, false) : Degrees.Of(k.Eval(ctx.Concrete)),
        CompareNode c => Compare(c, ctx),
        RampNode r => Ramp(r, ctx),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static Degrees All(AllNode node, in RangeContext ctx)
    {
        // Concretely: one child at or below 0 gives 0; otherwise an unknown child gives NaN; otherwise the smallest.
        bool canZero = false, canPositive = true, allNaNOrPositive = true, anyNaN = false;
        double lo = 1, hi = 1;
        foreach (var child in node.Children)
        {
            var d = child.Range(ctx);
            canZero |= d.Number && d.Lo <= 0;
            canPositive &= d.Number && d.Hi > 0;
            allNaNOrPositive &= d.NaN || (d.Number && d.Hi > 0);
            anyNaN |= d.NaN;
            if (d.Number)
            {
                lo = Math.Min(lo, d.Lo);
                hi = Math.Min(hi, d.Hi);
            }
        }

        return new Degrees(canZero ? 0 : lo, canPositive ? hi : 0, canZero || canPositive, allNaNOrPositive && anyNaN);
    }

    private static Degrees Any(AnyNode node, in RangeContext ctx)
    {
        // Concretely: the largest known degree when above 0; otherwise NaN when a child is unknown, else 0.
        bool canPositive = false, canZero = true, allNaNOrZero = true, anyNaN = false;
        double loPositive = 0, hi = 0;
        foreach (var child in node.Children)
        {
            var d = child.Range(ctx);
            if (d.Number && d.Hi > 0)
            {
                canPositive = true;
                hi = Math.Max(hi, d.Hi);
            }

            if (d.Number && !d.NaN)
            {
                loPositive = Math.Max(loPositive, d.Lo);
            }

            canZero &= d.Number && d.Lo <= 0;
            allNaNOrZero &= d.NaN || (d.Number && d.Lo <= 0);
            anyNaN |= d.NaN;
        }

        return new Degrees(canZero ? 0 : loPositive, canPositive ? hi : 0, canZero || canPositive, allNaNOrZero && anyNaN);
    }

    private static Degrees Not(NotNode node, in RangeContext ctx)
    {
        var d = node.Child.Range(ctx);
        return d.Number ? new Degrees(1.0 - d.Hi, 1.0 - d.Lo, true, d.NaN) : d;
    }

    private static Degrees Compare(CompareNode node, in RangeContext ctx)
    {
        if (!ReadsFree(node.Left, ctx) && !ReadsFree(node.Right, ctx))
        {
            return Degrees.Of(node.Eval(ctx.Concrete));
        }

        var l = Reach(node.Left, ctx);
        var r = Reach(node.Right, ctx);
        var nan = l.Missing || r.Missing;
        if (!l.Present || !r.Present)
        {
            return Degrees.NaNOnly;
        }

        bool canTrue = true, canFalse = true;
        if (l.IsNumber && r.IsNumber)
        {
            double a = l.Lo, b = l.Hi, c = r.Lo, d = r.Hi;
            var samePoint = a == b && c == d && a == c;
            var overlap = a <= d && c <= b;
            (canTrue, canFalse) = node.Operator switch
            {
                ComparisonOperator.GreaterThan => (b > c, a <= d),
                ComparisonOperator.GreaterThanOrEqual => (b >= c, a < d),
                ComparisonOperator.LessThan => (a < d, b >= c),
                ComparisonOperator.LessThanOrEqual => (a <= d, b > c),
                ComparisonOperator.Equal => (overlap, !samePoint),
                _ => (!samePoint, overlap),
            };
        }

        return new Degrees(canFalse ? 0 : 1, canTrue ? 1 : 0, canTrue || canFalse, nan);
    }

    private static Degrees Ramp(RampNode node, in RangeContext ctx)
    {
        if (!ReadsFree(node.Input, ctx) && !ReadsFree(node.From, ctx) && !ReadsFree(node.To, ctx))
        {
            return Degrees.Of(node.Eval(ctx.Concrete));
        }

        var x = Reach(node.Input, ctx);
        var from = Reach(node.From, ctx);
        var to = Reach(node.To, ctx);
        if (!x.Present || !from.Present || !to.Present || !x.IsNumber || !from.IsNumber || !to.IsNumber)
        {
            return Degrees.NaNOnly; // an operand that is never a present number leaves the ramp unknown
        }

        var nan = x.Missing || from.Missing || to.Missing;
        if (from.Lo != from.Hi || to.Lo != to.Hi)
        {
            return new Degrees(0, 1, true, nan); // a moving ramp: any degree
        }

        // With fixed ends the ramp never falls as its input grows.
        return new Degrees(RampNode.Degree(x.Lo, from.Lo, to.Lo), RampNode.Degree(x.Hi, from.Lo, to.Lo), true, nan);
    }

    private static bool ReadsFree(OperandNode o, in RangeContext ctx) => o.Fact is not null && ctx.IsFree(o.Fact);

    /// <summary>The values an operand can take: a point when it reads no free fact.</summary>
    private static OperandRange Reach(OperandNode o, in RangeContext ctx)
    {
        if (o.Fact is null || !ctx.Free.TryGetValue(o.Fact, out var def))
        {
            if (o.TryNumber(ctx.Concrete, out var n))
            {
                return new OperandRange(n, n, true, true, false);
            }

            var known = o.TryValue(ctx.Concrete, out _);
            return new OperandRange(0, 0, false, known, !known);
        }

        switch (o.Kind)
        {
            case OperandKind.Fact when def.Kind == FactKind.Number:
                return new OperandRange((def.Minimum ?? double.NegativeInfinity) + o.Add, (def.Maximum ?? double.PositiveInfinity) + o.Add, true, true, true);
            case OperandKind.Fact:
                return new OperandRange(0, 0, false, true, true);
            default:
                // Days since a date: a date that may not lie after the as-of day is at most a day "ahead" within that day.
                var lo = def.Kind == FactKind.Date && !def.AllowFuture ? -1 + o.Add : double.NegativeInfinity;
                return new OperandRange(lo, double.PositiveInfinity, true, def.Kind == FactKind.Date, true);
        }
    }
}

/// <summary>
/// The degrees a condition can take: a closed interval of numbers (when <see cref="Number"/>) and, when <see cref="NaN"/>,
/// "unknown". At least one of the two holds.
/// </summary>
internal readonly struct Degrees
{
    public static readonly Degrees NaNOnly = new(0, 0, false, true);

    public Degrees(double lo, double hi, bool number, bool nan)
    {
        Lo = lo;
        Hi = hi;
        Number = number;
        NaN = nan;
    }

    public double Lo { get; }

    public double Hi { get; }

    public bool Number { get; }

    public bool NaN { get; }

    /// <summary>Gets the lowest degree as the evaluator uses it (unknown and at most 0 count as 0).</summary>
    public double EffectiveLo => NaN || Lo <= 0 ? 0 : Lo;

    /// <summary>Gets the highest degree as the evaluator uses it.</summary>
    public double EffectiveHi => Number && Hi > 0 ? Hi : 0;

    public static Degrees Of(double value) => double.IsNaN(value) ? NaNOnly : new Degrees(value, value, true, false);
}

/// <summary>What a range reads: the known facts, and the facts still free to take any value their definitions allow or stay unknown.</summary>
internal readonly struct RangeContext
{
    public RangeContext(EvalContext concrete, Dictionary<string, FactDefinition> free)
    {
        Concrete = concrete;
        Free = free;
    }

    public EvalContext Concrete { get; }

    public Dictionary<string, FactDefinition> Free { get; }

    public bool IsFree(string fact) => Free.Count > 0 && Free.ContainsKey(fact);
}

/// <summary>The values an operand can take: numbers in [Lo, Hi] or any value of its kind, present and/or missing.</summary>
internal readonly struct OperandRange
{
    public OperandRange(double lo, double hi, bool isNumber, bool present, bool missing)
    {
        Lo = lo;
        Hi = hi;
        IsNumber = isNumber;
        Present = present;
        Missing = missing;
    }

    public double Lo { get; }

    public double Hi { get; }

    public bool IsNumber { get; }

    public bool Present { get; }

    public bool Missing { get; }
}

using System;
using System.Collections.Generic;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Evaluation;

/// <summary>What a compiled condition reads: fact values and the as-of instant.</summary>
internal readonly struct EvalContext
{
    public EvalContext(Dictionary<string, FactValue> facts, DateTimeOffset asOf)
    {
        Facts = facts;
        AsOf = asOf;
    }

    public Dictionary<string, FactValue> Facts { get; }

    public DateTimeOffset AsOf { get; }
}

/// <summary>A compiled condition. Evaluates to a degree in 0..1, or NaN when a fact it needs is unknown.</summary>
internal abstract class Node
{
    public abstract double Eval(in EvalContext ctx);

    /// <summary>
    /// Every degree the condition could take when the free facts of <paramref name="ctx"/> get any value their
    /// definitions allow or stay unknown. Sound (never narrower than the truth); exact when no fact it reads is free.
    /// </summary>
    public abstract Degrees Range(in RangeContext ctx);

    public static Node Compile(Condition c) => c switch
    {
        AllCondition a => new AllNode(Children(a.Conditions)),
        AnyCondition a => new AnyNode(Children(a.Conditions)),
        NotCondition n => new NotNode(Compile(n.Condition)),
        KnownCondition k => new KnownNode(k.Fact),
        CompareCondition x => new CompareNode(OperandNode.Compile(x.Left), x.Operator, OperandNode.Compile(x.Right)),
        RampCondition r => new RampNode(OperandNode.Compile(r.Input), OperandNode.Compile(r.From), OperandNode.Compile(r.To)),
        _ => throw new NotSupportedException($"Unknown condition type {c.GetType().Name}."),
    };

    private static Node[] Children(IReadOnlyList<Condition> conditions)
    {
        var nodes = new Node[conditions.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = Compile(conditions[i]);
        }

        return nodes;
    }

    private sealed class AllNode : Node
    {
        private readonly Node[] _children;

        public AllNode(Node[] children) => _children = children;

        public override double Eval(in EvalContext ctx)
        {
            var result = 1.0;
            var unknown = false;
            foreach (var child in _children)
            {
                var v = child.Eval(ctx);
                if (double.IsNaN(v))
                {
                    unknown = true;
                }
                else if (v <= 0)
                {
                    return 0; // one false child decides, whatever is unknown
                }
                else if (v < result)
                {
                    result = v;
                }
            }

            return unknown ? double.NaN : result;
        }

        public override Degrees Range(in RangeContext ctx)
        {
            // Concretely: one child at or below 0 gives 0; otherwise an unknown child gives NaN; otherwise the smallest.
            bool canZero = false, canPositive = true, allNaNOrPositive = true, anyNaN = false;
            double lo = 1, hi = 1;
            foreach (var child in _children)
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
    }

    private sealed class AnyNode : Node
    {
        private readonly Node[] _children;

        public AnyNode(Node[] children) => _children = children;

        public override double Eval(in EvalContext ctx)
        {
            var result = 0.0;
            var unknown = false;
            foreach (var child in _children)
            {
                var v = child.Eval(ctx);
                if (double.IsNaN(v))
                {
                    unknown = true;
                }
                else if (v > result)
                {
                    result = v;
                }
            }

            return result > 0 ? result : (unknown ? double.NaN : 0);
        }

        public override Degrees Range(in RangeContext ctx)
        {
            // Concretely: the largest known degree when above 0; otherwise NaN when a child is unknown, else 0.
            bool canPositive = false, canZero = true, allNaNOrZero = true, anyNaN = false;
            double loPositive = 0, hi = 0;
            foreach (var child in _children)
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
    }

    private sealed class NotNode : Node
    {
        private readonly Node _child;

        public NotNode(Node child) => _child = child;

        public override double Eval(in EvalContext ctx) => 1.0 - _child.Eval(ctx);

        public override Degrees Range(in RangeContext ctx)
        {
            var d = _child.Range(ctx);
            return d.Number ? new Degrees(1.0 - d.Hi, 1.0 - d.Lo, true, d.NaN) : d;
        }
    }

    private sealed class KnownNode : Node
    {
        private readonly string _fact;

        public KnownNode(string fact) => _fact = fact;

        public override double Eval(in EvalContext ctx) => ctx.Facts.ContainsKey(_fact) ? 1 : 0;

        public override Degrees Range(in RangeContext ctx) => ctx.IsFree(_fact) ? new Degrees(0, 1, true, false) : Degrees.Of(Eval(ctx.Concrete));
    }

    private sealed class CompareNode : Node
    {
        private readonly OperandNode _left;
        private readonly ComparisonOperator _op;
        private readonly OperandNode _right;

        public CompareNode(OperandNode left, ComparisonOperator op, OperandNode right)
        {
            _left = left;
            _op = op;
            _right = right;
        }

        public override double Eval(in EvalContext ctx)
        {
            if (_left.TryNumber(ctx, out var l) && _right.TryNumber(ctx, out var r))
            {
                var holds = _op switch
                {
                    ComparisonOperator.Equal => l == r,
                    ComparisonOperator.NotEqual => l != r,
                    ComparisonOperator.GreaterThan => l > r,
                    ComparisonOperator.GreaterThanOrEqual => l >= r,
                    ComparisonOperator.LessThan => l < r,
                    _ => l <= r,
                };
                return holds ? 1 : 0;
            }

            if (_left.TryValue(ctx, out var lv) && _right.TryValue(ctx, out var rv))
            {
                var equal = lv.Equals(rv);
                return (_op == ComparisonOperator.Equal ? equal : !equal) ? 1 : 0;
            }

            return double.NaN;
        }

        public override Degrees Range(in RangeContext ctx)
        {
            if (!_left.ReadsFree(ctx) && !_right.ReadsFree(ctx))
            {
                return Degrees.Of(Eval(ctx.Concrete));
            }

            var l = _left.Reach(ctx);
            var r = _right.Reach(ctx);
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
                (canTrue, canFalse) = _op switch
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
    }

    private sealed class RampNode : Node
    {
        private readonly OperandNode _input;
        private readonly OperandNode _from;
        private readonly OperandNode _to;

        public RampNode(OperandNode input, OperandNode from, OperandNode to)
        {
            _input = input;
            _from = from;
            _to = to;
        }

        public override double Eval(in EvalContext ctx)
        {
            if (!_input.TryNumber(ctx, out var x) || !_from.TryNumber(ctx, out var from) || !_to.TryNumber(ctx, out var to))
            {
                return double.NaN;
            }

            if (to <= from)
            {
                return x >= from ? 1 : 0;
            }

            return Ramp(x, from, to);
        }

        public override Degrees Range(in RangeContext ctx)
        {
            if (!_input.ReadsFree(ctx) && !_from.ReadsFree(ctx) && !_to.ReadsFree(ctx))
            {
                return Degrees.Of(Eval(ctx.Concrete));
            }

            var x = _input.Reach(ctx);
            var from = _from.Reach(ctx);
            var to = _to.Reach(ctx);
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
            var f = from.Lo;
            var t = to.Lo;
            double lo = t <= f ? (x.Lo >= f ? 1 : 0) : Ramp(x.Lo, f, t);
            double hi = t <= f ? (x.Hi >= f ? 1 : 0) : Ramp(x.Hi, f, t);
            return new Degrees(lo, hi, true, nan);
        }

        private static double Ramp(double x, double from, double to)
        {
            if (to <= from)
            {
                return x >= from ? 1 : 0;
            }

            var t = (x - from) / (to - from);
            return t <= 0 ? 0 : (t >= 1 ? 1 : t);
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

/// <summary>A compiled operand.</summary>
internal sealed class OperandNode
{
    private readonly OperandKind _kind;
    private readonly string? _fact;
    private readonly FactValue _value;
    private readonly double _add;

    private OperandNode(OperandKind kind, string? fact, FactValue value, double add)
    {
        _kind = kind;
        _fact = fact;
        _value = value;
        _add = add;
    }

    public static OperandNode Compile(Operand o) => new(o.Kind, o.Fact, o.Value, o.Add);

    public bool ReadsFree(in RangeContext ctx) => _fact is not null && ctx.IsFree(_fact);

    /// <summary>The values the operand can take: a point when it reads no free fact.</summary>
    public OperandRange Reach(in RangeContext ctx)
    {
        if (_fact is null || !ctx.Free.TryGetValue(_fact, out var def))
        {
            if (TryNumber(ctx.Concrete, out var n))
            {
                return new OperandRange(n, n, true, true, false);
            }

            var known = TryValue(ctx.Concrete, out _);
            return new OperandRange(0, 0, false, known, !known);
        }

        switch (_kind)
        {
            case OperandKind.Fact when def.Kind == FactKind.Number:
                return new OperandRange((def.Minimum ?? double.NegativeInfinity) + _add, (def.Maximum ?? double.PositiveInfinity) + _add, true, true, true);
            case OperandKind.Fact:
                return new OperandRange(0, 0, false, true, true);
            default:
                // Days since a date: a date that may not lie after the as-of day is at most a day "ahead" within that day.
                var lo = def.Kind == FactKind.Date && !def.AllowFuture ? -1 + _add : double.NegativeInfinity;
                return new OperandRange(lo, double.PositiveInfinity, true, def.Kind == FactKind.Date, true);
        }
    }

    public bool TryNumber(in EvalContext ctx, out double value)
    {
        switch (_kind)
        {
            case OperandKind.Constant:
                if (_value.Kind is FactKind.Number)
                {
                    value = _value.Number;
                    return true;
                }

                break;
            case OperandKind.Fact:
                if (ctx.Facts.TryGetValue(_fact!, out var f) && f.Kind == FactKind.Number)
                {
                    value = f.Number + _add;
                    return true;
                }

                break;
            default:
                if (ctx.Facts.TryGetValue(_fact!, out var d) && d.Kind == FactKind.Date)
                {
                    value = (ctx.AsOf - d.Date).TotalDays + _add;
                    return true;
                }

                break;
        }

        value = 0;
        return false;
    }

    public bool TryValue(in EvalContext ctx, out FactValue value)
    {
        if (_kind == OperandKind.Constant)
        {
            value = _value;
            return true;
        }

        if (_kind == OperandKind.Fact && ctx.Facts.TryGetValue(_fact!, out value))
        {
            return true;
        }

        value = default;
        return false;
    }
}

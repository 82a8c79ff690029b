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
    }

    private sealed class NotNode : Node
    {
        private readonly Node _child;

        public NotNode(Node child) => _child = child;

        public override double Eval(in EvalContext ctx) => 1.0 - _child.Eval(ctx);
    }

    private sealed class KnownNode : Node
    {
        private readonly string _fact;

        public KnownNode(string fact) => _fact = fact;

        public override double Eval(in EvalContext ctx) => ctx.Facts.ContainsKey(_fact) ? 1 : 0;
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

            var t = (x - from) / (to - from);
            return t <= 0 ? 0 : (t >= 1 ? 1 : t);
        }
    }
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

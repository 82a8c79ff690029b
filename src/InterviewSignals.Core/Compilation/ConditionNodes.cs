using System;
using System.Collections.Generic;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Compilation;

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

/// <summary>
/// A compiled condition. Evaluates to a degree in 0..1, or NaN when a fact it needs is unknown. The node types are
/// plain so that other views of the compiled set (the planner's interval evaluation) can walk them.
/// </summary>
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
        _ => throw new NotSupportedException(CompilationMessages.UnknownConditionType(c.GetType().Name)),
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
}

internal sealed class AllNode : Node
{
    public AllNode(Node[] children) => Children = children;

    public Node[] Children { get; }

    public override double Eval(in EvalContext ctx)
    {
        var result = 1.0;
        var unknown = false;
        foreach (var child in Children)
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

internal sealed class AnyNode : Node
{
    public AnyNode(Node[] children) => Children = children;

    public Node[] Children { get; }

    public override double Eval(in EvalContext ctx)
    {
        var result = 0.0;
        var unknown = false;
        foreach (var child in Children)
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

internal sealed class NotNode : Node
{
    public NotNode(Node child) => Child = child;

    public Node Child { get; }

    public override double Eval(in EvalContext ctx) => 1.0 - Child.Eval(ctx);
}

internal sealed class KnownNode : Node
{
    public KnownNode(string fact) => Fact = fact;

    public string Fact { get; }

    public override double Eval(in EvalContext ctx) => ctx.Facts.ContainsKey(Fact) ? 1 : 0;
}

internal sealed class CompareNode : Node
{
    public CompareNode(OperandNode left, ComparisonOperator op, OperandNode right)
    {
        Left = left;
        Operator = op;
        Right = right;
    }

    public OperandNode Left { get; }

    public ComparisonOperator Operator { get; }

    public OperandNode Right { get; }

    public override double Eval(in EvalContext ctx)
    {
        if (Left.TryNumber(ctx, out var l) && Right.TryNumber(ctx, out var r))
        {
            var holds = Operator switch
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

        if (Left.TryValue(ctx, out var lv) && Right.TryValue(ctx, out var rv))
        {
            var equal = lv.Equals(rv);
            return (Operator == ComparisonOperator.Equal ? equal : !equal) ? 1 : 0;
        }

        return double.NaN;
    }
}

internal sealed class RampNode : Node
{
    public RampNode(OperandNode input, OperandNode from, OperandNode to)
    {
        Input = input;
        From = from;
        To = to;
    }

    public OperandNode Input { get; }

    public OperandNode From { get; }

    public OperandNode To { get; }

    /// <summary>The degree of a ramp from <paramref name="from"/> to <paramref name="to"/> at <paramref name="x"/>; a step at <paramref name="from"/> when the ends meet or cross.</summary>
    public static double Degree(double x, double from, double to)
    {
        if (to <= from)
        {
            return x >= from ? 1 : 0;
        }

        var t = (x - from) / (to - from);
        return t <= 0 ? 0 : (t >= 1 ? 1 : t);
    }

    public override double Eval(in EvalContext ctx)
        => Input.TryNumber(ctx, out var x) && From.TryNumber(ctx, out var from) && To.TryNumber(ctx, out var to) ? Degree(x, from, to) : double.NaN;
}

/// <summary>A compiled operand: a constant, a fact's value (plus a number), or the days since a date fact (plus a number).</summary>
internal sealed class OperandNode
{
    private OperandNode(OperandKind kind, string? fact, FactValue value, double add)
    {
        Kind = kind;
        Fact = fact;
        Value = value;
        Add = add;
    }

    public OperandKind Kind { get; }

    public string? Fact { get; }

    public FactValue Value { get; }

    public double Add { get; }

    public static OperandNode Compile(Operand o) => new(o.Kind, o.Fact, o.Value, o.Add);

    public bool TryNumber(in EvalContext ctx, out double value)
    {
        switch (Kind)
        {
            case OperandKind.Constant:
                if (Value.Kind is FactKind.Number)
                {
                    value = Value.Number;
                    return true;
                }

                break;
            case OperandKind.Fact:
                if (ctx.Facts.TryGetValue(Fact!, out var f) && f.Kind == FactKind.Number)
                {
                    value = f.Number + Add;
                    return true;
                }

                break;
            default:
                if (ctx.Facts.TryGetValue(Fact!, out var d) && d.Kind == FactKind.Date)
                {
                    value = (ctx.AsOf - d.Date).TotalDays + Add;
                    return true;
                }

                break;
        }

        value = 0;
        return false;
    }

    public bool TryValue(in EvalContext ctx, out FactValue value)
    {
        if (Kind == OperandKind.Constant)
        {
            value = Value;
            return true;
        }

        if (Kind == OperandKind.Fact && ctx.Facts.TryGetValue(Fact!, out value))
        {
            return true;
        }

        value = default;
        return false;
    }
}

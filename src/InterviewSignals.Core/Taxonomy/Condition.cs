using System.Collections.Generic;

namespace InterviewSignals.Taxonomy;

/// <summary>
/// A declarative condition over facts. Conditions are data: the engine compiles them once into a tree it
/// interprets. Each evaluates to a degree between 0 and 1 (comparisons give 0 or 1, ramps anything in
/// between) or to unknown when a fact it needs was not given.
/// </summary>
public abstract class Condition
{
    private protected Condition()
    {
    }

    /// <summary>True when every child is true; the degree is the smallest child degree.</summary>
    /// <param name="conditions">The children.</param>
    /// <returns>The condition.</returns>
    public static Condition All(params Condition[] conditions) => new AllCondition(conditions);

    /// <summary>True when any child is true; the degree is the largest known child degree.</summary>
    /// <param name="conditions">The children.</param>
    /// <returns>The condition.</returns>
    public static Condition Any(params Condition[] conditions) => new AnyCondition(conditions);

    /// <summary>The complement: 1 minus the child's degree.</summary>
    /// <param name="condition">The child.</param>
    /// <returns>The condition.</returns>
    public static Condition Not(Condition condition) => new NotCondition(condition);

    /// <summary>True when the fact was given; never unknown.</summary>
    /// <param name="factId">The fact id.</param>
    /// <returns>The condition.</returns>
    public static Condition Known(string factId) => new KnownCondition(factId);

    /// <summary>Compares two operands.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="op">The operator.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The condition.</returns>
    public static Condition Compare(Operand left, ComparisonOperator op, Operand right) => new CompareCondition(left, op, right);

    /// <summary>A linear ramp: 0 at or below <paramref name="from"/>, 1 at or above <paramref name="to"/>, linear between.</summary>
    /// <param name="input">The value ramped.</param>
    /// <param name="from">Where the ramp starts.</param>
    /// <param name="to">Where the ramp reaches 1; must not be below <paramref name="from"/>.</param>
    /// <returns>The condition.</returns>
    public static Condition Ramp(Operand input, Operand from, Operand to) => new RampCondition(input, from, to);
}

/// <summary>Stands in for a condition that could not be read; its problems are already reported, so validation skips it.</summary>
internal sealed class InvalidCondition : Condition
{
    public static readonly InvalidCondition Instance = new();
}

internal static class ConditionWalker
{
    /// <summary>The ids of the facts a condition reads, each once, in the order first met.</summary>
    public static List<string> FactsIn(Condition root)
    {
        var facts = new List<string>();
        void Add(string? id)
        {
            if (id is not null && !facts.Contains(id))
            {
                facts.Add(id);
            }
        }

        foreach (var c in Descendants(root))
        {
            switch (c)
            {
                case KnownCondition k:
                    Add(k.Fact);
                    break;
                case CompareCondition x:
                    Add(x.Left?.Fact);
                    Add(x.Right?.Fact);
                    break;
                case RampCondition r:
                    Add(r.Input?.Fact);
                    Add(r.From?.Fact);
                    Add(r.To?.Fact);
                    break;
            }
        }

        return facts;
    }

    public static IEnumerable<Condition> Descendants(Condition root)
    {
        var stack = new Stack<Condition>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var c = stack.Pop();
            yield return c;
            switch (c)
            {
                case AllCondition a:
                    foreach (var x in a.Conditions) { if (x is not null) { stack.Push(x); } }
                    break;
                case AnyCondition a:
                    foreach (var x in a.Conditions) { if (x is not null) { stack.Push(x); } }
                    break;
                case NotCondition n when n.Condition is not null:
                    stack.Push(n.Condition);
                    break;
            }
        }
    }
}

using System;
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

/// <summary>Every child must hold.</summary>
public sealed class AllCondition : Condition
{
    /// <summary>Initializes a new instance of the <see cref="AllCondition"/> class.</summary>
    /// <param name="conditions">The children.</param>
    public AllCondition(IReadOnlyList<Condition> conditions) => Conditions = Internal.Guard.NotNull(conditions);

    /// <summary>Gets the children.</summary>
    public IReadOnlyList<Condition> Conditions { get; }
}

/// <summary>At least one child must hold.</summary>
public sealed class AnyCondition : Condition
{
    /// <summary>Initializes a new instance of the <see cref="AnyCondition"/> class.</summary>
    /// <param name="conditions">The children.</param>
    public AnyCondition(IReadOnlyList<Condition> conditions) => Conditions = Internal.Guard.NotNull(conditions);

    /// <summary>Gets the children.</summary>
    public IReadOnlyList<Condition> Conditions { get; }
}

/// <summary>The child must not hold.</summary>
public sealed class NotCondition : Condition
{
    /// <summary>Initializes a new instance of the <see cref="NotCondition"/> class.</summary>
    /// <param name="condition">The child.</param>
    public NotCondition(Condition condition) => Condition = Internal.Guard.NotNull(condition);

    /// <summary>Gets the child.</summary>
    public Condition Condition { get; }
}

/// <summary>The fact must have been given.</summary>
public sealed class KnownCondition : Condition
{
    /// <summary>Initializes a new instance of the <see cref="KnownCondition"/> class.</summary>
    /// <param name="fact">The fact id.</param>
    public KnownCondition(string fact) => Fact = Internal.Guard.NotNull(fact);

    /// <summary>Gets the fact id.</summary>
    public string Fact { get; }
}

/// <summary>A comparison of two operands.</summary>
public sealed class CompareCondition : Condition
{
    /// <summary>Initializes a new instance of the <see cref="CompareCondition"/> class.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="operator">The operator.</param>
    /// <param name="right">The right operand.</param>
    public CompareCondition(Operand left, ComparisonOperator @operator, Operand right)
    {
        Left = Internal.Guard.NotNull(left);
        Operator = @operator;
        Right = Internal.Guard.NotNull(right);
    }

    /// <summary>Gets the left operand.</summary>
    public Operand Left { get; }

    /// <summary>Gets the operator.</summary>
    public ComparisonOperator Operator { get; }

    /// <summary>Gets the right operand.</summary>
    public Operand Right { get; }
}

/// <summary>A linear ramp from 0 to 1.</summary>
public sealed class RampCondition : Condition
{
    /// <summary>Initializes a new instance of the <see cref="RampCondition"/> class.</summary>
    /// <param name="input">The value ramped.</param>
    /// <param name="from">Where the ramp starts (degree 0).</param>
    /// <param name="to">Where the ramp ends (degree 1).</param>
    public RampCondition(Operand input, Operand from, Operand to)
    {
        Input = Internal.Guard.NotNull(input);
        From = Internal.Guard.NotNull(from);
        To = Internal.Guard.NotNull(to);
    }

    /// <summary>Gets the value ramped.</summary>
    public Operand Input { get; }

    /// <summary>Gets where the ramp starts (degree 0).</summary>
    public Operand From { get; }

    /// <summary>Gets where the ramp ends (degree 1).</summary>
    public Operand To { get; }
}

/// <summary>Stands in for a condition that could not be read; its problems are already reported, so validation skips it.</summary>
internal sealed class InvalidCondition : Condition
{
    public static readonly InvalidCondition Instance = new();
}

/// <summary>A rule that sets a signal's state from facts; the strength is the degree of <see cref="When"/>.</summary>
public sealed record RuleDefinition
{
    /// <summary>Gets the stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the signal the rule sets.</summary>
    public required string Signal { get; init; }

    /// <summary>Gets the state the rule sets when its condition holds.</summary>
    /// <value><see cref="SignalState.Present"/> by default.</value>
    public SignalState State { get; init; } = SignalState.Present;

    /// <summary>Gets the condition; its degree becomes the signal's strength.</summary>
    public required Condition When { get; init; }

    /// <summary>Gets a note on why the rule exists.</summary>
    /// <value>Empty by default.</value>
    public string Description { get; init; } = string.Empty;
}

/// <summary>A context condition that scales the weights of named signals or whole categories, with a caveat explanations show.</summary>
public sealed record ModifierDefinition
{
    /// <summary>Gets the stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets a short title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the condition under which the modifier applies (it applies when the degree is above 0, scaled by the degree).</summary>
    public required Condition When { get; init; }

    /// <summary>Gets the factor applied to the targeted contributions at full degree, between 0 and 3.</summary>
    public required double Factor { get; init; }

    /// <summary>Gets the ids of the signals it scales.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<string> Signals { get; init; } = Array.Empty<string>();

    /// <summary>Gets the ids of the categories whose signals it scales.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<string> Categories { get; init; } = Array.Empty<string>();

    /// <summary>Gets which contributions are scaled.</summary>
    /// <value><see cref="ModifierDirection.Both"/> by default.</value>
    public ModifierDirection Direction { get; init; }

    /// <summary>Gets the caveat explanations show when the modifier applies.</summary>
    public required string Caveat { get; init; }

    /// <summary>Gets where the modifier comes from.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<SourceQuote> Sources { get; init; } = Array.Empty<SourceQuote>();
}

/// <summary>The outlook thresholds that turn an index into a band.</summary>
/// <param name="EncouragingFrom">The outlook index at or above which the band is encouraging.</param>
/// <param name="ConcerningBelow">The outlook index below which the band is concerning.</param>
/// <param name="MinimumCoverage">The share of the set's weight that must be answered before any band but too-early is given.</param>
public sealed record OutlookBands(double EncouragingFrom = 0.6, double ConcerningBelow = 0.4, double MinimumCoverage = 0.15)
{
    /// <summary>Gets the default thresholds.</summary>
    /// <value>Encouraging from 0.6, concerning below 0.4, at least 15% of the weight answered.</value>
    public static OutlookBands Default { get; } = new();
}

/// <summary>A change a set extending another makes to an inherited signal's weights.</summary>
/// <param name="Signal">The inherited signal's id.</param>
/// <param name="Weights">The new weights.</param>
public sealed record WeightOverride(string Signal, SignalWeights Weights);

internal static class ConditionWalker
{
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

using System;
using System.Collections.Generic;

namespace InterviewSignals.Taxonomy;

/// <summary>
/// A declarative condition over facts. Conditions are data: the engine compiles them once into a tree it
/// interprets. Each evaluates to a degree between 0 and 1 (comparisons give 0 or 1, ramps anything in
/// between) or to unknown when a fact it needs was not given.
/// </summary>
public abstract record Condition
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
/// <param name="Conditions">The children.</param>
public sealed record AllCondition(IReadOnlyList<Condition> Conditions) : Condition;

/// <summary>At least one child must hold.</summary>
/// <param name="Conditions">The children.</param>
public sealed record AnyCondition(IReadOnlyList<Condition> Conditions) : Condition;

/// <summary>The child must not hold.</summary>
/// <param name="Condition">The child.</param>
public sealed record NotCondition(Condition Condition) : Condition;

/// <summary>The fact must have been given.</summary>
/// <param name="Fact">The fact id.</param>
public sealed record KnownCondition(string Fact) : Condition;

/// <summary>A comparison of two operands.</summary>
/// <param name="Left">The left operand.</param>
/// <param name="Operator">The operator.</param>
/// <param name="Right">The right operand.</param>
public sealed record CompareCondition(Operand Left, ComparisonOperator Operator, Operand Right) : Condition;

/// <summary>A linear ramp from 0 to 1.</summary>
/// <param name="Input">The value ramped.</param>
/// <param name="From">Where the ramp starts (degree 0).</param>
/// <param name="To">Where the ramp ends (degree 1).</param>
public sealed record RampCondition(Operand Input, Operand From, Operand To) : Condition;

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

    public static IEnumerable<Operand> Operands(Condition c) => c switch
    {
        CompareCondition x => new[] { x.Left, x.Right },
        RampCondition r => new[] { r.Input, r.From, r.To },
        _ => Array.Empty<Operand>(),
    };
}

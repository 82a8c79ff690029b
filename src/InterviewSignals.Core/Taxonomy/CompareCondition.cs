namespace InterviewSignals.Taxonomy;

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

namespace InterviewSignals.Taxonomy;

/// <summary>A comparison between two operands.</summary>
public enum ComparisonOperator
{
    /// <summary>Equal (<c>eq</c>).</summary>
    Equal,

    /// <summary>Not equal (<c>ne</c>).</summary>
    NotEqual,

    /// <summary>Greater than (<c>gt</c>).</summary>
    GreaterThan,

    /// <summary>Greater than or equal (<c>gte</c>).</summary>
    GreaterThanOrEqual,

    /// <summary>Less than (<c>lt</c>).</summary>
    LessThan,

    /// <summary>Less than or equal (<c>lte</c>).</summary>
    LessThanOrEqual,
}

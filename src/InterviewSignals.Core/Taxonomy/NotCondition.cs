namespace InterviewSignals.Taxonomy;

/// <summary>The child must not hold.</summary>
public sealed class NotCondition : Condition
{
    /// <summary>Initializes a new instance of the <see cref="NotCondition"/> class.</summary>
    /// <param name="condition">The child.</param>
    public NotCondition(Condition condition) => Condition = Internal.Guard.NotNull(condition);

    /// <summary>Gets the child.</summary>
    public Condition Condition { get; }
}

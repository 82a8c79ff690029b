namespace InterviewSignals.Taxonomy;

/// <summary>The fact must have been given.</summary>
public sealed class KnownCondition : Condition
{
    /// <summary>Initializes a new instance of the <see cref="KnownCondition"/> class.</summary>
    /// <param name="fact">The fact id.</param>
    public KnownCondition(string fact) => Fact = Internal.Guard.NotNull(fact);

    /// <summary>Gets the fact id.</summary>
    public string Fact { get; }
}

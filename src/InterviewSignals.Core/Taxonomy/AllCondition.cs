using System.Collections.Generic;

namespace InterviewSignals.Taxonomy;

/// <summary>Every child must hold.</summary>
public sealed class AllCondition : Condition
{
    /// <summary>Initializes a new instance of the <see cref="AllCondition"/> class.</summary>
    /// <param name="conditions">The children.</param>
    public AllCondition(IReadOnlyList<Condition> conditions) => Conditions = Internal.Guard.NotNull(conditions);

    /// <summary>Gets the children.</summary>
    public IReadOnlyList<Condition> Conditions { get; }
}

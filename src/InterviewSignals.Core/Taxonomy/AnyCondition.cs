using System.Collections.Generic;

namespace InterviewSignals.Taxonomy;

/// <summary>At least one child must hold.</summary>
public sealed class AnyCondition : Condition
{
    /// <summary>Initializes a new instance of the <see cref="AnyCondition"/> class.</summary>
    /// <param name="conditions">The children.</param>
    public AnyCondition(IReadOnlyList<Condition> conditions) => Conditions = Internal.Guard.NotNull(conditions);

    /// <summary>Gets the children.</summary>
    public IReadOnlyList<Condition> Conditions { get; }
}

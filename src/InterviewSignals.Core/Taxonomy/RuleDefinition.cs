namespace InterviewSignals.Taxonomy;

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

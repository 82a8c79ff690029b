namespace InterviewSignals.Taxonomy;

/// <summary>Upper bounds applied when a signal set is built or loaded, so that a hostile set fails with a clear error instead of exhausting the host.</summary>
public sealed record SignalSetLimits
{
    /// <summary>Gets the defaults, generous for hand-written sets.</summary>
    /// <value>A shared instance.</value>
    public static SignalSetLimits Default { get; } = new();

    /// <summary>Gets the largest JSON document read, in bytes.</summary>
    /// <value>1 MiB.</value>
    public int MaxDocumentBytes { get; init; } = 1024 * 1024;

    /// <summary>Gets the most signals a set may have.</summary>
    /// <value>500.</value>
    public int MaxSignals { get; init; } = 500;

    /// <summary>Gets the most facts a set may have.</summary>
    /// <value>200.</value>
    public int MaxFacts { get; init; } = 200;

    /// <summary>Gets the most rules a set may have.</summary>
    /// <value>1000.</value>
    public int MaxRules { get; init; } = 1000;

    /// <summary>Gets the most modifiers a set may have.</summary>
    /// <value>200.</value>
    public int MaxModifiers { get; init; } = 200;

    /// <summary>Gets the deepest nesting of a condition (and of the JSON document).</summary>
    /// <value>32.</value>
    public int MaxConditionDepth { get; init; } = 32;

    /// <summary>Gets the longest string allowed in any text field.</summary>
    /// <value>4000 characters.</value>
    public int MaxStringLength { get; init; } = 4000;

    /// <summary>Gets the longest <c>extends</c> chain.</summary>
    /// <value>8.</value>
    public int MaxExtendsDepth { get; init; } = 8;
}

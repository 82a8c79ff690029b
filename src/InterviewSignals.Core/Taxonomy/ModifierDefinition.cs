using System;
using System.Collections.Generic;

namespace InterviewSignals.Taxonomy;

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

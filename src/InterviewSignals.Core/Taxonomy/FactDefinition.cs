using System;
using System.Collections.Generic;

namespace InterviewSignals.Taxonomy;

/// <summary>A typed context input that a signal set declares: interview length, company size, the interview date…</summary>
public sealed record FactDefinition
{
    private static readonly IReadOnlyDictionary<string, FactCues> EmptyCues = new Dictionary<string, FactCues>(0);

    /// <summary>Gets the stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets a short title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the kind of value.</summary>
    public required FactKind Kind { get; init; }

    /// <summary>Gets the unit of a number (for example <c>minutes</c>), or <see langword="null"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>Gets the smallest allowed number, or <see langword="null"/> for no bound.</summary>
    public double? Minimum { get; init; }

    /// <summary>Gets the largest allowed number, or <see langword="null"/> for no bound.</summary>
    public double? Maximum { get; init; }

    /// <summary>Gets the allowed values of a choice.</summary>
    /// <value>Empty unless <see cref="Kind"/> is <see cref="FactKind.Choice"/>.</value>
    public IReadOnlyList<string> Choices { get; init; } = Array.Empty<string>();

    /// <summary>Gets the candidate-facing question that asks for the fact, or <see langword="null"/> when a host supplies it.</summary>
    public string? Question { get; init; }

    /// <summary>Gets a value indicating whether a date may lie after the as-of date (a date someone promised, say). Dates of what already happened, such as the interview, may not.</summary>
    /// <value><see langword="false"/> by default.</value>
    public bool AllowFuture { get; init; }

    /// <summary>Gets what the text reader proposes when one text's words give the fact different values.</summary>
    /// <value><see cref="TextConflictResolution.Report"/>: a conflict, no value.</value>
    public TextConflictResolution TextConflicts { get; init; }

    /// <summary>Gets the cues that give the fact a value in free text, by language tag (<c>en</c>, <c>es</c>).</summary>
    /// <value>None by default.</value>
    public IReadOnlyDictionary<string, FactCues> Cues { get; init; } = EmptyCues;

    /// <summary>Gets when the fact becomes known.</summary>
    /// <value><see cref="InterviewPhase.During"/> by default.</value>
    public InterviewPhase Phase { get; init; }
}

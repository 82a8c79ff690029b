using System;

namespace InterviewSignals.Reading;

/// <summary>What a text is and how to read it.</summary>
public sealed record TextReadingOptions
{
    /// <summary>Gets the default options: an English narrative.</summary>
    /// <value>A shared instance.</value>
    public static TextReadingOptions Default { get; } = new();

    /// <summary>Gets the language tag of the text.</summary>
    /// <value><c>en</c>.</value>
    public string Language { get; init; } = "en";

    /// <summary>Gets what the text is.</summary>
    /// <value><see cref="TextKind.Narrative"/>.</value>
    public TextKind Kind { get; init; } = TextKind.Narrative;

    /// <summary>Gets the instant the text describes things as of, carried into the observation.</summary>
    /// <value><see langword="null"/>.</value>
    public DateTimeOffset? AsOf { get; init; }
}

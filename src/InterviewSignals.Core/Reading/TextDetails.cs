using System;

namespace InterviewSignals.Reading;

/// <summary>
/// What a host knows about one text it hands to a reader: its language, what kind of text it is, and the day it
/// describes things as of. How the reader itself is made (its languages, the longest text) is
/// <see cref="TextReaderOptions"/>.
/// </summary>
public sealed record TextDetails
{
    /// <summary>Gets the default: an English narrative.</summary>
    /// <value>A shared instance.</value>
    public static TextDetails Default { get; } = new();

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

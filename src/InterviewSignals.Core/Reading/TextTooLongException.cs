using System;

namespace InterviewSignals.Reading;

/// <summary>Thrown when a text is longer than the reader's limit; nothing is read.</summary>
public sealed class TextTooLongException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="TextTooLongException"/> class.</summary>
    /// <param name="length">The text's length in characters.</param>
    /// <param name="limit">The limit.</param>
    public TextTooLongException(int length, int limit)
        : base(ReadingMessages.TextTooLong(length, limit), "text")
    {
        Length = length;
        Limit = limit;
    }

    /// <summary>Gets the text's length in characters.</summary>
    public int Length { get; }

    /// <summary>Gets the limit, from <see cref="TextReaderOptions.MaxTextLength"/>.</summary>
    public int Limit { get; }
}

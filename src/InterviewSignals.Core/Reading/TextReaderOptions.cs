namespace InterviewSignals.Reading;

/// <summary>Options for <see cref="InterviewTextReader.Create"/>.</summary>
public sealed record TextReaderOptions
{
    /// <summary>Gets the default options.</summary>
    /// <value>A shared instance.</value>
    public static TextReaderOptions Default { get; } = new();

    /// <summary>Gets the longest text read, in characters; a longer one is a <see cref="TextTooLongException"/>.</summary>
    /// <value>131,072 (128 K characters, far beyond any interview account).</value>
    public int MaxTextLength { get; init; } = 128 * 1024;
}

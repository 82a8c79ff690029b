using System.Collections.Generic;

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

    /// <summary>
    /// Gets the languages texts can be read in. A later language with the same tag replaces an earlier one, so a host adds
    /// a language, or overrides a built-in one, by listing its file after the built-in ones:
    /// <c>Languages = [.. ReadingLanguage.BuiltIn, ReadingLanguage.LoadFile("pt.json")]</c>.
    /// </summary>
    /// <value><see cref="ReadingLanguage.BuiltIn"/>: English and Spanish.</value>
    public IReadOnlyList<ReadingLanguage> Languages { get; init; } = ReadingLanguage.BuiltIn;
}

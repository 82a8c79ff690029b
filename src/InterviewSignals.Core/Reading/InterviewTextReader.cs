using System;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Reading;

/// <summary>Creates text readers for sets.</summary>
public static class InterviewTextReader
{
    /// <summary>Compiles a set's cues into an immutable, thread-safe reader. Compile once and reuse it.</summary>
    /// <param name="set">The set.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static IInterviewTextReader Create(SignalSet set, TextReaderOptions? options = null)
    {
        Internal.Guard.NotNull(set);
        options ??= TextReaderOptions.Default;
        if (options.MaxTextLength < 1)
        {
            throw new ArgumentException(ReadingMessages.MaxTextLengthTooSmall(options.MaxTextLength), nameof(options));
        }

        return new CueReader(set, options);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Reading;

/// <summary>Thrown when a reading-language file cannot be read. Lists every problem found, not just the first.</summary>
public sealed class ReadingLanguageException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ReadingLanguageException"/> class.</summary>
    /// <param name="errors">The problems; at least one.</param>
    public ReadingLanguageException(IEnumerable<InputError> errors)
        : base(Format(Internal.Guard.NotNull(errors).ToArray()))
    {
        Errors = Array.AsReadOnly(errors.ToArray());
    }

    /// <summary>Gets every problem found, each with a stable code from <see cref="SignalSetErrorCodes"/>.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    private static string Format(InputError[] errors)
        => errors.Length == 0
            ? throw new ArgumentException(ReadingMessages.AtLeastOneErrorRequired(), nameof(errors))
            : ReadingMessages.LanguageFileInvalid(errors.Length) + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}

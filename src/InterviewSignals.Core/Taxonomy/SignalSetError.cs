using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace InterviewSignals.Taxonomy;

/// <summary>One problem found in a signal set: a stable code, where it is, and what was expected.</summary>
public sealed class SignalSetError
{
    /// <summary>Initializes a new instance of the <see cref="SignalSetError"/> class.</summary>
    /// <param name="code">A stable code from <see cref="SignalSetErrorCodes"/>.</param>
    /// <param name="path">The JSON path of the offending value, for example <c>$.signals[3].weights.present</c>.</param>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <param name="line">The 1-based line in the source, when known.</param>
    /// <param name="column">The 1-based column in the source, when known.</param>
    /// <param name="source">The file or stream name, when known.</param>
    public SignalSetError(string code, string path, string message, int? line = null, int? column = null, string? source = null)
    {
        Code = Internal.Guard.NotNullOrWhiteSpace(code);
        Path = Internal.Guard.NotNull(path);
        Message = Internal.Guard.NotNullOrWhiteSpace(message);
        Line = line;
        Column = column;
        Source = source;
    }

    /// <summary>Gets the stable code, one of <see cref="SignalSetErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Gets the JSON path of the offending value.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong and what was expected.</summary>
    public string Message { get; }

    /// <summary>Gets the 1-based line, or <see langword="null"/> when the set was not read from text.</summary>
    public int? Line { get; }

    /// <summary>Gets the 1-based column, or <see langword="null"/> when the set was not read from text.</summary>
    public int? Column { get; }

    /// <summary>Gets the file or stream name, or <see langword="null"/>.</summary>
    public string? Source { get; }

    internal SignalSetError WithPosition(int? line, int? column, string? source) => new(Code, Path, Message, line, column, source);

    /// <summary>Formats the error as <c>source:line:column: code: message (path)</c>, leaving out what is unknown.</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if (Source is not null)
        {
            sb.Append(Source).Append(':');
        }

        if (Line is not null)
        {
            sb.Append(Line.Value.ToString(CultureInfo.InvariantCulture)).Append(':')
              .Append((Column ?? 1).ToString(CultureInfo.InvariantCulture)).Append(':');
        }

        if (sb.Length > 0)
        {
            sb.Append(' ');
        }

        return sb.Append(Code).Append(": ").Append(Message).Append(" (").Append(Path).Append(')').ToString();
    }
}

/// <summary>The stable codes of <see cref="SignalSetError"/>.</summary>
public static class SignalSetErrorCodes
{
    /// <summary>The text is not well-formed JSON.</summary>
    public const string MalformedJson = "malformed-json";

    /// <summary>The <c>formatVersion</c> is missing or not one this library reads.</summary>
    public const string UnknownFormatVersion = "unknown-format-version";

    /// <summary>A required property is missing.</summary>
    public const string MissingProperty = "missing-property";

    /// <summary>A property is not part of the format (often a typo).</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>A value has the wrong type or format.</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>Two items of the same kind share an id.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A reference names a signal, fact, category or document that the set does not declare.</summary>
    public const string UnknownReference = "unknown-reference";

    /// <summary>A weight is NaN, infinite or beyond the allowed magnitude.</summary>
    public const string InvalidWeight = "invalid-weight";

    /// <summary>A ramp's start lies after its end.</summary>
    public const string ReversedRamp = "reversed-ramp";

    /// <summary>A text the set needs (a title, an explanation, a caveat) is missing.</summary>
    public const string MissingText = "missing-text";

    /// <summary>The set extends a set that cannot be found.</summary>
    public const string UnknownExtends = "unknown-extends";

    /// <summary>The <c>extends</c> chain returns to a set already in it.</summary>
    public const string CyclicExtends = "cyclic-extends";

    /// <summary>A configured limit (size, count, depth, length) was exceeded.</summary>
    public const string LimitExceeded = "limit-exceeded";

    /// <summary>A fact or signal is keyed to a protected characteristic or a usual proxy for one, and no valid waiver was given.</summary>
    public const string ProtectedCharacteristic = "protected-characteristic";
}

/// <summary>Thrown when a signal set cannot be built or loaded. Lists every problem found, not just the first.</summary>
public sealed class SignalSetException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="SignalSetException"/> class.</summary>
    /// <param name="errors">The problems; at least one.</param>
    public SignalSetException(IEnumerable<SignalSetError> errors)
        : this(Internal.Guard.NotNull(errors).ToArray())
    {
    }

    private SignalSetException(SignalSetError[] errors)
        : base(Format(errors))
    {
        if (errors.Length == 0)
        {
            throw new ArgumentException("At least one error is required.", nameof(errors));
        }

        Errors = Array.AsReadOnly(errors);
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<SignalSetError> Errors { get; }

    private static string Format(SignalSetError[] errors)
    {
        var sb = new StringBuilder();
        sb.Append("The signal set is not valid (")
          .Append(errors.Length.ToString(CultureInfo.InvariantCulture))
          .Append(errors.Length == 1 ? " problem):" : " problems):");
        foreach (var e in errors)
        {
            sb.Append('\n').Append("  ").Append(e);
        }

        return sb.ToString();
    }
}

using System.Globalization;
using System.Text;

namespace InterviewSignals.Taxonomy;

/// <summary>
/// One problem with something the library was given (a signal set, an observation, a stored result, a reading-language
/// file): a stable code, where it is (a JSON path, and the line and column when it was read from text), and what is
/// wrong and what was expected. Every <c>TryParse</c> returns these, and every exception about bad input lists them.
/// </summary>
public sealed class InputError : System.IEquatable<InputError>
{
    /// <summary>Initializes a new instance of the <see cref="InputError"/> class.</summary>
    /// <param name="code">A stable code: one of <see cref="SignalSetErrorCodes"/>, <c>ObservationErrorCodes</c> or <c>ResultJsonErrorCodes</c>.</param>
    /// <param name="path">Where: the JSON path of the offending value, for example <c>$.signals[3].weights.present</c>, or <c>signals.ID</c> and <c>facts.ID</c> for an observation.</param>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <param name="line">The 1-based line in the source, when known.</param>
    /// <param name="column">The 1-based column in the source, when known.</param>
    /// <param name="source">The file or stream name, when known.</param>
    public InputError(string code, string path, string message, int? line = null, int? column = null, string? source = null)
    {
        Code = Internal.Guard.NotNullOrWhiteSpace(code);
        Path = Internal.Guard.NotNull(path);
        Message = Internal.Guard.NotNullOrWhiteSpace(message);
        Line = line;
        Column = column;
        Source = source;
    }

    /// <summary>Gets the stable code, one of <see cref="SignalSetErrorCodes"/>, <c>ObservationErrorCodes</c> or <c>ResultJsonErrorCodes</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the JSON path of the offending value.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong and what was expected.</summary>
    public string Message { get; }

    /// <summary>Gets the 1-based line, or <see langword="null"/> when the input was not read from text.</summary>
    public int? Line { get; }

    /// <summary>Gets the 1-based column, or <see langword="null"/> when the input was not read from text.</summary>
    public int? Column { get; }

    /// <summary>Gets the file or stream name, or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Whether another error says the same: the same code, path, message, position and source.</summary>
    /// <param name="other">The other error.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(InputError? other)
        => other is not null && Code == other.Code && Path == other.Path && Message == other.Message && Line == other.Line && Column == other.Column && Source == other.Source;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as InputError);

    /// <inheritdoc/>
    public override int GetHashCode() => System.StringComparer.Ordinal.GetHashCode(Code) ^ System.StringComparer.Ordinal.GetHashCode(Path) ^ (Line ?? 0);

    internal InputError WithPosition(int? line, int? column, string? source) => new(Code, Path, Message, line, column, source);

    internal InputError WithPosition((int Line, int Column)? at, string? source) => new(Code, Path, Message, at?.Line, at?.Column, source);

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

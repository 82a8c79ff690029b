using System.Globalization;
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

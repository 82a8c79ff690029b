using System.Collections.Generic;
using System.Text.Json.Serialization;
using InterviewSignals.Internal;

namespace InterviewSignals.Explanations;

/// <summary>A reason for or against, with the contribution behind it.</summary>
public sealed record ExplanationReason
{
    private readonly IReadOnlyDictionary<string, string> _arguments;
    private readonly IReadOnlyList<string> _quotedWords = ValueList<string>.Empty;

    /// <summary>Initializes a new instance of the <see cref="ExplanationReason"/> record.</summary>
    /// <param name="code">The stable text code.</param>
    /// <param name="text">The text.</param>
    /// <param name="arguments">The named values that filled the template.</param>
    /// <param name="signalId">The signal.</param>
    /// <param name="value">The contribution in log-odds points.</param>
    [JsonConstructor]
    internal ExplanationReason(string code, string text, IReadOnlyDictionary<string, string> arguments, string signalId, double value)
    {
        Code = code;
        Text = text;
        _arguments = Values.Map(arguments);
        SignalId = signalId;
        Value = value;
    }

    /// <summary>Gets the stable text code.</summary>
    public string Code { get; }

    /// <summary>Gets the text.</summary>
    public string Text { get; }

    /// <summary>Gets the named values that filled the template; compared by content.</summary>
    public IReadOnlyDictionary<string, string> Arguments => _arguments;

    /// <summary>Gets the signal.</summary>
    public string SignalId { get; }

    /// <summary>Gets the contribution in log-odds points.</summary>
    public double Value { get; }

    /// <summary>Gets the person's own words behind the reason, when a text gave it (at most two pieces, in text order).</summary>
    /// <value>Empty when the reason did not come from a text.</value>
    [JsonInclude]
    public IReadOnlyList<string> QuotedWords { get => _quotedWords; internal init => _quotedWords = Values.List(value); }

    /// <summary>Gets the sentence that quotes those words in the explanation's language ("You wrote: “she asked when I could start”."), or <see langword="null"/>.</summary>
    [JsonInclude]
    public string? Quote { get; internal init; }

    /// <summary>Deconstructs the record into its parts.</summary>
    /// <param name="code">The stable text code.</param>
    /// <param name="text">The text.</param>
    /// <param name="arguments">The named values that filled the template.</param>
    /// <param name="signalId">The signal.</param>
    /// <param name="value">The contribution in log-odds points.</param>
    public void Deconstruct(out string code, out string text, out IReadOnlyDictionary<string, string> arguments, out string signalId, out double value)
    {
        code = Code;
        text = Text;
        arguments = Arguments;
        signalId = SignalId;
        value = Value;
    }
}


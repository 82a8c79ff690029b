using System.Collections.Generic;
using InterviewSignals.Internal;

namespace InterviewSignals.Explanations;

/// <summary>A reason for or against, with the contribution behind it.</summary>
/// <param name="Code">The stable text code.</param>
/// <param name="Text">The text.</param>
/// <param name="Arguments">The named values that filled the template.</param>
/// <param name="SignalId">The signal.</param>
/// <param name="Value">The contribution in log-odds points.</param>
public sealed record ExplanationReason(string Code, string Text, IReadOnlyDictionary<string, string> Arguments, string SignalId, double Value)
{
    private readonly IReadOnlyDictionary<string, string> _arguments = Values.Map(Arguments);

    private readonly IReadOnlyList<string> _quotedWords = ValueList<string>.Empty;

    /// <summary>Gets the named values that filled the template; compared by content.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get => _arguments; init => _arguments = Values.Map(value); }

    /// <summary>Gets the person's own words behind the reason, when a text gave it (at most two pieces, in text order).</summary>
    /// <value>Empty when the reason did not come from a text.</value>
    public IReadOnlyList<string> QuotedWords { get => _quotedWords; init => _quotedWords = Values.List(value); }

    /// <summary>Gets the sentence that quotes those words in the explanation's language ("You wrote: “she asked when I could start”."), or <see langword="null"/>.</summary>
    public string? Quote { get; init; }
}

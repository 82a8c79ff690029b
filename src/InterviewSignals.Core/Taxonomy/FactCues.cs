using System;
using System.Collections.Generic;

namespace InterviewSignals.Taxonomy;

/// <summary>
/// The phrases that give a fact its value in free text, in one language. <see cref="Values"/> maps a value, written as
/// in an observation (<c>true</c>, a choice, a number), to cues that show it: <c>"false": ["still no word"]</c>.
/// <see cref="Patterns"/> are cues with one slot that reads the value from the words themselves:
/// <c>"lasted {duration}"</c>, <c>"panel of {count}"</c>, <c>"get back to me by {when}"</c>. The cue syntax is the one
/// signals use (see <c>docs/signal-set-format.md</c>).
/// </summary>
public sealed record FactCues
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoValues = new Dictionary<string, IReadOnlyList<string>>(0);

    /// <summary>Gets the cues that show each value, by the value as an observation writes it.</summary>
    /// <value>None by default.</value>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; init; } = NoValues;

    /// <summary>Gets the cues with one slot (<c>{duration}</c>, <c>{when}</c> or <c>{count}</c>) whose words give the value.</summary>
    /// <value>None by default.</value>
    public IReadOnlyList<string> Patterns { get; init; } = Array.Empty<string>();
}

using System.Collections.Generic;
using System.Text.Json.Serialization;
using InterviewSignals.Internal;

namespace InterviewSignals.Reading;

/// <summary>Words that give one fact different values. The reader proposes none of them; the person decides.</summary>
public sealed record FactConflict
{
    private readonly IReadOnlyList<ProposedFact> _values = ValueList<ProposedFact>.Empty;

    /// <summary>Results are built by the library; a host reads them.</summary>
    [JsonConstructor]
    internal FactConflict()
    {
    }

    /// <summary>Gets the fact id.</summary>
    [JsonInclude]
    [JsonRequired]
    public string Id { get; internal init; } = null!;

    /// <summary>Gets each value the text gives, with its words, in the order the values first appear.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<ProposedFact> Values { get => _values; internal init => _values = Internal.Values.List(value); }
}

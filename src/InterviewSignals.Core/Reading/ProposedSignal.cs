using System.Collections.Generic;
using System.Text.Json.Serialization;
using InterviewSignals.Internal;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Reading;

/// <summary>A signal state the text shows, with the words that show it. A proposal: the host or the person decides.</summary>
public sealed record ProposedSignal
{
    private readonly IReadOnlyList<TextEvidence> _evidence = ValueList<TextEvidence>.Empty;

    /// <summary>Results are built by the library; a host reads them.</summary>
    [JsonConstructor]
    internal ProposedSignal()
    {
    }

    /// <summary>Gets the signal id.</summary>
    [JsonInclude]
    [JsonRequired]
    public string Id { get; internal init; } = null!;

    /// <summary>Gets the proposed state, present or absent.</summary>
    [JsonInclude]
    [JsonRequired]
    public SignalState State { get; internal init; }

    /// <summary>Gets the words that show it, in the order they appear.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<TextEvidence> Evidence { get => _evidence; internal init => _evidence = Values.List(value); }
}

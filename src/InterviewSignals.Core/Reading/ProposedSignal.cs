using System.Collections.Generic;
using InterviewSignals.Internal;
using InterviewSignals.Taxonomy;
using InterviewSignals.Observations;

namespace InterviewSignals.Reading;

/// <summary>A signal state the text shows, with the words that show it. A proposal: the host or the person decides.</summary>
public sealed record ProposedSignal
{
    private readonly IReadOnlyList<TextEvidence> _evidence = ValueList<TextEvidence>.Empty;

    /// <summary>Gets the signal id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the proposed state, present or absent.</summary>
    public required SignalState State { get; init; }

    /// <summary>Gets the words that show it, in the order they appear.</summary>
    public required IReadOnlyList<TextEvidence> Evidence { get => _evidence; init => _evidence = Values.List(value); }
}

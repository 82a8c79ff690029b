using System.Collections.Generic;
using System.Text.Json.Serialization;
using InterviewSignals.Internal;

namespace InterviewSignals.Evaluation;

/// <summary>What would change the outlook: the fewest changes the candidate can still make to move the band up, and the negatives that weigh most.</summary>
public sealed record WhatWouldChange
{
    private readonly IReadOnlyList<SuggestedChange> _changes = ValueList<SuggestedChange>.Empty;
    private readonly IReadOnlyList<Contribution> _negatives = ValueList<Contribution>.Empty;

    /// <summary>Results are built by the library; a host reads them.</summary>
    [JsonConstructor]
    internal WhatWouldChange()
    {
    }

    /// <summary>Gets the band the changes aim for, or <see langword="null"/> when the outlook is already encouraging.</summary>
    [JsonInclude]
    public OutlookBand? TargetBand { get; internal init; }

    /// <summary>Gets a value indicating whether the changes reach <see cref="TargetBand"/>.</summary>
    [JsonInclude]
    public bool Reachable { get; internal init; }

    /// <summary>Gets the changes, largest gain first: the smallest set that reaches the target band, or every useful change when none does.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<SuggestedChange> Changes { get => _changes; internal init => _changes = Values.List(value); }

    /// <summary>Gets the observed negatives that weigh most, heaviest first (at most three).</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<Contribution> HeaviestNegatives { get => _negatives; internal init => _negatives = Values.List(value); }
}

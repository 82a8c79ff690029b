using System.Collections.Generic;
using InterviewSignals.Internal;

namespace InterviewSignals.Reading;

/// <summary>Words that give one fact different values. The reader proposes none of them; the person decides.</summary>
public sealed record FactConflict
{
    private readonly IReadOnlyList<ProposedFact> _values = ValueList<ProposedFact>.Empty;

    /// <summary>Gets the fact id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets each value the text gives, with its words, in the order the values first appear.</summary>
    public required IReadOnlyList<ProposedFact> Values { get => _values; init => _values = Internal.Values.List(value); }
}

using System.Collections.Generic;
using InterviewSignals.Internal;
using InterviewSignals.Observations;

namespace InterviewSignals.Reading;

/// <summary>Words that show a signal both present and absent. The reader proposes neither; the person decides.</summary>
public sealed record SignalConflict
{
    private readonly IReadOnlyList<TextEvidence> _present = ValueList<TextEvidence>.Empty;
    private readonly IReadOnlyList<TextEvidence> _absent = ValueList<TextEvidence>.Empty;

    /// <summary>Gets the signal id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the words that show it present.</summary>
    public required IReadOnlyList<TextEvidence> Present { get => _present; init => _present = Values.List(value); }

    /// <summary>Gets the words that show it absent.</summary>
    public required IReadOnlyList<TextEvidence> Absent { get => _absent; init => _absent = Values.List(value); }
}

using System.Collections.Generic;
using System.Text.Json.Serialization;
using InterviewSignals.Internal;
using InterviewSignals.Observations;

namespace InterviewSignals.Reading;

/// <summary>Words that show a signal both present and absent. The reader proposes neither; the person decides.</summary>
public sealed record SignalConflict
{
    private readonly IReadOnlyList<TextEvidence> _present = ValueList<TextEvidence>.Empty;
    private readonly IReadOnlyList<TextEvidence> _absent = ValueList<TextEvidence>.Empty;

    /// <summary>Results are built by the library; a host reads them.</summary>
    [JsonConstructor]
    internal SignalConflict()
    {
    }

    /// <summary>Gets the signal id.</summary>
    [JsonInclude]
    [JsonRequired]
    public string Id { get; internal init; } = null!;

    /// <summary>Gets the words that show it present.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<TextEvidence> Present { get => _present; internal init => _present = Values.List(value); }

    /// <summary>Gets the words that show it absent.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<TextEvidence> Absent { get => _absent; internal init => _absent = Values.List(value); }
}

using System.Text.Json.Serialization;
using InterviewSignals.Observations;
namespace InterviewSignals.Reading;

/// <summary>A cue that matched but was set aside, and why, so a host can show what the reader did not count.</summary>
public sealed record SetAsideCue
{
    /// <summary>Initializes a new instance of the <see cref="SetAsideCue"/> record.</summary>
    /// <param name="id">The signal or fact the cue belongs to.</param>
    /// <param name="reason">Why it was set aside.</param>
    /// <param name="evidence">Where it matched.</param>
    [JsonConstructor]
    internal SetAsideCue(string id, CueSetAside reason, TextEvidence evidence)
    {
        Id = id;
        Reason = reason;
        Evidence = evidence;
    }

    /// <summary>Gets the signal or fact the cue belongs to.</summary>
    public string Id { get; }

    /// <summary>Gets why it was set aside.</summary>
    public CueSetAside Reason { get; }

    /// <summary>Gets where it matched.</summary>
    public TextEvidence Evidence { get; }

    /// <summary>Deconstructs the record into its parts.</summary>
    /// <param name="id">The signal or fact the cue belongs to.</param>
    /// <param name="reason">Why it was set aside.</param>
    /// <param name="evidence">Where it matched.</param>
    public void Deconstruct(out string id, out CueSetAside reason, out TextEvidence evidence)
    {
        id = Id;
        reason = Reason;
        evidence = Evidence;
    }
}


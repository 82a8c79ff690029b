using InterviewSignals.Observations;
namespace InterviewSignals.Reading;

/// <summary>A cue that matched but was set aside, and why, so a host can show what the reader did not count.</summary>
/// <param name="Id">The signal or fact the cue belongs to.</param>
/// <param name="Reason">Why it was set aside.</param>
/// <param name="Evidence">Where it matched.</param>
public sealed record SetAsideCue(string Id, CueSetAside Reason, TextEvidence Evidence);

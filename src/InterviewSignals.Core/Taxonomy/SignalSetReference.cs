namespace InterviewSignals.Taxonomy;

/// <summary>Identifies one exact signal set: id, version and content hash.</summary>
/// <param name="Id">The set id.</param>
/// <param name="Version">The set version.</param>
/// <param name="ContentHash">The content hash.</param>
public sealed record SignalSetReference(string Id, string Version, string ContentHash);

namespace InterviewSignals.Timelines;

/// <summary>A contact about a candidate: how, and whether the candidate saw it.</summary>
/// <param name="Channel">How.</param>
/// <param name="CandidateFacing">Whether it reached the candidate (an email to them, a call with them), rather than being written about them internally.</param>
public sealed record CandidateContact(ContactChannel Channel, bool CandidateFacing);

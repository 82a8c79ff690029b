using InterviewSignals.Taxonomy;

namespace InterviewSignals.Evaluation;

/// <summary>A change the candidate can still make.</summary>
/// <param name="SignalId">The signal id.</param>
/// <param name="From">The current state.</param>
/// <param name="Gain">How far making the sign present would raise the score, in log-odds points.</param>
public sealed record SuggestedChange(string SignalId, SignalState From, double Gain);

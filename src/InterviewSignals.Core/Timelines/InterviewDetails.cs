using System;

namespace InterviewSignals.Timelines;

/// <summary>When an interview takes place, with whom, and whether its feedback is in.</summary>
/// <param name="Start">The start.</param>
/// <param name="End">The end; not before the start.</param>
/// <param name="InterviewerCount">How many people interview, when the system says; at least 1.</param>
/// <param name="Feedback">Whether the interviewers' feedback is in.</param>
public sealed record InterviewDetails(DateTimeOffset Start, DateTimeOffset End, int? InterviewerCount = null, FeedbackState Feedback = FeedbackState.Unknown);

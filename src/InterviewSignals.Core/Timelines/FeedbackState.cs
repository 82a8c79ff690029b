namespace InterviewSignals.Timelines;

/// <summary>Whether the interviewers' feedback on an interview is in.</summary>
public enum FeedbackState
{
    /// <summary>The system did not say.</summary>
    Unknown,

    /// <summary>Feedback is expected and not all of it is in.</summary>
    Pending,

    /// <summary>All expected feedback is in.</summary>
    Submitted,
}

namespace InterviewSignals.Taxonomy;

/// <summary>Who, in the interview, drives a signal.</summary>
public enum SignalDriver
{
    /// <summary>The interviewer's behaviour: questions asked, warmth, what they explained.</summary>
    Interviewer,

    /// <summary>The candidate's own behaviour and preparation.</summary>
    Candidate,

    /// <summary>The hiring process: next steps, invitations, follow-up and timing.</summary>
    Process,

    /// <summary>The organisation: budgets, internal candidates, the number of applicants.</summary>
    Organisation,
}

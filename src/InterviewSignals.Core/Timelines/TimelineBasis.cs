namespace InterviewSignals.Timelines;

/// <summary>The bases the built-in mapping and the nudges give for what they say, as stable codes.</summary>
public static class TimelineBasis
{
    /// <summary>The last interview that took place: its date, length and interviewers.</summary>
    public const string LastHeldInterview = "last-held-interview";

    /// <summary>Nothing that reached the candidate is recorded since the last interview ended.</summary>
    public const string NoCandidateContactSinceInterview = "no-candidate-contact-since-interview";

    /// <summary>Something reached the candidate after the last interview: a contact, an offer, an invitation to a later interview.</summary>
    public const string CandidateContactSinceInterview = "candidate-contact-since-interview";

    /// <summary>The application moved on after the last interview: a later stage, or a later interview.</summary>
    public const string ProgressSinceInterview = "progress-since-interview";

    /// <summary>A promised date from a field of the tracking system.</summary>
    public const string Promise = "promise";

    /// <summary>A promised date read from a recruiter's notes.</summary>
    public const string PromiseFromNotes = "promise-from-notes";

    /// <summary>Nothing that reached the candidate is recorded since a promise was made.</summary>
    public const string NoCandidateContactSincePromise = "no-candidate-contact-since-promise";

    /// <summary>An interview whose feedback is still marked as pending.</summary>
    public const string FeedbackPending = "feedback-pending";
}

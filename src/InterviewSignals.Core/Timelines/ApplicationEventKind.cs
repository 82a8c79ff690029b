namespace InterviewSignals.Timelines;

/// <summary>What happened to one application, in words that belong to no particular applicant tracking system.</summary>
public enum ApplicationEventKind
{
    /// <summary>The candidate applied, or was added to the job.</summary>
    Applied,

    /// <summary>The application moved to another stage of the process (<see cref="ApplicationEvent.Stage"/>).</summary>
    StageAdvanced,

    /// <summary>An interview was put in the calendar, or moved; the candidate is invited (<see cref="ApplicationEvent.Interview"/>).</summary>
    InterviewScheduled,

    /// <summary>An interview took place (<see cref="ApplicationEvent.Interview"/>).</summary>
    InterviewHeld,

    /// <summary>An interview was called off.</summary>
    InterviewCancelled,

    /// <summary>Someone got in touch with the candidate, or wrote about them (<see cref="ApplicationEvent.Contact"/>).</summary>
    CandidateContacted,

    /// <summary>The candidate was given a date by which they would hear (<see cref="ApplicationEvent.Promise"/>).</summary>
    PromiseRecorded,

    /// <summary>An offer was sent to the candidate.</summary>
    OfferExtended,

    /// <summary>The application was rejected: a decision.</summary>
    Rejected,

    /// <summary>The application was archived without a hire: a decision.</summary>
    Archived,

    /// <summary>The candidate was hired: a decision.</summary>
    Hired,

    /// <summary>The candidate withdrew: a decision.</summary>
    Withdrawn,

    /// <summary>An earlier decision was undone (an unreject, an unarchive, an unhire); the application is open again.</summary>
    Reopened,

    /// <summary>The application or its candidate was deleted, or merged into another: nothing of it may be kept.</summary>
    Deleted,

    /// <summary>The candidate was anonymised: nothing that could identify them may be kept.</summary>
    Anonymised,
}

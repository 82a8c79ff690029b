using System;
using System.Collections.Generic;

namespace InterviewSignals.Timelines;

/// <summary>
/// One interview as a timeline knows it on a date, from every event about it: the latest times, interviewers and
/// feedback any of them gave, whether it was called off, and whether it has taken place.
/// </summary>
public sealed class TimelineInterview
{
    internal TimelineInterview(string id, InterviewDetails details, bool cancelled, bool held, IReadOnlyList<ApplicationEvent> events)
    {
        Id = id;
        Start = details.Start;
        End = details.End;
        InterviewerCount = details.InterviewerCount;
        Feedback = details.Feedback;
        IsCancelled = cancelled;
        IsHeld = held;
        Events = events;
    }

    /// <summary>Gets the system's id of the interview.</summary>
    public string Id { get; }

    /// <summary>Gets the start.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>Gets the end.</summary>
    public DateTimeOffset End { get; }

    /// <summary>Gets how many people interview, when known.</summary>
    public int? InterviewerCount { get; }

    /// <summary>Gets whether the feedback is in: the latest state an event gave, other than unknown.</summary>
    public FeedbackState Feedback { get; }

    /// <summary>Gets a value indicating whether the latest event about the interview called it off.</summary>
    public bool IsCancelled { get; }

    /// <summary>Gets a value indicating whether it has taken place by the snapshot's date: not called off, started, and marked as held or over.</summary>
    public bool IsHeld { get; }

    /// <summary>Gets the events about the interview, in timeline order; the first is the candidate's invitation.</summary>
    public IReadOnlyList<ApplicationEvent> Events { get; }
}

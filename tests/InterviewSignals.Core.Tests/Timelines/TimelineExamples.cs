using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Timelines;

namespace InterviewSignals.Tests.Timelines;

/// <summary>An application's events, written the way a reader would tell them: invited, interviewed, heard from (or not).</summary>
internal static class TimelineExamples
{
    /// <summary>The first interview: Monday 2 November 2026, 10:00 to 10:45 UTC, with two interviewers.</summary>
    public static readonly DateTimeOffset InterviewStart = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset InterviewEnd = InterviewStart.AddMinutes(45);

    public static readonly IInterviewEvaluator Outlook = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook);

    public static ApplicationEvent Applied() => ApplicationEvent.Applied("applied", InterviewStart.AddDays(-10));

    public static ApplicationEvent Invited(string interviewId = "int-1", DateTimeOffset? start = null, int minutes = 45, int? interviewers = 2, FeedbackState feedback = FeedbackState.Unknown, string? id = null)
    {
        var s = start ?? InterviewStart;
        return ApplicationEvent.InterviewScheduled(id ?? "scheduled-" + interviewId, s.AddDays(-4), interviewId, new InterviewDetails(s, s.AddMinutes(minutes), interviewers, feedback));
    }

    public static ApplicationEvent Held(string interviewId = "int-1", FeedbackState feedback = FeedbackState.Unknown, DateTimeOffset? start = null, string? id = null)
    {
        var s = start ?? InterviewStart;
        return ApplicationEvent.InterviewHeld(id ?? "held-" + interviewId, s.AddHours(2), interviewId, new InterviewDetails(s, s.AddMinutes(45), 2, feedback));
    }

    public static ApplicationEvent Emailed(string id, DateTimeOffset at, bool candidateFacing = true)
        => ApplicationEvent.CandidateContacted(id, at, new CandidateContact(ContactChannel.Email, candidateFacing));

    public static ApplicationEvent PromisedFromNotes(string id, DateTimeOffset by, string words)
        => ApplicationEvent.PromiseRecorded(id, InterviewEnd.AddMinutes(20), new RecordedPromise(by, PromiseSource.Notes, words));

    /// <summary>Invited, interviewed, and nothing since.</summary>
    public static ApplicationTimeline Interviewed(params ApplicationEvent[] more)
        => ApplicationTimeline.Create(new[] { Applied(), Invited(), Held() }.Concat(more));

    public static TimelineObservation Map(ApplicationTimeline timeline, DateTimeOffset asOf)
        => TimelineMapping.InterviewOutlook.Map(timeline, BuiltInSignalSets.InterviewOutlook, asOf);

    public static NudgeAdvice Advise(ApplicationTimeline timeline, DateTimeOffset asOf, string? language = null, NudgeAdvisor? advisor = null)
    {
        var mapped = Map(timeline, asOf);
        return (advisor ?? NudgeAdvisor.Default).Advise(Outlook.Assess(mapped.Observation), BuiltInSignalSets.InterviewOutlook, mapped, language);
    }
}

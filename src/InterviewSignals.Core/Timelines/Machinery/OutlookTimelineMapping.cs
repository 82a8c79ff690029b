using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Timelines;

/// <summary>The built-in mapping onto the outlook set's facts and signals; it answers only the ids the set declares.</summary>
internal sealed class OutlookTimelineMapping : TimelineMapping
{
    public const string InterviewDate = "interview-date";
    public const string HeardBack = "heard-back";
    private const string Length = "interview-length-minutes";
    private const string Interviewers = "interviewer-count";
    private const string Timeline = "employer-timeline-days";
    private const string Invited = "invited-to-next-round";

    public OutlookTimelineMapping()
        : base("interview-outlook")
    {
    }

    public static bool Fits(SignalSet set)
        => set.TryGetFact(InterviewDate, out var date) && date.Kind == FactKind.Date
           && set.TryGetFact(HeardBack, out var heard) && heard.Kind == FactKind.Boolean;

    protected override void Answer(TimelineSnapshot snapshot, TimelineAnswers answers)
    {
        if (snapshot.LastHeldInterview is not { } last)
        {
            return; // nothing to weigh before the first interview
        }

        var interview = TimelineAnswers.Because(TimelineBasis.LastHeldInterview, last.Events, last.Start);
        Fact(answers, InterviewDate, FactValue.FromDate(last.Start), interview);
        Number(answers, Length, Math.Round((last.End - last.Start).TotalMinutes), interview);
        if (last.InterviewerCount is int count)
        {
            Number(answers, Interviewers, count, interview);
        }

        var contacts = snapshot.CandidateContactsSince(last.End);
        Fact(answers, HeardBack, FactValue.FromBoolean(contacts.Count > 0), contacts.Count > 0
            ? TimelineAnswers.Because(TimelineBasis.CandidateContactSinceInterview, contacts, contacts[0].OccurredAt)
            : TimelineAnswers.Because(TimelineBasis.NoCandidateContactSinceInterview, last.Events, last.End));

        // A promise for a day before this interview belonged to an earlier round.
        if (snapshot.Promise is { Promise: { } promise } p && promise.By.Date >= last.Start.Date)
        {
            var basis = promise.Source == PromiseSource.Notes ? TimelineBasis.PromiseFromNotes : TimelineBasis.Promise;
            Number(answers, Timeline, (promise.By.Date - last.Start.Date).Days, TimelineAnswers.Because(basis, new[] { p }, promise.By, promise.Words));
        }

        var progress = snapshot.ProgressSince(last.End)
            .Concat(contacts.Where(e => e.InterviewId is not null))
            .OrderBy(e => e, Comparer<ApplicationEvent>.Create(ApplicationEvent.Compare))
            .ToList();
        if (progress.Count > 0 && answers.Set.TryGetSignal(Invited, out _))
        {
            answers.Signal(Invited, SignalState.Present, TimelineAnswers.Because(TimelineBasis.ProgressSinceInterview, progress, progress[0].OccurredAt));
        }
    }

    private static void Fact(TimelineAnswers answers, string id, FactValue value, AnswerProvenance why)
    {
        if (answers.Set.TryGetFact(id, out _))
        {
            answers.Fact(id, value, why);
        }
    }

    /// <summary>A number within the fact's declared bounds: a ten-hour assessment day is the longest interview the set takes.</summary>
    private static void Number(TimelineAnswers answers, string id, double value, AnswerProvenance why)
    {
        if (answers.Set.TryGetFact(id, out var fact))
        {
            var bounded = Math.Max(fact.Minimum ?? double.MinValue, Math.Min(fact.Maximum ?? double.MaxValue, value));
            answers.Fact(id, FactValue.FromNumber(bounded), why);
        }
    }
}

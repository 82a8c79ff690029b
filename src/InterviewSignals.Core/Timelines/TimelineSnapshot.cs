using System;
using System.Collections.Generic;
using System.Linq;

namespace InterviewSignals.Timelines;

/// <summary>
/// A timeline as of an instant: the events up to it, where the application stands, its interviews, and what the
/// candidate has seen. This is what a <see cref="ITimelineMapping"/> reads. Immutable and thread-safe.
/// </summary>
public sealed class TimelineSnapshot
{
    private readonly Dictionary<string, TimelineInterview> _interviewsById;

    internal TimelineSnapshot(ApplicationEvent[] events, DateTimeOffset asOf)
    {
        AsOf = asOf;
        Events = Array.AsReadOnly(events);
        (Status, Decision) = StatusOf(events);
        var interviews = InterviewsOf(events, asOf);
        _interviewsById = interviews.ToDictionary(i => i.Id, StringComparer.Ordinal);
        Interviews = interviews.AsReadOnly();
        LastHeldInterview = interviews.Where(i => i.IsHeld).OrderBy(i => i.End).ThenBy(i => i.Start).ThenBy(i => i.Id, StringComparer.Ordinal).LastOrDefault();
        Promise = events.LastOrDefault(e => e.Kind == ApplicationEventKind.PromiseRecorded);
        LastCandidateContact = LastContactOf(events, interviews, asOf);
    }

    /// <summary>Gets the instant the snapshot is taken as of.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>Gets the events up to <see cref="AsOf"/>, in timeline order.</summary>
    public IReadOnlyList<ApplicationEvent> Events { get; }

    /// <summary>Gets where the application stands: the last decision, unless a later event reopened it; erased once deleted or anonymised.</summary>
    public ApplicationStatus Status { get; }

    /// <summary>Gets the event that set <see cref="Status"/>: the decision, or the deletion or anonymisation.</summary>
    /// <value><see langword="null"/> while the application is active.</value>
    public ApplicationEvent? Decision { get; }

    /// <summary>Gets the interviews with known times, by start.</summary>
    public IReadOnlyList<TimelineInterview> Interviews { get; }

    /// <summary>Gets the interview that ended last among those that took place.</summary>
    /// <value><see langword="null"/> before any interview.</value>
    public TimelineInterview? LastHeldInterview { get; }

    /// <summary>Gets the latest promise recorded.</summary>
    /// <value><see langword="null"/> when nobody recorded one.</value>
    public ApplicationEvent? Promise { get; }

    /// <summary>
    /// Gets the last time the candidate heard from or met anyone: a candidate-facing contact, an offer, an invitation
    /// to an interview, or the end of an interview that took place.
    /// </summary>
    /// <value><see langword="null"/> when nothing reached the candidate.</value>
    public DateTimeOffset? LastCandidateContact { get; }

    /// <summary>
    /// Lists what reached the candidate after an instant: candidate-facing contacts and offers made after it, and the
    /// invitation to any interview that starts after it, whenever it was sent (the candidate knows their next step).
    /// </summary>
    /// <param name="instant">The instant, for example the end of the last interview.</param>
    /// <returns>The events, in timeline order.</returns>
    public IReadOnlyList<ApplicationEvent> CandidateContactsSince(DateTimeOffset instant)
    {
        var found = new List<ApplicationEvent>();
        foreach (var e in Events)
        {
            var reached = e.Kind switch
            {
                ApplicationEventKind.CandidateContacted => e.Contact!.CandidateFacing && e.OccurredAt > instant,
                ApplicationEventKind.OfferExtended => e.OccurredAt > instant,
                ApplicationEventKind.InterviewScheduled or ApplicationEventKind.InterviewHeld => IsInvitation(e) && _interviewsById[e.InterviewId!].Start > instant,
                _ => false,
            };
            if (reached)
            {
                found.Add(e);
            }
        }

        return found.AsReadOnly();
    }

    /// <summary>
    /// Lists the stage moves after an instant that take the application further: a move counts unless both its order
    /// and the order of the stage before it are known and it is not higher, or it re-enters the stage it left.
    /// </summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The events, in timeline order.</returns>
    public IReadOnlyList<ApplicationEvent> ProgressSince(DateTimeOffset instant)
    {
        var found = new List<ApplicationEvent>();
        int? order = null;
        foreach (var e in Events.Where(e => e.Kind == ApplicationEventKind.StageAdvanced))
        {
            var s = e.Stage!;
            var forward = !(s.Order is int to && order is int from && to <= from) && !string.Equals(s.From, s.To, StringComparison.Ordinal);
            if (forward && e.OccurredAt > instant)
            {
                found.Add(e);
            }

            order = s.Order ?? order;
        }

        return found.AsReadOnly();
    }

    private bool IsInvitation(ApplicationEvent e)
        => _interviewsById.TryGetValue(e.InterviewId!, out var interview) && ReferenceEquals(interview.Events[0], e);

    private static (ApplicationStatus, ApplicationEvent?) StatusOf(ApplicationEvent[] events)
    {
        var status = ApplicationStatus.Active;
        ApplicationEvent? decision = null;
        foreach (var e in events)
        {
            if (e.Kind is ApplicationEventKind.Deleted or ApplicationEventKind.Anonymised)
            {
                return (ApplicationStatus.Erased, e);
            }

            if (e.Kind == ApplicationEventKind.Reopened)
            {
                (status, decision) = (ApplicationStatus.Active, null);
            }
            else if (e.IsDecision)
            {
                status = e.Kind switch
                {
                    ApplicationEventKind.Hired => ApplicationStatus.Hired,
                    ApplicationEventKind.Rejected => ApplicationStatus.Rejected,
                    ApplicationEventKind.Archived => ApplicationStatus.Archived,
                    _ => ApplicationStatus.Withdrawn,
                };
                decision = e;
            }
        }

        return (status, decision);
    }

    private static List<TimelineInterview> InterviewsOf(ApplicationEvent[] events, DateTimeOffset asOf)
    {
        var interviews = new List<TimelineInterview>();
        foreach (var group in events.Where(e => e.InterviewId is not null).GroupBy(e => e.InterviewId!, StringComparer.Ordinal))
        {
            var list = group.ToList();
            var withTimes = list.Where(e => e.Interview is not null).ToList();
            if (withTimes.Count == 0)
            {
                continue; // called off before anything said when it was
            }

            var details = withTimes[withTimes.Count - 1].Interview!;
            var feedback = withTimes.LastOrDefault(e => e.Interview!.Feedback != FeedbackState.Unknown)?.Interview!.Feedback ?? FeedbackState.Unknown;
            var cancelled = list[list.Count - 1].Kind == ApplicationEventKind.InterviewCancelled;
            var held = !cancelled && details.Start <= asOf && (list.Exists(e => e.Kind == ApplicationEventKind.InterviewHeld) || details.End <= asOf);
            interviews.Add(new TimelineInterview(group.Key, details with { Feedback = feedback }, cancelled, held, list.AsReadOnly()));
        }

        interviews.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Id, b.Id));
        return interviews;
    }

    private static DateTimeOffset? LastContactOf(ApplicationEvent[] events, List<TimelineInterview> interviews, DateTimeOffset asOf)
    {
        DateTimeOffset? last = null;
        void Consider(DateTimeOffset at) => last = last is { } l && l >= at ? l : at;
        foreach (var e in events)
        {
            if (e.Kind == ApplicationEventKind.OfferExtended || (e.Kind == ApplicationEventKind.CandidateContacted && e.Contact!.CandidateFacing))
            {
                Consider(e.OccurredAt);
            }
        }

        foreach (var i in interviews)
        {
            // The invitation, when it came before the interview: a first report after it says nothing new to the candidate.
            if (i.Events[0].OccurredAt <= i.Start)
            {
                Consider(i.Events[0].OccurredAt);
            }

            if (i.IsHeld)
            {
                Consider(i.End <= asOf ? i.End : asOf);
            }
        }

        return last;
    }
}

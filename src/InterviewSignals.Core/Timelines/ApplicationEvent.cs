using System;
using System.Globalization;
using InterviewSignals.Internal;

namespace InterviewSignals.Timelines;

/// <summary>
/// One thing that happened to an application, as any applicant tracking system could report it: what, when, and the
/// details its kind carries. The id is the host's identity of the event (for example the system's own event id):
/// a timeline keeps one event per id, so a redelivered event counts once. Immutable; equal when every part is equal.
/// </summary>
public sealed class ApplicationEvent : IEquatable<ApplicationEvent>
{
    private readonly string _canonical;

    private ApplicationEvent(string id, ApplicationEventKind kind, DateTimeOffset occurredAt, StageChange? stage, string? interviewId, InterviewDetails? interview, CandidateContact? contact, RecordedPromise? promise)
    {
        Id = id;
        Kind = kind;
        OccurredAt = occurredAt;
        Stage = stage;
        InterviewId = interviewId;
        Interview = interview;
        Contact = contact;
        Promise = promise;
        _canonical = Canonical();
    }

    /// <summary>Gets the host's identity of the event; a timeline keeps one event per id.</summary>
    public string Id { get; }

    /// <summary>Gets what happened.</summary>
    public ApplicationEventKind Kind { get; }

    /// <summary>Gets when it happened (for an interview, when it was scheduled, moved or marked; the interview's own times are in <see cref="Interview"/>).</summary>
    public DateTimeOffset OccurredAt { get; }

    /// <summary>Gets the stage change of a <see cref="ApplicationEventKind.StageAdvanced"/> event.</summary>
    /// <value><see langword="null"/> for other kinds.</value>
    public StageChange? Stage { get; }

    /// <summary>Gets the system's id of the interview an interview event is about: events with the same interview id describe one interview.</summary>
    /// <value><see langword="null"/> for kinds other than the interview ones.</value>
    public string? InterviewId { get; }

    /// <summary>Gets the interview's times, interviewers and feedback, for <see cref="ApplicationEventKind.InterviewScheduled"/> and <see cref="ApplicationEventKind.InterviewHeld"/>.</summary>
    /// <value><see langword="null"/> for other kinds.</value>
    public InterviewDetails? Interview { get; }

    /// <summary>Gets the contact of a <see cref="ApplicationEventKind.CandidateContacted"/> event.</summary>
    /// <value><see langword="null"/> for other kinds.</value>
    public CandidateContact? Contact { get; }

    /// <summary>Gets the promise of a <see cref="ApplicationEventKind.PromiseRecorded"/> event.</summary>
    /// <value><see langword="null"/> for other kinds.</value>
    public RecordedPromise? Promise { get; }

    /// <summary>Gets a value indicating whether the event is a decision that ends the process: hired, rejected, archived or withdrawn.</summary>
    public bool IsDecision => Kind is ApplicationEventKind.Hired or ApplicationEventKind.Rejected or ApplicationEventKind.Archived or ApplicationEventKind.Withdrawn;

    /// <summary>Records that the candidate applied.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="occurredAt">When.</param>
    /// <returns>The event.</returns>
    public static ApplicationEvent Applied(string id, DateTimeOffset occurredAt) => Create(id, ApplicationEventKind.Applied, occurredAt);

    /// <summary>Records a move to another stage.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="occurredAt">When.</param>
    /// <param name="stage">The stage entered, and the one left and the entered stage's order when known.</param>
    /// <returns>The event.</returns>
    public static ApplicationEvent StageAdvanced(string id, DateTimeOffset occurredAt, StageChange stage)
        => Create(id, ApplicationEventKind.StageAdvanced, occurredAt, stage: Guard.NotNull(stage));

    /// <summary>Records that an interview was scheduled or moved: the candidate is invited for its times.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="occurredAt">When it was scheduled or moved.</param>
    /// <param name="interviewId">The system's id of the interview.</param>
    /// <param name="interview">Its times, interviewers and feedback.</param>
    /// <returns>The event.</returns>
    public static ApplicationEvent InterviewScheduled(string id, DateTimeOffset occurredAt, string interviewId, InterviewDetails interview)
        => Create(id, ApplicationEventKind.InterviewScheduled, occurredAt, interviewId: Guard.NotNullOrWhiteSpace(interviewId), interview: Guard.NotNull(interview));

    /// <summary>Records that an interview took place.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="occurredAt">When the system marked it (at or after its end, usually).</param>
    /// <param name="interviewId">The system's id of the interview.</param>
    /// <param name="interview">Its times, interviewers and feedback.</param>
    /// <returns>The event.</returns>
    public static ApplicationEvent InterviewHeld(string id, DateTimeOffset occurredAt, string interviewId, InterviewDetails interview)
        => Create(id, ApplicationEventKind.InterviewHeld, occurredAt, interviewId: Guard.NotNullOrWhiteSpace(interviewId), interview: Guard.NotNull(interview));

    /// <summary>Records that an interview was called off; a later scheduling event for the same interview brings it back.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="occurredAt">When.</param>
    /// <param name="interviewId">The system's id of the interview.</param>
    /// <returns>The event.</returns>
    public static ApplicationEvent InterviewCancelled(string id, DateTimeOffset occurredAt, string interviewId)
        => Create(id, ApplicationEventKind.InterviewCancelled, occurredAt, interviewId: Guard.NotNullOrWhiteSpace(interviewId));

    /// <summary>Records a contact: an email, a call, a message, to the candidate or about them.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="occurredAt">When.</param>
    /// <param name="contact">How, and whether the candidate saw it.</param>
    /// <returns>The event.</returns>
    public static ApplicationEvent CandidateContacted(string id, DateTimeOffset occurredAt, CandidateContact contact)
        => Create(id, ApplicationEventKind.CandidateContacted, occurredAt, contact: Guard.NotNull(contact));

    /// <summary>Records a date the candidate was told they would hear by.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="occurredAt">When the promise was made or noted.</param>
    /// <param name="promise">The date and where it came from.</param>
    /// <returns>The event.</returns>
    public static ApplicationEvent PromiseRecorded(string id, DateTimeOffset occurredAt, RecordedPromise promise)
        => Create(id, ApplicationEventKind.PromiseRecorded, occurredAt, promise: Guard.NotNull(promise));

    /// <summary>Records that an offer was sent.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="occurredAt">When.</param>
    /// <returns>The event.</returns>
    public static ApplicationEvent OfferExtended(string id, DateTimeOffset occurredAt) => Create(id, ApplicationEventKind.OfferExtended, occurredAt);

    /// <summary>Records a rejection.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="occurredAt">When.</param>
    /// <returns>The event.</returns>
    public static ApplicationEvent Rejected(string id, DateTimeOffset occurredAt) => Create(id, ApplicationEventKind.Rejected, occurredAt);

    /// <summary>Records that the application was archived without a hire.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="occurredAt">When.</param>
    /// <returns>The event.</returns>
    public static ApplicationEvent Archived(string id, DateTimeOffset occurredAt) => Create(id, ApplicationEventKind.Archived, occurredAt);

    /// <summary>Records a hire.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="occurredAt">When.</param>
    /// <returns>The event.</returns>
    public static ApplicationEvent Hired(string id, DateTimeOffset occurredAt) => Create(id, ApplicationEventKind.Hired, occurredAt);

    /// <summary>Records that the candidate withdrew.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="occurredAt">When.</param>
    /// <returns>The event.</returns>
    public static ApplicationEvent Withdrawn(string id, DateTimeOffset occurredAt) => Create(id, ApplicationEventKind.Withdrawn, occurredAt);

    /// <summary>Records that an earlier decision was undone.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="occurredAt">When.</param>
    /// <returns>The event.</returns>
    public static ApplicationEvent Reopened(string id, DateTimeOffset occurredAt) => Create(id, ApplicationEventKind.Reopened, occurredAt);

    /// <summary>Records that the application or its candidate was deleted or merged away.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="occurredAt">When.</param>
    /// <returns>The event.</returns>
    public static ApplicationEvent Deleted(string id, DateTimeOffset occurredAt) => Create(id, ApplicationEventKind.Deleted, occurredAt);

    /// <summary>Records that the candidate was anonymised.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="occurredAt">When.</param>
    /// <returns>The event.</returns>
    public static ApplicationEvent Anonymised(string id, DateTimeOffset occurredAt) => Create(id, ApplicationEventKind.Anonymised, occurredAt);

    /// <summary>
    /// Creates an event of any kind from its parts, for hosts that store events and read them back: each kind takes
    /// exactly the details its factory takes (a stage for <see cref="ApplicationEventKind.StageAdvanced"/>, an interview
    /// id and details for the scheduled and held kinds, an interview id for a cancellation, a contact, a promise) and
    /// no others.
    /// </summary>
    /// <param name="id">The event's id.</param>
    /// <param name="kind">What happened.</param>
    /// <param name="occurredAt">When.</param>
    /// <param name="stage">The stage change, for a stage event.</param>
    /// <param name="interviewId">The interview's id, for an interview event.</param>
    /// <param name="interview">The interview's details, for a scheduled or held interview.</param>
    /// <param name="contact">The contact, for a contact event.</param>
    /// <param name="promise">The promise, for a promise event.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">A detail is missing, given to a kind that does not take it, or out of range.</exception>
    public static ApplicationEvent Create(string id, ApplicationEventKind kind, DateTimeOffset occurredAt, StageChange? stage = null, string? interviewId = null, InterviewDetails? interview = null, CandidateContact? contact = null, RecordedPromise? promise = null)
    {
        Guard.NotNullOrWhiteSpace(id);
        Expect(kind, stage, kind == ApplicationEventKind.StageAdvanced, "stage", nameof(stage));
        Expect(kind, interviewId, kind is ApplicationEventKind.InterviewScheduled or ApplicationEventKind.InterviewHeld or ApplicationEventKind.InterviewCancelled, "interview id", nameof(interviewId));
        Expect(kind, interview, kind is ApplicationEventKind.InterviewScheduled or ApplicationEventKind.InterviewHeld, "interview details", nameof(interview));
        Expect(kind, contact, kind == ApplicationEventKind.CandidateContacted, "contact", nameof(contact));
        Expect(kind, promise, kind == ApplicationEventKind.PromiseRecorded, "promise", nameof(promise));
        if (stage is not null && string.IsNullOrWhiteSpace(stage.To))
        {
            throw new ArgumentException(TimelineMessages.StageNeedsName(), nameof(stage));
        }

        if (interview is not null)
        {
            if (interview.End < interview.Start)
            {
                throw new ArgumentException(TimelineMessages.InterviewEndsBeforeStart(interview.Start, interview.End), nameof(interview));
            }

            if (interview.InterviewerCount is < 1)
            {
                throw new ArgumentException(TimelineMessages.InterviewerCountAtLeastOne(interview.InterviewerCount.Value), nameof(interview));
            }
        }

        return new ApplicationEvent(id, kind, occurredAt, stage, interviewId is null ? null : Guard.NotNullOrWhiteSpace(interviewId), interview, contact, promise);
    }

    /// <inheritdoc/>
    public bool Equals(ApplicationEvent? other) => other is not null && string.Equals(_canonical, other._canonical, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ApplicationEvent other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_canonical);

    /// <summary>Describes the event: its kind, id and instant.</summary>
    /// <returns>For example <c>InterviewHeld e-7 at 2026-11-04T15:00:00.0000000+00:00</c>.</returns>
    public override string ToString() => FormattableString.Invariant($"{Kind} {Id} at {OccurredAt:O}");

    /// <summary>The order a timeline keeps: by instant, then kind, then id, then content, so that any arrival order gives the same timeline.</summary>
    internal static int Compare(ApplicationEvent a, ApplicationEvent b)
    {
        var c = a.OccurredAt.UtcTicks.CompareTo(b.OccurredAt.UtcTicks);
        if (c == 0)
        {
            c = a.Kind.CompareTo(b.Kind);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Id, b.Id);
        }

        return c != 0 ? c : string.CompareOrdinal(a._canonical, b._canonical);
    }

    private static void Expect(ApplicationEventKind kind, object? detail, bool takes, string what, string parameter)
    {
        if (takes && detail is null)
        {
            throw new ArgumentException(TimelineMessages.DetailNeeded(kind, what), parameter);
        }

        if (!takes && detail is not null)
        {
            throw new ArgumentException(TimelineMessages.DetailNotTaken(kind, what), parameter);
        }
    }

    private static string Instant(DateTimeOffset d) => d.ToString("O", CultureInfo.InvariantCulture);

    private string Canonical()
    {
        // Every part, written without culture data; instants keep their offset, so equal events are equal to the tick and the offset.
        var s = FormattableString.Invariant($"{(int)Kind}|{Id.Length}:{Id}|{Instant(OccurredAt)}");
        if (Stage is { } st)
        {
            s += FormattableString.Invariant($"|stage {st.To.Length}:{st.To}|{st.From?.Length}:{st.From}|{st.Order}");
        }

        if (InterviewId is not null)
        {
            s += FormattableString.Invariant($"|interview {InterviewId.Length}:{InterviewId}");
        }

        if (Interview is { } i)
        {
            s += FormattableString.Invariant($"|{Instant(i.Start)}|{Instant(i.End)}|{i.InterviewerCount}|{(int)i.Feedback}");
        }

        if (Contact is { } c)
        {
            s += FormattableString.Invariant($"|contact {(int)c.Channel}|{c.CandidateFacing}");
        }

        if (Promise is { } p)
        {
            s += FormattableString.Invariant($"|promise {Instant(p.By)}|{(int)p.Source}|{p.Words?.Length}:{p.Words}");
        }

        return s;
    }
}

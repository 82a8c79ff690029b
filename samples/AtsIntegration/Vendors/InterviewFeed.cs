using System.Globalization;
using System.Text.Json;
using InterviewSignals.Timelines;

namespace AtsIntegration.Vendors;

/// <summary>
/// <c>POST /api/interviews?source=…</c>: interview times a poller fetched from the tracking system (Greenhouse sends no
/// webhook when an interview is scheduled; Lever's interview webhooks carry ids only), as
/// <c>{"interviews": [{"applicationId", "interviewId", "status", "start", "end", "interviewers", "feedback",
/// "scheduledAt", "updatedAt", "notes"}]}</c>. Each interview is one delivery, identified by its id, status and
/// <c>updatedAt</c>. The recruiter's notes, when given, are read for a promised date.
/// </summary>
public static class InterviewFeed
{
    public const string EventType = "interview";

    public static DeliveryRead Read(string source, JsonElement root, RecruiterNotes notes)
    {
        var r = new PayloadReader(root);
        var items = r.Array("interviews");
        var deliveries = new List<Delivery>();
        for (var i = 0; i < items.Count; i++)
        {
            var delivery = ReadOne(source, new PayloadReader(items[i]), notes, out var problem);
            if (problem is not null)
            {
                return DeliveryRead.Invalid($"interviews[{i}]: {problem}");
            }

            deliveries.Add(delivery! with { Raw = System.Text.Encoding.UTF8.GetBytes(items[i].GetRawText()) });
        }

        return r.Problem is { } p ? DeliveryRead.Invalid(p) : new DeliveryRead(deliveries);
    }

    private static Delivery? ReadOne(string source, PayloadReader r, RecruiterNotes notes, out string? problem)
    {
        var application = r.Id("applicationId");
        var interview = r.Id("interviewId");
        var status = r.Id("status");
        var updated = r.Time("updatedAt");
        var ms = updated.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var id = $"{source}:{application}:interview:{interview}";
        if (r.Problem is not null || status is not ("scheduled" or "held" or "cancelled"))
        {
            problem = r.Problem ?? "status must be scheduled, held or cancelled";
            return null;
        }

        var events = new List<ApplicationEvent>();
        if (status == "cancelled")
        {
            events.Add(ApplicationEvent.InterviewCancelled($"{id}:cancelled:{ms}", updated, interview));
        }
        else
        {
            var count = r.Element("interviewers") is { ValueKind: JsonValueKind.Number } n && n.TryGetInt32(out var c) ? c : (int?)null;
            var feedback = r.OptionalId("feedback") switch { "pending" => FeedbackState.Pending, "submitted" => FeedbackState.Submitted, _ => FeedbackState.Unknown };
            var details = new InterviewDetails(r.Time("start"), r.Time("end"), count, feedback);
            if (r.Problem is not null)
            {
                problem = r.Problem;
                return null;
            }

            // The invitation, when it went out; then the latest state.
            var invited = r.OptionalTime("scheduledAt") ?? updated;
            events.Add(ApplicationEvent.InterviewScheduled($"{id}:invited", invited, interview, details with { Feedback = FeedbackState.Unknown }));
            events.Add(status == "held"
                ? ApplicationEvent.InterviewHeld($"{id}:held:{ms}", updated, interview, details)
                : ApplicationEvent.InterviewScheduled($"{id}:scheduled:{ms}", updated, interview, details));
            // Notes on a held interview were written as it ended: "by Friday" counts from then.
            var written = status == "held" && details.End < updated ? details.End : updated;
            if (r.OptionalId("notes") is { } text && notes.Promise(text, written) is { } promise)
            {
                events.Add(ApplicationEvent.PromiseRecorded($"{id}:notes:{ms}", written, promise));
            }
        }

        problem = null;
        return new Delivery { Source = source, Key = $"{interview}:{status}:{ms}", EventType = EventType, ApplicationId = application, Events = events };
    }
}

using System.Globalization;
using System.Text.Json;
using InterviewSignals.Timelines;

namespace AtsIntegration.Vendors;

/// <summary>
/// Ashby webhooks: <c>{"webhookActionId": …, "action": …, "data": {…}}</c>. One action can fire several related
/// webhooks with the same <c>webhookActionId</c> (a hire also sends a stage change and an application update), so a
/// delivery is identified by the id with the action, and the events they share carry the same event id.
/// </summary>
public static class AshbyWebhook
{
    public const string Source = "ashby";
    private const string App = "data.application.";

    public static DeliveryRead Read(JsonElement root)
    {
        var r = new PayloadReader(root);
        var actionId = r.Id("webhookActionId");
        var action = r.Id("action");
        if (r.Problem is { } envelope)
        {
            return DeliveryRead.Invalid(envelope);
        }

        var d = new Delivery { Source = Source, Key = actionId + ":" + action, EventType = action };
        var read = action switch
        {
            "applicationSubmit" => Application(r, d, (id, _) => [ApplicationEvent.Applied($"{Source}:{id}:applied", r.Time(App + "createdAt"))]),
            "candidateStageChange" or "applicationUpdate" => Application(r, d, (id, updated) => StageAndStatus(r, id, updated)),
            "candidateHire" => Application(r, d, (id, updated) => [ApplicationEvent.Hired($"{Source}:{id}:hired", updated)]),
            "interviewScheduleCreate" or "interviewScheduleUpdate" => Schedule(r, d),
            "candidateDelete" => DeliveryRead.Of(d with { Erase = [new Erasure(null, r.Id("data.candidate.id"))] }),
            "candidateMerge" => DeliveryRead.Of(d with { Erase = [new Erasure(null, r.Id("data.deletedCandidate.id"))] }),
            _ => DeliveryRead.Ignore($"Ashby '{action}' says nothing about a candidate's wait."),
        };
        return r.Problem is { } problem ? DeliveryRead.Invalid(problem) : read;
    }

    private static string Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static DeliveryRead Application(PayloadReader r, Delivery d, Func<string, DateTimeOffset, List<ApplicationEvent>> events)
    {
        var id = r.Id(App + "id");
        var updated = r.Time(App + "updatedAt");
        if (r.Problem is not null)
        {
            return DeliveryRead.Invalid(r.Problem);
        }

        return DeliveryRead.Of(d with { ApplicationId = id, CandidateId = r.OptionalId(App + "candidate.id"), Events = events(id, updated) });
    }

    /// <summary>The stage the application is in, with its order in the plan; an archived or hired status is the decision.</summary>
    private static List<ApplicationEvent> StageAndStatus(PayloadReader r, string id, DateTimeOffset updated)
    {
        var events = new List<ApplicationEvent>();
        if (r.OptionalId(App + "currentInterviewStage.id") is { } stage)
        {
            var order = r.Element(App + "currentInterviewStage.orderInInterviewPlan") is { ValueKind: JsonValueKind.Number } o && o.TryGetInt32(out var n) ? n : (int?)null;
            var title = r.OptionalId(App + "currentInterviewStage.title") ?? stage;
            events.Add(ApplicationEvent.StageAdvanced($"{Source}:{id}:stage:{stage}:{Ms(updated)}", updated, new StageChange(title, Order: order)));
        }

        switch (r.OptionalId(App + "status"))
        {
            case "Archived":
                var archived = r.OptionalTime(App + "archivedAt") ?? updated;
                events.Add(ApplicationEvent.Archived($"{Source}:{id}:archived:{Ms(archived)}", archived));
                break;
            case "Hired":
                events.Add(ApplicationEvent.Hired($"{Source}:{id}:hired", updated));
                break;
        }

        return events;
    }

    private static DeliveryRead Schedule(PayloadReader r, Delivery d)
    {
        const string S = "data.interviewSchedule.";
        var application = r.Id(S + "applicationId");
        var status = r.Id(S + "status");
        var updated = r.Time(S + "updatedAt");
        var events = new List<ApplicationEvent>();
        foreach (var e in r.Array(S + "interviewEvents"))
        {
            var interview = r.Id("id", e);
            var id = $"{Source}:{application}:interview:{interview}:{status}:{Ms(updated)}";
            if (status == "Cancelled")
            {
                events.Add(ApplicationEvent.InterviewCancelled(id, updated, interview));
                continue;
            }

            var feedback = r.Element("hasSubmittedFeedback", e) is { ValueKind: JsonValueKind.True or JsonValueKind.False } submitted
                ? submitted.GetBoolean() ? FeedbackState.Submitted : FeedbackState.Pending
                : FeedbackState.Unknown;
            var interviewers = r.Element("interviewers", e) is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0 ? list.GetArrayLength() : (int?)null;
            var details = new InterviewDetails(r.Time("startTime", e), r.Time("endTime", e), interviewers, feedback);
            if (r.Problem is not null)
            {
                return DeliveryRead.Invalid(r.Problem);
            }

            switch (status)
            {
                case "Scheduled":
                    events.Add(ApplicationEvent.InterviewScheduled(id, updated, interview, details));
                    break;
                case "WaitingOnFeedback" or "Complete":
                    events.Add(ApplicationEvent.InterviewHeld(id, updated, interview, details));
                    break;
            }
        }

        return events.Count == 0 && r.Problem is null
            ? DeliveryRead.Ignore($"An interview schedule in status '{status}' is not in anyone's calendar yet.")
            : DeliveryRead.Of(d with { ApplicationId = application, CandidateId = r.OptionalId(S + "candidateId"), Events = events });
    }
}

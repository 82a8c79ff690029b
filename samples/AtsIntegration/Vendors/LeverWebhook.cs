using System.Globalization;
using System.Text.Json;
using InterviewSignals.Timelines;

namespace AtsIntegration.Vendors;

/// <summary>
/// Lever webhooks: <c>{"triggeredAt": ms, "event": …, "data": {…}, "token": …, "signature": …}</c>. They carry ids
/// only, so this maps what they say (a stage change is progress; a hire or an archive is a decision) and a real
/// integration fetches the rest: the stage names and order from <c>GET /v1/stages</c>, an interview's times from
/// <c>GET /v1/opportunities/{opportunity}/interviews/{interview}</c> (posted here to
/// <c>/api/interviews?source=lever</c>), and the last contact from the opportunity's <c>lastInteractionAt</c>.
/// </summary>
public static class LeverWebhook
{
    public const string Source = "lever";

    public static DeliveryRead Read(JsonElement root)
    {
        var r = new PayloadReader(root);
        var type = r.Id("event");
        var at = r.EpochMilliseconds("triggeredAt");
        if (r.Problem is { } envelope)
        {
            return DeliveryRead.Invalid(envelope);
        }

        var opportunity = r.OptionalId("data.opportunityId");
        var ms = at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

        // Lever's own event id when it sends one; otherwise the event, the opportunity and the instant it fired.
        var d = new Delivery
        {
            Source = Source,
            Key = r.OptionalId("id") ?? $"{type}:{opportunity}:{ms}",
            EventType = type,
            ApplicationId = opportunity,
            CandidateId = r.OptionalId("data.contactId"),
        };
        string Id(params string[] parts) => $"{Source}:{opportunity}:{string.Join(':', parts)}";

        if (opportunity is null)
        {
            // The "send test" button of Lever's settings page posts candidateHired with empty data.
            return type is "candidateHired" or "interviewCreated" or "interviewUpdated" or "contactCreated" or "contactUpdated" or "applicationCreated"
                ? DeliveryRead.Ignore($"Lever '{type}' names no opportunity (a test delivery).")
                : DeliveryRead.Invalid("missing or invalid: data.opportunityId");
        }

        DeliveryRead read = type switch
        {
            "applicationCreated" => DeliveryRead.Of(d with { Events = [ApplicationEvent.Applied(Id("applied"), at)] }),
            "candidateStageChange" => WithId(r, "data.toStageId", to => d with { Events = [ApplicationEvent.StageAdvanced(Id("stage", to, ms), at, new StageChange(to, r.OptionalId("data.fromStageId")))] }),
            "candidateHired" => DeliveryRead.Of(d with { Events = [ApplicationEvent.Hired(Id("hired", ms), at)] }),
            "candidateArchiveChange" => r.Element("data.toArchived") is { ValueKind: JsonValueKind.Object } archived
                ? DeliveryRead.Of(d with { Events = [ApplicationEvent.Archived(Id("archived", ms), r.OptionalEpochMilliseconds("archivedAt", archived) ?? at)] })
                : DeliveryRead.Of(d with { Events = [ApplicationEvent.Reopened(Id("unarchived", ms), at)] }),
            "candidateDeleted" => DeliveryRead.Of(d with { Erase = [new Erasure(opportunity, d.CandidateId)] }),
            "interviewDeleted" => WithId(r, "data.interviewId", interview => d with { Events = [ApplicationEvent.InterviewCancelled(Id("interview", interview, "deleted"), at, interview)] }),
            "interviewCreated" or "interviewUpdated" => DeliveryRead.Ignore("Lever sends the interview's ids only: fetch it from the Lever API and post its times to /api/interviews?source=lever."),
            _ => DeliveryRead.Ignore($"Lever '{type}' says nothing about a candidate's wait."),
        };
        return r.Problem is { } problem ? DeliveryRead.Invalid(problem) : read;
    }

    /// <summary>A delivery that needs one more id; without it the body is invalid.</summary>
    private static DeliveryRead WithId(PayloadReader r, string path, Func<string, Delivery> make)
        => r.OptionalId(path) is { } id ? DeliveryRead.Of(make(id)) : DeliveryRead.Invalid("missing or invalid: " + path);
}

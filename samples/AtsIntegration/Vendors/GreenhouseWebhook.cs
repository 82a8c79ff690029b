using System.Security.Cryptography;
using System.Text.Json;
using InterviewSignals.Timelines;

namespace AtsIntegration.Vendors;

/// <summary>
/// Greenhouse recruiting webhooks: <c>{"action": …, "payload": {…}}</c>, one delivery id in the
/// <c>Greenhouse-Event-ID</c> header. Greenhouse sends no webhook when an interview is scheduled or a scorecard
/// submitted: a real integration polls Harvest's <c>GET /v1/scheduled_interviews?updated_after=…</c> and posts the
/// interviews to <c>/api/interviews?source=greenhouse</c>; emails to the candidate live in Harvest's activity feed.
/// </summary>
public static class GreenhouseWebhook
{
    public const string Source = "greenhouse";

    public static DeliveryRead Read(JsonElement root, string? deliveryId, byte[] body, DateTimeOffset receivedAt)
    {
        var r = new PayloadReader(root);
        var action = r.Id("action");
        if (r.Problem is { } noAction)
        {
            return DeliveryRead.Invalid(noAction);
        }

        // The header identifies a delivery; without it the bytes themselves do.
        var key = deliveryId is { Length: > 0 } ? deliveryId : "body:" + Convert.ToHexStringLower(SHA256.HashData(body));
        var d = new Delivery { Source = Source, Key = key, EventType = action };
        const string App = "payload.application.";
        DeliveryRead? read = null;
        try
        {
            read = action switch
            {
                "new_candidate_application" => OnApplication(r, d, a => ApplicationEvent.Applied(Id(a, "applied"), r.Time(App + "applied_at"))),
                "candidate_stage_change" => OnApplication(r, d, a =>
                {
                    var at = r.Time(App + "last_activity_at");
                    var stage = r.Id(App + "current_stage.id");
                    return ApplicationEvent.StageAdvanced(Id(a, "stage", stage, Ms(at)), at, new StageChange(r.OptionalId(App + "current_stage.name") ?? stage));
                }),
                "reject_candidate" => OnApplication(r, d, a => Decision(ApplicationEvent.Rejected, a, "rejected", r.OptionalTime(App + "rejected_at") ?? r.Time(App + "last_activity_at"))),
                "hire_candidate" => OnApplication(r, d, a => Decision(ApplicationEvent.Hired, a, "hired", r.OptionalTime(App + "offer.resolved_at") ?? r.Time(App + "last_activity_at"))),
                "unreject_candidate" or "unhire_candidate" => OnApplication(r, d, a => Decision(ApplicationEvent.Reopened, a, "reopened", r.Time(App + "last_activity_at"))),
                "offer_created" or "offer_approved" or "offer_updated" => Offer(r, d),
                "delete_application" => Erase(r, d, new Erasure(r.Id(App + "id"), r.OptionalId(App + "candidate_id"))),
                "delete_candidate" => Erase(r, d, [new Erasure(null, r.Id("payload.person.id")), .. DeletedApplications(r)]),
                "merge_candidate" => Erase(r, d, new Erasure(null, r.Id("payload.person.id"))),
                "candidate_anonymized" => Erase(r, d, new Erasure(null, r.Id("payload.candidate_id"))),
                "interview_deleted" => InterviewDeleted(r, d, receivedAt),
                _ => DeliveryRead.Ignore($"Greenhouse '{action}' says nothing about a candidate's wait."),
            };
        }
        catch (ArgumentException) when (r.Problem is not null)
        {
            // A missing field made an event impossible; the problem names it.
        }

        return r.Problem is { } problem ? DeliveryRead.Invalid(problem) : read!;
    }

    private static string Id(string application, params string[] parts) => $"{Source}:{application}:{string.Join(':', parts)}";

    private static string Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ApplicationEvent Decision(Func<string, DateTimeOffset, ApplicationEvent> make, string application, string what, DateTimeOffset at)
        => make(Id(application, what, Ms(at)), at);

    private static DeliveryRead OnApplication(PayloadReader r, Delivery d, Func<string, ApplicationEvent> make)
    {
        var application = r.Id("payload.application.id");
        var e = make(application);
        return DeliveryRead.Of(d with { ApplicationId = application, CandidateId = r.OptionalId("payload.application.candidate.id"), Events = [e] });
    }

    /// <summary>Offer events are flat; an offer counts once it has been sent.</summary>
    private static DeliveryRead Offer(PayloadReader r, Delivery d)
    {
        var application = r.Id("payload.application_id");
        var offer = r.Id("payload.id");
        if (r.OptionalTime("payload.sent_on") is not { } sent)
        {
            return DeliveryRead.Ignore("The offer has not been sent to the candidate yet.");
        }

        return DeliveryRead.Of(d with { ApplicationId = application, Events = [ApplicationEvent.OfferExtended(Id(application, "offer", offer, "sent"), sent)] });
    }

    private static IEnumerable<Erasure> DeletedApplications(PayloadReader r)
        => r.Element("payload.person.deleted_application_ids") is { ValueKind: JsonValueKind.Array } ids
            ? ids.EnumerateArray().Select(i => new Erasure(i.ValueKind == JsonValueKind.String ? i.GetString() : i.GetRawText(), null))
            : [];

    private static DeliveryRead Erase(PayloadReader r, Delivery d, params Erasure[] erase) => DeliveryRead.Of(d with { Erase = erase });

    /// <summary>Fires when an interview is cancelled or deleted; it names the interview only, so the store finds its application.</summary>
    private static DeliveryRead InterviewDeleted(PayloadReader r, Delivery d, DateTimeOffset receivedAt)
    {
        var interview = r.Id("payload.interview.id");
        return DeliveryRead.Of(d with { Events = [ApplicationEvent.InterviewCancelled($"{Source}:interview:{interview}:deleted", receivedAt, interview)] });
    }
}

using System.Text.Json;
using AtsIntegration.Storage;
using AtsIntegration.Vendors;

namespace AtsIntegration.Webhooks;

/// <summary>
/// Receives one delivery: a body over <see cref="MaxBodyBytes"/> is 413; a missing or wrong signature is 401 and
/// nothing is stored; a signed body that is not JSON or lacks what it needs is 400; an event that says nothing about a
/// candidate's wait (a ping, a job change) is 202 and ignored; anything else is stored once (200, also for a
/// redelivery). Logs name the source, the event type and the outcome, never a secret, an id or a payload.
/// </summary>
public sealed class WebhookReceiver(AtsStore store, WebhookSecrets secrets, RecruiterNotes notes, TimeProvider clock, ILogger<WebhookReceiver> log)
{
    /// <summary>The largest body accepted: 512 KiB, well above the largest Greenhouse application payload.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    public Task<IResult> GreenhouseAsync(HttpRequest request)
        => ReceiveAsync(request, GreenhouseWebhook.Source, (body, secret) => WebhookSignatures.VerifyGreenhouse(request.Headers["Signature"], body, secret), (root, body) => GreenhouseWebhook.Read(root, request.Headers["Greenhouse-Event-ID"], body, clock.GetUtcNow()));

    public Task<IResult> LeverAsync(HttpRequest request)
        => ReceiveAsync(request, LeverWebhook.Source, WebhookSignatures.VerifyLever, (root, _) => LeverWebhook.Read(root));

    public Task<IResult> AshbyAsync(HttpRequest request)
        => ReceiveAsync(request, AshbyWebhook.Source, (body, secret) => WebhookSignatures.VerifyAshby(request.Headers["Ashby-Signature"], body, secret), (root, _) => AshbyWebhook.Read(root));

    /// <summary>Interview times from a poller, signed like a Greenhouse webhook with the secret of the system they came from.</summary>
    public Task<IResult> InterviewsAsync(HttpRequest request, string? source)
        => source is not null && WebhookSecrets.Keys.ContainsKey(source)
            ? ReceiveAsync(request, source, (body, secret) => WebhookSignatures.VerifyGreenhouse(request.Headers["Signature"], body, secret), (root, _) => InterviewFeed.Read(source, root, notes))
            : Task.FromResult(Refuse(StatusCodes.Status400BadRequest, "interviews", "source must be greenhouse, lever or ashby"));

    private async Task<IResult> ReceiveAsync(HttpRequest request, string source, Func<byte[], byte[], bool> verify, Func<JsonElement, byte[], DeliveryRead> read)
    {
        if (secrets.For(source) is not { } secret)
        {
            return Refuse(StatusCodes.Status503ServiceUnavailable, source, $"no secret is configured ({WebhookSecrets.Keys[source]})");
        }

        if (await BoundedBody.ReadAsync(request, MaxBodyBytes).ConfigureAwait(false) is not { } body)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, source, $"the body is larger than {MaxBodyBytes / 1024} KiB");
        }

        if (!verify(body, secret))
        {
            return Refuse(StatusCodes.Status401Unauthorized, source, "the signature is missing or wrong");
        }

        DeliveryRead result;
        try
        {
            using var doc = JsonDocument.Parse(body);
            result = read(doc.RootElement, body);
        }
        catch (JsonException)
        {
            return Refuse(StatusCodes.Status400BadRequest, source, "the body is not JSON");
        }
        catch (ArgumentException ex)
        {
            // A value the timeline refuses, such as an interview that ends before it starts; the message goes to the sender only.
            ReceiverLog.Refused(log, source, StatusCodes.Status400BadRequest, "a value is out of range");
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid delivery", detail: ex.Message);
        }

        if (result.Problem is { } problem)
        {
            return Refuse(StatusCodes.Status400BadRequest, source, problem);
        }

        if (result.IgnoredBecause is { } why)
        {
            ReceiverLog.Ignored(log, source);
            return Results.Json(new { status = "ignored", reason = why }, statusCode: StatusCodes.Status202Accepted);
        }

        var outcomes = new List<StoreOutcome>();
        foreach (var delivery in result.Deliveries)
        {
            var outcome = await store.StoreAsync(delivery, delivery.Raw ?? body, clock.GetUtcNow()).ConfigureAwait(false);
            ReceiverLog.Handled(log, source, delivery.EventType, outcome);
            outcomes.Add(outcome);
        }

        return outcomes.Count == 1
            ? Results.Json(new { status = Status(outcomes[0]) })
            : Results.Json(new { status = "stored", deliveries = outcomes.GroupBy(Status).ToDictionary(g => g.Key, g => g.Count()) });
    }

    private static string Status(StoreOutcome o) => o switch
    {
        StoreOutcome.Stored => "stored",
        StoreOutcome.Duplicate => "duplicate",
        _ => "erased",
    };

    private IResult Refuse(int status, string source, string reason)
    {
        ReceiverLog.Refused(log, source, status, reason);
        return Results.Problem(statusCode: status, title: "Delivery refused", detail: reason);
    }
}

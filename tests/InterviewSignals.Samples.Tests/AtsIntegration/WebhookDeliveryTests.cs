using System.Net;
using System.Text.Json;
using static InterviewSignals.Samples.Tests.AtsIntegration.Payloads;

namespace InterviewSignals.Samples.Tests.AtsIntegration;

/// <summary>What the receiver does with validly signed deliveries: store once, refuse what it cannot read, ignore what says nothing.</summary>
public sealed class WebhookDeliveryTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 9, 10, 0, 0, TimeSpan.Zero);

    private static Task<HttpResponseMessage> Greenhouse(Receiver r, byte[] body, string eventId = "a1c4e7f0-7701")
        => r.PostAsync("/webhooks/greenhouse", body, ("Signature", "sha256 " + Hmac(Receiver.Secret("greenhouse"), body)), ("Greenhouse-Event-ID", eventId));

    private static Task<HttpResponseMessage> Ashby(Receiver r, byte[] body)
        => r.PostAsync("/webhooks/ashby", body, ("Ashby-Signature", "sha256=" + Hmac(Receiver.Secret("ashby"), body)));

    private static Task<HttpResponseMessage> PostInterviews(Receiver r, string source, byte[] body)
        => r.PostAsync("/api/interviews?source=" + source, body, ("Signature", "sha256 " + Hmac(Receiver.Secret(source), body)));

    private static async Task<string> Status(HttpResponseMessage response)
        => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString()!;

    [Fact]
    public async Task A_redelivery_is_acknowledged_and_stored_once_by_the_vendors_own_identity_of_it()
    {
        await using var receiver = await Receiver.StartAsync();
        var body = GreenhouseStage(91002, 55002, Monday);

        Assert.Equal("stored", await Status(await Greenhouse(receiver, body)));
        Assert.Equal("duplicate", await Status(await Greenhouse(receiver, body)));
        Assert.Equal(1, receiver.Rows("deliveries"));
        Assert.Equal(1, receiver.Rows("events"));

        // The same bytes under another delivery id are another delivery, but the event in them is still one.
        Assert.Equal("stored", await Status(await Greenhouse(receiver, body, "a1c4e7f0-7702")));
        Assert.Equal(2, receiver.Rows("deliveries"));
        Assert.Equal(1, receiver.Rows("events"));
    }

    [Fact]
    public async Task Ashbys_related_webhooks_share_an_action_id_and_are_told_apart_by_their_action()
    {
        await using var receiver = await Receiver.StartAsync();
        object Application(string action) => new
        {
            webhookActionId = "90c2e5d7-shared",
            action,
            data = new { application = new { id = "b7e0-app", updatedAt = Iso(Monday), status = "Hired", candidate = new { id = "41fa-cand" }, currentInterviewStage = new { id = "hired", title = "Hired", orderInInterviewPlan = 4 } } },
        };

        Assert.Equal("stored", await Status(await Ashby(receiver, Json(Application("candidateHire")))));
        Assert.Equal("stored", await Status(await Ashby(receiver, Json(Application("candidateStageChange")))));
        Assert.Equal("duplicate", await Status(await Ashby(receiver, Json(Application("candidateStageChange")))));

        Assert.Equal(2, receiver.Rows("deliveries"));
        Assert.Equal(2, receiver.Rows("events")); // the hire once, and the stage
    }

    [Fact]
    public async Task Events_in_any_order_give_the_same_nudges()
    {
        var bodies = new List<(string Path, byte[] Body)>
        {
            ("gh", GreenhouseStage(91003, 55003, Monday.AddDays(-12))),
            ("interviews", Interviews("91003", "80011", Monday.AddDays(-11), feedback: "pending")),
            ("ashby-scheduled", AshbySchedule("d0e4-app", "ev-1", "Scheduled", Monday.AddDays(-3), Monday.AddDays(-8), actionId: "a-1")),
            ("ashby-held", AshbySchedule("d0e4-app", "ev-1", "WaitingOnFeedback", Monday.AddDays(-3), Monday.AddDays(-3).AddHours(2), feedback: false, actionId: "a-2")),
            ("gh-deleted-interview", Json(new { action = "interview_deleted", payload = new { interview = new { id = 80099 } } })),
            ("interviews", Interviews("91003", "80099", Monday.AddDays(-4))),
        };

        async Task<string> NudgesAfter(IEnumerable<(string Path, byte[] Body)> order)
        {
            await using var receiver = await Receiver.StartAsync();
            foreach (var (path, body) in order)
            {
                using var response = path switch
                {
                    "interviews" => await PostInterviews(receiver, "greenhouse", body),
                    "gh" or "gh-deleted-interview" => await Greenhouse(receiver, body, path + body.Length),
                    _ => await Ashby(receiver, body),
                };
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            return await receiver.Http.GetStringAsync("/api/nudges");
        }

        var inOrder = await NudgesAfter(bodies);
        Assert.Equal(inOrder, await NudgesAfter(Enumerable.Reverse(bodies)));
        Assert.Equal(inOrder, await NudgesAfter(bodies.OrderBy(b => b.Body.Length)));

        // The cancelled interview (80099) is not the one the nudge counts from, whichever arrived first.
        var greenhouse = JsonDocument.Parse(inOrder).RootElement.EnumerateArray().Single(n => n.GetProperty("source").GetString() == "greenhouse");
        Assert.Contains("the interview of 2026-10-29", greenhouse.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(JsonDocument.Parse(inOrder).RootElement.EnumerateArray(), n => n.GetProperty("source").GetString() == "ashby");
    }

    [Fact]
    public async Task A_signed_body_that_is_not_json_or_lacks_what_it_needs_is_a_400_naming_the_fields()
    {
        await using var receiver = await Receiver.StartAsync();

        using var notJson = await Greenhouse(receiver, "{\"action\": \"candidate_stage_change\", "u8.ToArray());
        using var noApplication = await Greenhouse(receiver, Json(new { action = "candidate_stage_change", payload = new { application = new { status = "active" } } }));
        using var ashbyNoApplication = await Ashby(receiver, Json(new { webhookActionId = "x-1", action = "interviewScheduleUpdate", data = new { interviewSchedule = new { status = "Scheduled" } } }));
        using var backwards = await PostInterviews(receiver, "greenhouse", Interviews("91004", "80012", Monday, minutes: -30));

        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noApplication.StatusCode);
        var detail = await noApplication.Content.ReadAsStringAsync();
        Assert.Contains("payload.application.id", detail, StringComparison.Ordinal);
        Assert.Contains("payload.application.current_stage.id", detail, StringComparison.Ordinal);
        Assert.Contains("payload.application.last_activity_at", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, ashbyNoApplication.StatusCode);
        Assert.Contains("data.interviewSchedule.applicationId", await ashbyNoApplication.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("before it starts", await backwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, receiver.Rows("deliveries"));
    }

    [Fact]
    public async Task A_lever_body_that_is_not_json_cannot_carry_its_signature_and_is_a_401()
    {
        await using var receiver = await Receiver.StartAsync();

        using var response = await receiver.PostAsync("/webhooks/lever", "triggeredAt=1&token=x&signature=y"u8.ToArray());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_and_is_not_read_into_the_store()
    {
        await using var receiver = await Receiver.StartAsync();
        var padding = new string('x', 600 * 1024);
        var body = Json(new { action = "candidate_stage_change", payload = new { note = padding } });

        using var response = await Greenhouse(receiver, body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("512 KiB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, receiver.Rows("deliveries"));
    }

    [Fact]
    public async Task Pings_job_events_and_lever_test_deliveries_are_acknowledged_and_ignored()
    {
        await using var receiver = await Receiver.StartAsync();

        using var ping = await Ashby(receiver, Json(new { webhookActionId = "p-1", action = "ping", data = new { webhookActionType = "ping" } }));
        using var job = await Greenhouse(receiver, Json(new { action = "job_created", payload = new { job = new { id = 4401, name = "Platform Engineer" } } }));
        using var test = await receiver.PostAsync("/webhooks/lever", Lever("candidateHired", new { }, Monday, Receiver.Secret("lever")));
        using var leverInterview = await receiver.PostAsync("/webhooks/lever", Lever("interviewCreated", new { opportunityId = "0af3c9d2-opp", interviewId = "iv-2" }, Monday, Receiver.Secret("lever")));

        Assert.All(new[] { ping, job, test, leverInterview }, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Equal("ignored", await Status(job));
        Assert.Contains("/api/interviews?source=lever", await leverInterview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, receiver.Rows("deliveries"));
    }

    [Fact]
    public async Task Interview_times_are_signed_with_the_secret_of_the_system_they_came_from()
    {
        await using var receiver = await Receiver.StartAsync();
        var body = Interviews("0af3c9d2-opp", "iv-3", Monday);

        using var asLever = await PostInterviews(receiver, "lever", body);
        using var wrongSecret = await receiver.PostAsync("/api/interviews?source=ashby", body, ("Signature", "sha256 " + Hmac(Receiver.Secret("lever"), body)));
        using var noSource = await receiver.PostAsync("/api/interviews", body, ("Signature", "sha256 " + Hmac(Receiver.Secret("lever"), body)));

        Assert.Equal(HttpStatusCode.OK, asLever.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noSource.StatusCode);
        Assert.Equal(1, receiver.Rows("deliveries"));
        Assert.Equal(2, receiver.Rows("events")); // the invitation and the interview held
    }
}

using System.Net;
using System.Text.Json;
using static InterviewSignals.Samples.Tests.AtsIntegration.Payloads;

namespace InterviewSignals.Samples.Tests.AtsIntegration;

/// <summary><c>GET /api/nudges</c> as of the receiver's fixed clock, Friday 20 November 2026.</summary>
public sealed class NudgeEndpointTests
{
    private static readonly DateTimeOffset Now = Receiver.Now;

    private static Task<HttpResponseMessage> PostInterviews(Receiver r, byte[] body, string source = "greenhouse")
        => r.PostAsync("/api/interviews?source=" + source, body, ("Signature", "sha256 " + Hmac(Receiver.Secret(source), body)));

    private static Task<HttpResponseMessage> Greenhouse(Receiver r, byte[] body, string eventId)
        => r.PostAsync("/webhooks/greenhouse", body, ("Signature", "sha256 " + Hmac(Receiver.Secret("greenhouse"), body)), ("Greenhouse-Event-ID", eventId));

    [Fact]
    public async Task A_candidate_interviewed_fourteen_days_ago_with_no_contact_since_is_nudged_and_one_interviewed_yesterday_is_not()
    {
        await using var receiver = await Receiver.StartAsync();
        await PostInterviews(receiver, Interviews("92001", "81001", Now.AddDays(-14).AddHours(-1)));
        await PostInterviews(receiver, Interviews("92002", "81002", Now.AddDays(-1).AddHours(-1)));
        var ashby = AshbySchedule("7e3f-app", "ev-14", "Complete", Now.AddDays(-14).AddHours(-1), Now.AddDays(-14).AddHours(1), feedback: true);
        await receiver.PostAsync("/webhooks/ashby", ashby, ("Ashby-Signature", "sha256=" + Hmac(Receiver.Secret("ashby"), ashby)));

        var nudges = await receiver.NudgesAsync();

        Assert.Equal(new[] { ("ashby", "7e3f-app"), ("greenhouse", "92001") }, nudges.Select(n => (n.GetProperty("source").GetString()!, n.GetProperty("applicationId").GetString()!)));
        var nudge = nudges[1];
        Assert.Equal("silence", nudge.GetProperty("reason").GetString());
        Assert.Equal(14, nudge.GetProperty("daysWaited").GetInt32());
        Assert.Equal("Nobody has been in touch with the candidate for 14 days, since the interview of 2026-11-06. They may read the silence as a rejection: write to them, even if there is no decision yet.", nudge.GetProperty("text").GetString());
        Assert.Equal(new[] { "The last interview took place on 2026-11-06.", "Nothing that reached the candidate is recorded since that interview ended on 2026-11-06." }, nudge.GetProperty("explanation").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(new[] { "greenhouse:92001:interview:81001:invited", "greenhouse:92001:interview:81001:held:1793956500000" }, nudge.GetProperty("nudges")[0].GetProperty("events").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_hire_clears_the_nudge()
    {
        await using var receiver = await Receiver.StartAsync();
        await PostInterviews(receiver, Interviews("92003", "81003", Now.AddDays(-14)));
        Assert.Single(await receiver.NudgesAsync());

        using var hired = await Greenhouse(receiver, GreenhouseHire(92003, 56003, Now.AddDays(-2)), "b0d7-hire");

        Assert.Equal(HttpStatusCode.OK, hired.StatusCode);
        Assert.Empty(await receiver.NudgesAsync());
    }

    [Fact]
    public async Task A_promise_in_the_recruiters_notes_is_nudged_once_its_day_has_passed_quoting_the_words()
    {
        await using var receiver = await Receiver.StartAsync();

        // Thursday 12 November; "by Monday" is the 16th.
        await PostInterviews(receiver, Interviews("92004", "81004", new DateTimeOffset(2026, 11, 12, 14, 0, 0, TimeSpan.Zero), notes: "Good portfolio. We said we'd get back to him by Monday."));

        var nudge = Assert.Single(await receiver.NudgesAsync());
        var promise = nudge.GetProperty("nudges").EnumerateArray().Single(n => n.GetProperty("reason").GetString() == "promisePassed");
        Assert.Equal("The candidate was told they would hear by 2026-11-16. That day passed 4 days ago and nobody has written to them since.", promise.GetProperty("text").GetString());
        Assert.Contains("the notes say “back to him by Monday”", promise.GetProperty("because")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nudges_come_in_Spanish_and_an_unknown_language_is_a_400()
    {
        await using var receiver = await Receiver.StartAsync();
        await PostInterviews(receiver, Interviews("92005", "81005", Now.AddDays(-15).AddHours(-1)));

        var nudge = Assert.Single(await receiver.NudgesAsync("es-MX"));
        using var french = await receiver.Http.GetAsync("/api/nudges?language=fr");

        Assert.StartsWith("Nadie se ha puesto en contacto con la persona candidata en 15 días", nudge.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, french.StatusCode);
        Assert.Contains("en, es", await french.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_candidate_leaves_no_rows_and_a_late_redelivery_does_not_bring_them_back()
    {
        await using var receiver = await Receiver.StartAsync();
        var stage = GreenhouseStage(92006, 57006, Now.AddDays(-20));
        await Greenhouse(receiver, stage, "c4e1-stage");
        await PostInterviews(receiver, Interviews("92006", "81006", Now.AddDays(-18)));
        await PostInterviews(receiver, Interviews("92007", "81007", Now.AddDays(-16))); // someone else
        Assert.Equal(2, (await receiver.NudgesAsync()).Length);

        using var deleted = await Greenhouse(receiver, GreenhouseDeleteCandidate(57006, 92006), "c4e1-delete");
        using var late = await Greenhouse(receiver, stage, "c4e1-stage-retry");
        using var lateInterview = await PostInterviews(receiver, Interviews("92006", "81006", Now.AddDays(-18).AddMinutes(5)));

        Assert.Equal("erased", JsonDocument.Parse(await deleted.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        Assert.Equal("erased", JsonDocument.Parse(await late.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, lateInterview.StatusCode);
        var stored = receiver.EveryStoredValue();
        Assert.DoesNotContain(stored, v => v.Contains("92006", StringComparison.Ordinal) || v.Contains("57006", StringComparison.Ordinal) || v.Contains("81006", StringComparison.Ordinal));
        Assert.DoesNotContain(stored, v => v.Contains("Rosalind", StringComparison.Ordinal) || v.Contains("rosalind.a@example.test", StringComparison.Ordinal));
        Assert.Equal(1, receiver.Rows("applications"));
        Assert.Equal("92007", Assert.Single(await receiver.NudgesAsync()).GetProperty("applicationId").GetString());
    }

    [Fact]
    public async Task Lever_and_Ashby_deletions_and_merges_purge_the_candidate_too()
    {
        await using var receiver = await Receiver.StartAsync();
        var opened = Lever("applicationCreated", new { opportunityId = "5e0b-opp", contactId = "8c2d-contact" }, Now.AddDays(-30), Receiver.Secret("lever"));
        var gone = Lever("candidateDeleted", new { opportunityId = "5e0b-opp", contactId = "8c2d-contact" }, Now.AddDays(-1), Receiver.Secret("lever"), token: "0c8e2a4f6b1d3e5a7c9f0b2d4e6a8c1f3b5d7e9a0c2e4f6b");
        var ashbyApplied = Json(new { webhookActionId = "m-1", action = "applicationSubmit", data = new { application = new { id = "a9f1-app", createdAt = Iso(Now.AddDays(-20)), updatedAt = Iso(Now.AddDays(-20)), candidate = new { id = "c5b3-cand" } } } });
        var ashbyMerged = Json(new { webhookActionId = "m-2", action = "candidateMerge", data = new { deletedCandidate = new { id = "c5b3-cand" }, mergedCandidate = new { id = "d6c4-cand" } } });

        await receiver.PostAsync("/webhooks/lever", opened);
        await receiver.PostAsync("/webhooks/ashby", ashbyApplied, ("Ashby-Signature", "sha256=" + Hmac(Receiver.Secret("ashby"), ashbyApplied)));
        Assert.Equal(2, receiver.Rows("applications"));
        await receiver.PostAsync("/webhooks/lever", gone);
        await receiver.PostAsync("/webhooks/ashby", ashbyMerged, ("Ashby-Signature", "sha256=" + Hmac(Receiver.Secret("ashby"), ashbyMerged)));

        Assert.Equal(0, receiver.Rows("applications"));
        Assert.Equal(0, receiver.Rows("events"));
        Assert.DoesNotContain(receiver.EveryStoredValue(), v => v.Contains("5e0b-opp", StringComparison.Ordinal) || v.Contains("c5b3-cand", StringComparison.Ordinal) || v.Contains("a9f1-app", StringComparison.Ordinal));
    }
}

using System.Net;
using System.Text;
using static InterviewSignals.Samples.Tests.AtsIntegration.Payloads;

namespace InterviewSignals.Samples.Tests.AtsIntegration;

/// <summary>Each vendor's own scheme, with the expected signatures computed here from the documented recipe.</summary>
public sealed class WebhookSignatureTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 9, 10, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Stage = GreenhouseStage(91001, 55001, Monday);
    private static readonly byte[] Schedule = AshbySchedule("c3d1a8e0-app", "e71b-event", "Scheduled", Monday.AddDays(2), Monday);
    private static readonly object LeverData = new { opportunityId = "0af3c9d2-opp", contactId = "6d21e8b4-contact", toStageId = "onsite", fromStageId = "screen" };

    public static TheoryData<string, int> GreenhouseHeaders()
    {
        var right = Hmac(Receiver.Secret("greenhouse"), Stage);
        return new TheoryData<string, int>
        {
            { "sha256 " + right, 200 },
            { "sha256 " + Hmac("someone-else's-key"u8.ToArray(), Stage), 401 },
            { "sha256=" + right, 401 },
            { "sha1 " + right, 401 },
            { right, 401 },
            { "sha256 " + right[..^2], 401 },
            { "sha256 zz" + right[2..], 401 },
        };
    }

    [Theory]
    [MemberData(nameof(GreenhouseHeaders))]
    public async Task Greenhouse_accepts_sha256_space_hex_of_the_raw_body_and_nothing_else(string header, int expected)
    {
        await using var receiver = await Receiver.StartAsync();

        using var response = await receiver.PostAsync("/webhooks/greenhouse", Stage, ("Signature", header), ("Greenhouse-Event-ID", "d8e2f1a0-0001"));

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal(expected == 200 ? 1 : 0, receiver.Rows("deliveries"));
        Assert.Equal(expected == 200 ? 1 : 0, receiver.Rows("events"));
    }

    [Fact]
    public async Task A_missing_signature_or_a_body_changed_after_signing_is_refused_and_nothing_is_stored()
    {
        await using var receiver = await Receiver.StartAsync();
        var header = "sha256 " + Hmac(Receiver.Secret("greenhouse"), Stage);
        var changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Stage).Replace("Onsite Interview", "Offer", StringComparison.Ordinal));

        using var missing = await receiver.PostAsync("/webhooks/greenhouse", Stage);
        using var tampered = await receiver.PostAsync("/webhooks/greenhouse", changed, ("Signature", header));
        using var noAshby = await receiver.PostAsync("/webhooks/ashby", Schedule);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noAshby.StatusCode);
        Assert.Equal(0, receiver.Rows("deliveries"));
    }

    public static TheoryData<string, int> AshbyHeaders()
    {
        var right = Hmac(Receiver.Secret("ashby"), Schedule);
        return new TheoryData<string, int>
        {
            { "sha256=" + right, 200 },
            { "sha256=" + right.ToUpperInvariant(), 200 },
            { "sha256=" + Hmac(Receiver.Secret("greenhouse"), Schedule), 401 },
            { "sha256 " + right, 401 },
            { "sha512=" + right, 401 },
            { "sha256=", 401 },
        };
    }

    [Theory]
    [MemberData(nameof(AshbyHeaders))]
    public async Task Ashby_accepts_sha256_equals_hex_of_the_raw_body_and_nothing_else(string header, int expected)
    {
        await using var receiver = await Receiver.StartAsync();

        using var response = await receiver.PostAsync("/webhooks/ashby", Schedule, ("Ashby-Signature", header));

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal(expected == 200 ? 1 : 0, receiver.Rows("deliveries"));
    }

    [Fact]
    public async Task Lever_accepts_the_hmac_of_token_and_triggeredAt_carried_in_the_body()
    {
        await using var receiver = await Receiver.StartAsync();
        var token = Receiver.Secret("lever");
        const string Random = "e5a0c3f9b27d41e86c0a9f3d5b2e17c4a8d06f9e3b1c52a7";
        var triggeredMs = Monday.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var right = Lever("candidateStageChange", LeverData, Monday, token, Random);
        var otherToken = Lever("candidateStageChange", LeverData, Monday, token, Random, signature: Hmac("not-the-token"u8.ToArray(), Encoding.UTF8.GetBytes(Random + triggeredMs)));
        var tokenOnly = Lever("candidateStageChange", LeverData, Monday, token, Random, signature: Hmac(token, Encoding.UTF8.GetBytes(Random)));
        var overBody = Lever("candidateStageChange", LeverData, Monday, token, Random, signature: "sha256=" + Hmac(token, Encoding.UTF8.GetBytes(Random + triggeredMs)));

        Assert.Equal(HttpStatusCode.OK, (await receiver.PostAsync("/webhooks/lever", right)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await receiver.PostAsync("/webhooks/lever", otherToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await receiver.PostAsync("/webhooks/lever", tokenOnly)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await receiver.PostAsync("/webhooks/lever", overBody)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await receiver.PostAsync("/webhooks/lever", Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(right).Replace("\"signature\"", "\"sig\"", StringComparison.Ordinal)))).StatusCode);
        Assert.Equal(1, receiver.Rows("deliveries"));
    }

    [Fact]
    public async Task A_vendor_without_a_configured_secret_is_refused_rather_than_trusted()
    {
        await using var receiver = await Receiver.StartAsync(more: new Dictionary<string, string?> { ["Webhooks:Ashby:Secret"] = string.Empty });

        using var response = await receiver.PostAsync("/webhooks/ashby", Schedule, ("Ashby-Signature", "sha256=" + Hmac(Array.Empty<byte>(), Schedule)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Webhooks:Ashby:Secret", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, receiver.Rows("deliveries"));
    }
}

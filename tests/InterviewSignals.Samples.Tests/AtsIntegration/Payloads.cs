using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewSignals.Samples.Tests.AtsIntegration;

/// <summary>Webhook bodies shaped as each vendor documents them, with values made up for the tests, and their signatures computed here.</summary>
internal static class Payloads
{
    public static string Iso(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static byte[] Json(object body) => JsonSerializer.SerializeToUtf8Bytes(body);

    public static string Hmac(byte[] key, byte[] message) => Convert.ToHexStringLower(HMACSHA256.HashData(key, message));

    public static byte[] GreenhouseStage(int application, int candidate, DateTimeOffset at, string stage = "Onsite Interview")
        => Json(new
        {
            action = "candidate_stage_change",
            payload = new
            {
                application = new
                {
                    id = application,
                    status = "active",
                    applied_at = Iso(at.AddDays(-9)),
                    last_activity_at = Iso(at),
                    current_stage = new { id = 6100 + stage.Length, name = stage },
                    candidate = new { id = candidate, first_name = "Rosalind", last_name = "Achterberg", email_addresses = new[] { new { value = "rosalind.a@example.test", type = "personal" } } },
                },
            },
        });

    public static byte[] GreenhouseHire(int application, int candidate, DateTimeOffset at)
        => Json(new { action = "hire_candidate", payload = new { application = new { id = application, status = "hired", last_activity_at = Iso(at), candidate = new { id = candidate } } } });

    public static byte[] GreenhouseDeleteCandidate(int candidate, params int[] applications)
        => Json(new { action = "delete_candidate", payload = new { person = new { id = candidate, first_name = "Rosalind", deleted_application_ids = applications } } });

    public static byte[] Interviews(string application, string interview, DateTimeOffset start, int minutes = 60, string status = "held", string feedback = "submitted", string? notes = null)
        => Json(new
        {
            interviews = new[]
            {
                new { applicationId = application, interviewId = interview, status, start = Iso(start), end = Iso(start.AddMinutes(minutes)), interviewers = 2, feedback, scheduledAt = Iso(start.AddDays(-5)), updatedAt = Iso(start.AddMinutes(minutes + 15)), notes },
            },
        });

    /// <summary>A Lever body, signed as Lever signs: HMAC-SHA256 of the token followed by triggeredAt, in the body.</summary>
    public static byte[] Lever(string type, object data, DateTimeOffset triggered, byte[] signatureToken, string token = "3b9e0f27c4d81a56e2b7c90d4f1a63e85c2d07b9a4e1f36d", string? signature = null)
    {
        var ms = triggered.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var body = new JsonObject
        {
            ["triggeredAt"] = JsonValue.Create(triggered.ToUnixTimeMilliseconds()),
            ["event"] = type,
            ["data"] = JsonSerializer.SerializeToNode(data),
            ["token"] = token,
            ["signature"] = signature ?? Hmac(signatureToken, Encoding.UTF8.GetBytes(token + ms)),
        };
        return Encoding.UTF8.GetBytes(body.ToJsonString());
    }

    public static byte[] AshbySchedule(string application, string interviewEvent, string status, DateTimeOffset start, DateTimeOffset updated, bool? feedback = null, string actionId = "4f2d8c61-0b7e-4a39-95d3-e1c7a0b2f648")
        => Json(new
        {
            webhookActionId = actionId,
            action = "interviewScheduleUpdate",
            data = new
            {
                interviewSchedule = new
                {
                    id = "sched-" + interviewEvent,
                    status,
                    applicationId = application,
                    updatedAt = Iso(updated),
                    interviewEvents = new[] { new { id = interviewEvent, startTime = Iso(start), endTime = Iso(start.AddHours(1)), interviewers = new[] { new { id = "u-9" } }, hasSubmittedFeedback = feedback } },
                },
            },
        });
}

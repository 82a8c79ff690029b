using AtsIntegration.Commands;
using static InterviewSignals.Samples.Tests.AtsIntegration.Payloads;

namespace InterviewSignals.Samples.Tests.AtsIntegration;

public sealed class ReceiverLogTests
{
    [Fact]
    public async Task Logs_name_the_source_event_type_and_outcome_and_never_a_secret_an_id_or_personal_data()
    {
        await using var receiver = await Receiver.StartAsync();
        var body = GreenhouseStage(93001, 58001, Receiver.Now.AddDays(-3));

        await receiver.PostAsync("/webhooks/greenhouse", body, ("Signature", "sha256 " + Hmac(Receiver.Secret("greenhouse"), body)), ("Greenhouse-Event-ID", "f00d-1"));
        await receiver.PostAsync("/webhooks/greenhouse", body, ("Signature", "sha256 " + Hmac("wrong"u8.ToArray(), body)), ("Greenhouse-Event-ID", "f00d-2"));
        await receiver.PostAsync("/webhooks/greenhouse", Json(new { action = "candidate_stage_change", payload = new { application = new { candidate = new { first_name = "Rosalind" } } } }), ("Signature", "sha256 " + Hmac(Receiver.Secret("greenhouse"), Json(new { action = "candidate_stage_change", payload = new { application = new { candidate = new { first_name = "Rosalind" } } } }))));
        await DemoCommand.PostExamplesAsync(receiver.Http, TextWriter.Null);

        var logs = string.Join("\n", receiver.Logs);
        Assert.Contains("greenhouse candidate_stage_change: Stored", logs, StringComparison.Ordinal);
        Assert.Contains("greenhouse delivery refused (401)", logs, StringComparison.Ordinal);
        Assert.Contains("ashby delivery ignored", logs, StringComparison.Ordinal);
        var secrets = InProcessServer.DemoSecrets.Values;
        var personal = new[] { "Rosalind", "Achterberg", "rosalind.a@example.test", "93001", "58001", "Ines", "Marlowe", "ines.marlowe@example.org", "70211", "88204", "Told her", "back to her by Friday", "7d3c1e54", "1f6f3c2a", "Mirela" };
        Assert.All(secrets.Concat(personal), s => Assert.DoesNotContain(s, logs, StringComparison.Ordinal));
    }
}

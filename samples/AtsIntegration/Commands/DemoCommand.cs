using System.Text.Json;
using AtsIntegration.Nudges;

namespace AtsIntegration.Commands;

/// <summary>
/// <c>dotnet run -- demo</c>: starts the receiver in-process on a loopback port with a fresh database and a fixed
/// clock, posts the signed example events of <c>demo/</c> from Greenhouse, Lever and Ashby (some out of order, one
/// redelivered, one forged), and prints what each got back and the nudges. Needs no ATS and no network beyond
/// loopback. Exits 1 if any answer differs from the one expected.
/// </summary>
public static class DemoCommand
{
    public const string AsOf = "2026-11-20T09:00:00Z";

    private sealed record Step(string Source, string What, Func<SignedDelivery> Delivery, int Expected, string Note = "");

    public static async Task<int> RunAsync(TextWriter output)
    {
        await using var server = await InProcessServer.StartAsync(AsOf).ConfigureAwait(false);
        output.WriteLine($"Posting signed example events to an in-process receiver at {server.Address} (as of {AsOf[..10]}):");
        output.WriteLine();
        var unexpected = await PostExamplesAsync(server.Client, output).ConfigureAwait(false);

        var nudges = await server.Client.GetFromJsonAsync<List<NudgeItem>>("/api/nudges", JsonSerializerOptions.Web).ConfigureAwait(false) ?? [];
        output.WriteLine();
        output.WriteLine($"Nudges (GET /api/nudges): {nudges.Count} applications need a word now. A person reads each before anything is sent.");
        foreach (var item in nudges)
        {
            output.WriteLine();
            output.WriteLine($"  {item.Source} {item.ApplicationId}");
            foreach (var line in item.Nudges)
            {
                output.WriteLine($"    {line.Reason}, {line.DaysWaited} days: {line.Text}");
                foreach (var because in line.Because)
                {
                    output.WriteLine($"      - {because}");
                }
            }
        }

        var sources = nudges.Select(n => n.Source).Distinct(StringComparer.Ordinal).Count();
        if (unexpected > 0 || sources != 3)
        {
            output.WriteLine($"Unexpected: {unexpected} answer(s) differed from those expected; nudges came from {sources} of 3 sources.");
            return 1;
        }

        return 0;
    }

    /// <summary>Posts the examples in order, writes one line per answer, and counts the answers that differ from those expected.</summary>
    public static async Task<int> PostExamplesAsync(HttpClient http, TextWriter output)
    {
        var unexpected = 0;
        foreach (var step in Steps())
        {
            using var response = await step.Delivery().PostAsync(http).ConfigureAwait(false);
            var status = await StatusOf(response).ConfigureAwait(false);
            var code = (int)response.StatusCode;
            unexpected += code == step.Expected ? 0 : 1;
            output.WriteLine($"  {code} {status,-10} {step.Source,-11}{step.What}{(step.Note.Length > 0 ? "  (" + step.Note + ")" : string.Empty)}");
        }

        return unexpected;
    }

    private static IEnumerable<Step> Steps()
    {
        var gh = InProcessServer.Secret("greenhouse");
        var lever = InProcessServer.Secret("lever");
        var ashby = InProcessServer.Secret("ashby");
        Func<SignedDelivery> Greenhouse(string file, string eventId) => () => SignedDelivery.Greenhouse(Read("greenhouse", file), eventId, gh);
        Func<SignedDelivery> Lever(string file) => () => SignedDelivery.Lever(System.Text.Encoding.UTF8.GetString(Read("lever", file)), lever);
        Func<SignedDelivery> Ashby(string file) => () => SignedDelivery.Ashby(Read("ashby", file), ashby);

        yield return new("greenhouse", "candidate_stage_change 70211", Greenhouse("70211-onsite", "7c0e9b2a-4d31-4e58-a6f2-0b9d3c7e1a02"), 200, "before the application: out of order");
        yield return new("greenhouse", "new_candidate_application 70211", Greenhouse("70211-applied", "7c0e9b2a-4d31-4e58-a6f2-0b9d3c7e1a01"), 200);
        yield return new("greenhouse", "candidate_stage_change 70211", Greenhouse("70211-onsite", "7c0e9b2a-4d31-4e58-a6f2-0b9d3c7e1a02"), 200, "redelivered: stored once");
        yield return new("greenhouse", "hire_candidate 70455", Greenhouse("70455-hired", "7c0e9b2a-4d31-4e58-a6f2-0b9d3c7e1a03"), 200);
        yield return new("greenhouse", "new_candidate_application 70519", Greenhouse("70519-applied", "7c0e9b2a-4d31-4e58-a6f2-0b9d3c7e1a04"), 200);
        yield return new("greenhouse", "interview times from Harvest, via POST /api/interviews", () => SignedDelivery.Interviews("greenhouse", Read("interviews", "greenhouse"), gh), 200, "Greenhouse sends no webhook for them");
        yield return new("greenhouse", "delete_candidate 88391", Greenhouse("88391-deleted", "7c0e9b2a-4d31-4e58-a6f2-0b9d3c7e1a05"), 200, "purges application 70519");
        yield return new("greenhouse", "job_post_updated", Greenhouse("job-post-updated", "7c0e9b2a-4d31-4e58-a6f2-0b9d3c7e1a06"), 202);
        yield return new("lever", "candidateStageChange", Lever("7d3c-stage"), 200, "before the application: out of order");
        yield return new("lever", "applicationCreated", Lever("7d3c-created"), 200);
        yield return new("lever", "interviewCreated", Lever("interview-created"), 202, "ids only: fetched from the Lever API instead");
        yield return new("lever", "interview times from the Lever API, via POST /api/interviews", () => SignedDelivery.Interviews("lever", Read("interviews", "lever"), lever), 200);
        yield return new("lever", "candidateArchiveChange", Lever("c92e-archived"), 200);
        yield return new("lever", "candidateHired with no data", Lever("settings-test"), 202, "the settings page's test");
        yield return new("ashby", "interviewScheduleUpdate", Ashby("1f6f-awaiting-feedback"), 200, "before the schedule was created: out of order");
        yield return new("ashby", "interviewScheduleCreate", Ashby("1f6f-scheduled"), 200);
        yield return new("ashby", "applicationSubmit", Ashby("1f6f-submitted"), 200);
        yield return new("ashby", "interviewScheduleUpdate", Ashby("6a0d-complete"), 200);
        yield return new("ashby", "candidateHire", Ashby("6a0d-hired"), 200);
        yield return new("ashby", "candidateStageChange", Ashby("6a0d-hired-stage"), 200, "fired with the hire, same webhookActionId");
        yield return new("ashby", "ping", Ashby("ping"), 202);
        yield return new("ashby", "applicationSubmit", () => SignedDelivery.Ashby(Read("ashby", "1f6f-submitted"), "not-the-secret"u8.ToArray()), 401, "signed with the wrong secret");
    }

    private static byte[] Read(string folder, string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "demo", folder, name + ".json"));

    private static async Task<string> StatusOf(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        return doc.RootElement.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "refused";
    }
}

using System.Diagnostics;
using System.Globalization;

namespace AtsIntegration.Commands;

/// <summary>
/// <c>dotnet run -c Release -- load [--events 10000] [--clients 8] [--redeliveries 0.15] [--seed 2026]</c>: posts
/// signed webhooks over loopback from concurrent clients, a share of them delivered twice and all in random order,
/// then checks that no delivery was lost or stored twice (row counts), and that the nudges equal those of the same
/// deliveries sent one by one in another order to a fresh receiver. Prints events per second and latencies; exits 1
/// on any difference. A measurement to read, not a timed test.
/// </summary>
public static class LoadCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var total = Option(args, "--events", 10_000);
        var clients = Option(args, "--clients", 8);
        var share = Option(args, "--redeliveries", 0.15);
        var seed = Option(args, "--seed", 2026);
        var unique = LoadStory.Generate((int)Math.Round(total / (1 + share)), seed);
        var random = new Random(seed + 1);
        var sent = unique.Concat(Enumerable.Range(0, total - unique.Count).Select(_ => unique[random.Next(unique.Count)])).OrderBy(_ => random.Next()).ToList();
        output.WriteLine($"{total:N0} signed webhooks ({unique.Count:N0} distinct, {total - unique.Count:N0} redelivered), {clients} concurrent clients, in random order, over loopback.");

        var concurrent = await RunAsync(sent, clients).ConfigureAwait(false);
        var sequential = await RunAsync(unique.AsEnumerable().Reverse().ToList(), 1).ConfigureAwait(false);

        var latencies = concurrent.Latencies.Order().ToArray();
        double At(double q) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
        output.WriteLine(FormattableString.Invariant($"concurrent: {concurrent.Seconds:0.00} s, {total / concurrent.Seconds:0} events/s; latency p50 {At(0.50):0.0} ms, p99 {At(0.99):0.0} ms, max {latencies[^1]:0.0} ms"));
        output.WriteLine(FormattableString.Invariant($"sequential, reversed: {sequential.Seconds:0.00} s, {unique.Count / sequential.Seconds:0} events/s"));
        output.WriteLine($"rows: {Rows(concurrent.Counts)} (sequential: {Rows(sequential.Counts)})");
        output.WriteLine($"nudges: {concurrent.NudgeCount} applications (sequential: {sequential.NudgeCount})");

        var problems = new List<string>();
        if (concurrent.Failures + sequential.Failures > 0)
        {
            problems.Add($"{concurrent.Failures + sequential.Failures} deliveries were not acknowledged with 200");
        }

        if (concurrent.Counts["deliveries"] != unique.Count)
        {
            problems.Add($"{concurrent.Counts["deliveries"]} delivery rows for {unique.Count} distinct deliveries");
        }

        if (Rows(concurrent.Counts) != Rows(sequential.Counts))
        {
            problems.Add("the row counts differ from the sequential run");
        }

        if (concurrent.Nudges != sequential.Nudges)
        {
            problems.Add("the nudges differ from the sequential run");
        }

        output.WriteLine(problems.Count == 0 ? "nothing lost, nothing stored twice, and the same nudges in either order." : "FAILED: " + string.Join("; ", problems));
        return problems.Count == 0 ? 0 : 1;
    }

    private sealed record Run(double Seconds, double[] Latencies, int Failures, IReadOnlyDictionary<string, long> Counts, string Nudges, int NudgeCount);

    private static async Task<Run> RunAsync(List<SignedDelivery> deliveries, int clients)
    {
        await using var server = await InProcessServer.StartAsync(DemoCommand.AsOf).ConfigureAwait(false);
        var latencies = new double[deliveries.Count];
        var failures = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < deliveries.Count)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await deliveries[i].PostAsync(server.Client).ConfigureAwait(false);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if ((int)response.StatusCode != 200)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        var seconds = clock.Elapsed.TotalSeconds;
        var nudges = await server.Client.GetStringAsync("/api/nudges").ConfigureAwait(false);
        using var doc = System.Text.Json.JsonDocument.Parse(nudges);
        return new Run(seconds, latencies, failures, server.Store.Counts(), nudges, doc.RootElement.GetArrayLength());
    }

    private static string Rows(IReadOnlyDictionary<string, long> counts) => string.Join(", ", counts.Select(p => $"{p.Value:N0} {p.Key}"));

    private static T Option<T>(string[] args, string name, T fallback)
        where T : IParsable<T>
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? T.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}

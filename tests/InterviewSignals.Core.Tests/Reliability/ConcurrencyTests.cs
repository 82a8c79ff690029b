using System.Collections.Concurrent;
using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Hosting;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Tests.Reliability;

public class ConcurrencyTests
{
    [Fact]
    public void Assessments_from_many_threads_while_the_set_is_replaced_each_match_exactly_one_version()
    {
        // Twenty versions of the outlook set whose salary weight differs, so each version gives its own score.
        var versions = Enumerable.Range(0, 20).Select(v => SignalSet.CreateBuilder("live", $"1.0.{v}")
            .Extend(BuiltInSignalSets.InterviewOutlook)
            .OverrideWeights("salary-discussed", 0.1 + (v * 0.05), 0)
            .Build()).ToArray();
        var observation = Observation.CreateBuilder().Present("salary-discussed").Absent("next-steps-explained").Fact("interview-length-minutes", 45)
            .AsOf(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero)).Build();
        var expected = versions.ToDictionary(s => s.ContentHash, s => InterviewEvaluator.Create(s).Assess(observation).Score);
        Assert.Equal(versions.Length, expected.Values.Distinct().Count());

        var registry = new SignalSetRegistry(new[] { versions[0] });
        var results = new ConcurrentBag<Assessment>();
        var failures = new ConcurrentBag<Exception>();
        const int Workers = 4;
        const int PerWorker = 2_000;
        using var start = new Barrier(Workers + 1);
        var threads = Enumerable.Range(0, Workers).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < PerWorker; i++)
            {
                try
                {
                    results.Add(registry.GetEvaluator("live").Assess(observation));
                }
                catch (Exception ex)
                {
                    failures.Add(ex);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        start.SignalAndWait();
        for (var round = 0; round < 200; round++)
        {
            registry.AddOrReplace(versions[round % versions.Length]);
        }

        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
        Assert.Equal(Workers * PerWorker, results.Count);
        Assert.All(results, a =>
        {
            Assert.True(expected.TryGetValue(a.SignalSet.ContentHash, out var score), "a result names a hash no version has");
            Assert.Equal(score, a.Score);
            Assert.Equal(a.SignalSet.Version, versions.Single(v => v.ContentHash == a.SignalSet.ContentHash).Version);
        });
    }

    [Fact]
    public void One_evaluator_gives_identical_results_on_every_thread()
    {
        var evaluator = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook);
        var observation = Observation.CreateBuilder().Present("invited-to-next-round").Fact("company-size", "large").Fact("interview-date", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)).Fact("heard-back", false)
            .AsOf(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero)).Build();
        var reference = InterviewSignals.Serialization.InterviewSignalsJson.ToJson(evaluator.Assess(observation));
        var outputs = new ConcurrentBag<string>();
        Parallel.For(0, 400, _ => outputs.Add(InterviewSignals.Serialization.InterviewSignalsJson.ToJson(evaluator.Assess(observation))));
        Assert.All(outputs, o => Assert.Equal(reference, o));
    }
}

using BenchmarkDotNet.Attributes;
using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Outcomes;

namespace InterviewSignals.Benchmarks;

/// <summary>
/// Holding outlooks against outcomes: 100,000 already-assessed cases added and reported (AUC with its 200-replicate
/// bootstrap, calibration fit, tables), and 1,000,000 outlooks, to show that memory does not grow with the cases.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private Assessment[] _assessments = null!;
    private bool[] _offers = null!;
    private double[] _outlooks = null!;

    [GlobalSetup]
    public void Setup()
    {
        var engine = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook);
        var signals = BuiltInSignalSets.InterviewOutlook.Signals.Select(s => s.Id).ToArray();
        var random = new Random(11);
        var distinct = Enumerable.Range(0, 500).Select(_ =>
        {
            var b = Observation.CreateBuilder().AsOf(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));
            foreach (var id in signals.Where(_ => random.NextDouble() < 0.3))
            {
                b.Answer(id, random.NextDouble() < 0.6 ? Taxonomy.SignalState.Present : Taxonomy.SignalState.Absent);
            }

            return engine.Assess(b.Build());
        }).ToArray();
        _assessments = Enumerable.Range(0, 100_000).Select(i => distinct[i % distinct.Length]).ToArray();
        _offers = _assessments.Select(a => random.NextDouble() < a.Outlook).ToArray();
        _outlooks = Enumerable.Range(0, 1_000_000).Select(_ => random.NextDouble()).ToArray();
    }

    [Benchmark(Description = "Evaluate 100,000 assessed cases")]
    public double? Evaluate100K()
    {
        var e = OutcomeCheck.Create(BuiltInSignalSets.InterviewOutlook);
        for (var i = 0; i < _assessments.Length; i++)
        {
            e.Add(_assessments[i], _offers[i]);
        }

        return e.Report().Auc;
    }

    [Benchmark(Description = "Evaluate 1,000,000 outlooks")]
    public double? Evaluate1M()
    {
        var e = OutcomeCheck.Create(BuiltInSignalSets.InterviewOutlook);
        for (var i = 0; i < _outlooks.Length; i++)
        {
            e.Add(_outlooks[i], _outlooks[(int)((i * 7919L) % _outlooks.Length)] < _outlooks[i]);
        }

        return e.Report().Auc;
    }

    [Benchmark(Description = "Evaluate 100,000 outlooks")]
    public double? Evaluate100KOutlooks()
    {
        var e = OutcomeCheck.Create(BuiltInSignalSets.InterviewOutlook);
        for (var i = 0; i < 100_000; i++)
        {
            e.Add(_outlooks[i], _outlooks[(int)((i * 7919L) % _outlooks.Length)] < _outlooks[i]);
        }

        return e.Report().Auc;
    }
}

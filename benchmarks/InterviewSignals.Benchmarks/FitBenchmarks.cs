using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using InterviewSignals.BuiltIn;
using InterviewSignals.Observations;
using InterviewSignals.Outcomes;
using InterviewSignals.Taxonomy;

using InterviewSignals.Testing;

namespace InterviewSignals.Benchmarks;

/// <summary>
/// Fitting the built-in outlook set's weights to 100,000 labelled cases (<see cref="SyntheticOutcomes"/>: varied
/// observations, about half the signals answered, outcomes drawn from a known truth), cross-validation included: five
/// folds over the eight default prior strengths, then the written fit. Adding the cases (weighing and encoding them)
/// and fitting are measured apart and together, pinned to one core.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OneCore))]
public class FitBenchmarks
{
    private static readonly DateTimeOffset Date = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
    private (Observation Observation, bool Offer)[] _cases = null!;
    private OutcomeFitter _added = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cases = SyntheticOutcomes.Cases(100_000, seed: 3);
        _added = Add();
    }

    [Benchmark(Description = "Add 100,000 cases")]
    public OutcomeFitter Add()
    {
        var fitter = OutcomeFitter.Create(BuiltInSignalSets.InterviewOutlook);
        foreach (var (observation, offer) in _cases)
        {
            fitter.Add(observation, offer);
        }

        return fitter;
    }

    [Benchmark(Description = "Fit 100,000 added cases (5 folds x 8 strengths)")]
    public SignalSet Fit() => _added.Fit("benchmark", Date);

    [Benchmark(Description = "Add and fit 100,000 cases")]
    public SignalSet AddAndFit() => Add().Fit("benchmark", Date);

    /// <summary>Whatever job runs (the default, or Dry in CI), on the first core only: the goal is for one core.</summary>
    private sealed class OneCore : ManualConfig
    {
        public OneCore() => AddJob(Job.Default.WithAffinity(1).AsMutator());
    }
}

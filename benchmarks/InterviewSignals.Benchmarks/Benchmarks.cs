using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InterviewSignals.Benchmarks.Baselines;
using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Observations;
using InterviewSignals.Serialization;
using InterviewSignals.Testing;

namespace InterviewSignals.Benchmarks;

/// <summary>Score and band of one typical observation: the engine against hand-written C# and a RulesEngine workflow.</summary>
[MemoryDiagnoser]
public class ScoreBenchmarks
{
    private IInterviewEvaluator _engine = null!;
    private RulesEngineBaseline _rulesEngine = null!;
    private Observation _observation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook);
        _rulesEngine = new RulesEngineBaseline(BuiltInSignalSets.InterviewOutlook);
        _observation = SampleObservations.Typical();
        BaselineChecks.Scores(_rulesEngine);
    }

    [Benchmark(Baseline = true, Description = "Engine.Score")]
    public double Engine() => _engine.Score(_observation).Score;

    [Benchmark(Description = "Hand-written C#")]
    public double HandWritten() => HandWrittenOutlook.Score(_observation, SampleObservations.AsOf);

    [Benchmark(Description = "RulesEngine 6.0.1")]
    public double RulesEngine() => _rulesEngine.Score(_observation, SampleObservations.AsOf);
}

/// <summary>The full assessment, its explanation, and loading the set from its JSON.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private IInterviewEvaluator _engine = null!;
    private Observation _observation = null!;
    private Assessment _assessment = null!;
    private byte[] _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook);
        _observation = SampleObservations.Typical();
        _assessment = _engine.Assess(_observation);
        using var stream = BuiltInSignalSets.OpenJson(BuiltInSignalSets.InterviewOutlookId);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        _json = copy.ToArray();
    }

    [Benchmark(Description = "Assess")]
    public Assessment Assess() => _engine.Assess(_observation);

    [Benchmark(Description = "Explain (en, plain text)")]
    public string Explain() => ExplanationRenderer.ToPlainText(ExplanationGenerator.Default.Generate(_assessment, _engine.SignalSet, "en"));

    [Benchmark(Description = "Load (parse, validate, compile)")]
    public IInterviewEvaluator Load() => InterviewEvaluator.Create(SignalSetJson.Load(new MemoryStream(_json)));
}

/// <summary>100,000 varied observations, scored on one thread and on every core.</summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private IInterviewEvaluator _engine = null!;
    private Observation[] _observations = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook);
        _observations = SampleObservations.Varied(100_000);
    }

    [Benchmark(Baseline = true, Description = "Batch 100k, one thread")]
    public double OneThread()
    {
        var sum = 0.0;
        foreach (var o in _observations)
        {
            sum += _engine.Score(o).Score;
        }

        return sum;
    }

    [Benchmark(Description = "Batch 100k, all cores")]
    public double AllCores()
    {
        var partial = new double[Environment.ProcessorCount];
        Parallel.For(0, partial.Length, worker =>
        {
            var sum = 0.0;
            for (var i = worker; i < _observations.Length; i += partial.Length)
            {
                sum += _engine.Score(_observations[i]).Score;
            }

            partial[worker] = sum;
        });
        return partial.Sum();
    }
}

/// <summary>Cold start: a fresh process, from reading the embedded set to the first score.</summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class ColdStartBenchmarks
{
    [Benchmark(Description = "New to first result")]
    public double NewToFirstResult()
    {
        using var stream = BuiltInSignalSets.OpenJson(BuiltInSignalSets.InterviewOutlookId);
        var evaluator = InterviewEvaluator.Create(SignalSetJson.Load(stream));
        return evaluator.Score(SampleObservations.Typical()).Score;
    }
}

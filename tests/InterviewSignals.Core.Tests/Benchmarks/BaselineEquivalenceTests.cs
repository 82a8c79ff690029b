using InterviewSignals.Benchmarks;
using InterviewSignals.Benchmarks.Baselines;
using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;

namespace InterviewSignals.Tests.Benchmarks;

/// <summary>Keeps the benchmark honest: both baselines must give the engine's score for the same observations.</summary>
public class BaselineEquivalenceTests
{
    private static readonly Observation[] Varied = SampleObservations.Varied(300, seed: 7);

    [Fact]
    public void Hand_written_code_gives_the_engine_s_score()
    {
        var engine = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook);
        foreach (var o in Varied.Append(SampleObservations.Typical()))
        {
            Assert.Equal(engine.Score(o).Score, HandWrittenOutlook.Score(o, SampleObservations.AsOf), 12);
        }
    }

    [Fact]
    public void The_RulesEngine_workflow_gives_the_engine_s_score()
    {
        var engine = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook);
        var rulesEngine = new RulesEngineBaseline(BuiltInSignalSets.InterviewOutlook);
        foreach (var o in Varied.Append(SampleObservations.Typical()))
        {
            Assert.Equal(engine.Score(o).Score, rulesEngine.Score(o, SampleObservations.AsOf), 12);
        }
    }

    [Fact]
    public void The_varied_observations_exercise_rules_and_modifiers()
    {
        var engine = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook);
        var assessments = Varied.Select(engine.Assess).ToList();
        Assert.Contains(assessments, a => a.Contributions.Any(c => c.Source == ContributionSource.Rule && c.SignalId == "no-word-since-interview" && c.Strength is > 0 and < 1));
        Assert.Contains(assessments, a => a.Contributions.Any(c => c.SignalId == "prompt-warm-reply"));
        Assert.All(BuiltInSignalSets.InterviewOutlook.Modifiers, m => Assert.Contains(assessments, a => a.AppliedModifiers.Any(x => x.ModifierId == m.Id && x.AffectedSignals > 0)));
    }

    [Fact]
    public void The_regex_baseline_finds_at_least_every_signal_the_reader_proposes_in_the_benchmark_text()
    {
        var text = ReadingBenchmarks.Text(4096, 0);
        var reader = InterviewSignals.Reading.InterviewTextReader.Create(BuiltInSignalSets.InterviewOutlook);
        var regex = new RegexCueBaseline(BuiltInSignalSets.InterviewOutlook, "en");

        var reading = reader.Read(text);
        var proposed = reading.Signals.Count + reading.Facts.Count;

        Assert.True(proposed >= 5, $"the benchmark text should exercise the reader; it proposed {proposed}");
        Assert.True(regex.Read(text) >= proposed, "the baseline must do at least the matching the reader does, facts included");
        Assert.True(regex.CueCount > 100);
    }
}

using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Reading;
using InterviewSignals.Testing;

namespace InterviewSignals.Benchmarks.Baselines;

/// <summary>
/// Keeps each comparison honest: before a benchmark measures a baseline, the baseline must compute what the engine
/// computes (the same score for the same observations; at least the matching the reader does). A baseline that drifts
/// stops the run instead of producing a flattering number; the dry job in CI runs these checks.
/// </summary>
internal static class BaselineChecks
{
    private static readonly Lazy<Observation[]> Varied = new(() => SampleObservations.Varied(300, seed: 7).Append(SampleObservations.Typical()).ToArray());

    /// <summary>The hand-written code and the RulesEngine workflow give the engine's score, and the observations exercise rules and every modifier.</summary>
    public static void Scores(RulesEngineBaseline rulesEngine)
    {
        var engine = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook);
        foreach (var o in Varied.Value)
        {
            var expected = engine.Score(o).Score;
            Same(expected, HandWrittenOutlook.Score(o, SampleObservations.AsOf), "the hand-written code");
            Same(expected, rulesEngine.Score(o, SampleObservations.AsOf), "the RulesEngine workflow");
        }

        var assessments = Varied.Value.Select(engine.Assess).ToList();
        Require(assessments.Any(a => a.Contributions.Any(c => c.Source == ContributionSource.Rule && c.SignalId == "no-word-since-interview" && c.Strength is > 0 and < 1)), "a rule with a partial degree");
        Require(assessments.Any(a => a.Contributions.Any(c => c.SignalId == "prompt-warm-reply")), "prompt-warm-reply");
        foreach (var m in BuiltInSignalSets.InterviewOutlook.Modifiers)
        {
            Require(assessments.Any(a => a.AppliedModifiers.Any(x => x.ModifierId == m.Id && x.AffectedSignals > 0)), "modifier " + m.Id);
        }
    }

    /// <summary>The regex baseline does at least the matching the reader does on the benchmark text, facts included.</summary>
    public static void Reading(IInterviewTextReader reader, RegexCueBaseline regex, string text)
    {
        var reading = reader.Read(text);
        var proposed = reading.Signals.Count + reading.Facts.Count;
        Require(proposed >= 5, $"a benchmark text that exercises the reader (it proposed {proposed})");
        Require(regex.Read(text) >= proposed, "a regex baseline that matches at least what the reader proposes");
        Require(regex.CueCount > 100, "a regex baseline with every cue");
    }

    private static void Same(double expected, double actual, string what)
    {
        if (Math.Abs(expected - actual) > 1e-12)
        {
            throw new InvalidOperationException($"{what} scores {actual:R}, the engine {expected:R}: the baseline no longer computes the same thing.");
        }
    }

    private static void Require(bool holds, string what)
    {
        if (!holds)
        {
            throw new InvalidOperationException("The benchmark needs " + what + ".");
        }
    }
}

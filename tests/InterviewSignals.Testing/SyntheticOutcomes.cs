using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Testing;

/// <summary>
/// Labelled cases drawn from a known truth, for the fitter's tests and benchmark: the built-in outlook set with some
/// weights changed (up, down, towards zero, a derived signal's and two absent states' among them) and another base
/// rate; each varied observation gets an offer with the chance the truth's outlook gives it.
/// </summary>
public static class SyntheticOutcomes
{
    /// <summary>The weights the truth changes: (signal, state, weight in the truth).</summary>
    public static readonly IReadOnlyList<(string Signal, SignalState State, double Weight)> Changes = new[]
    {
        ("salary-discussed", SignalState.Present, 1.1),
        ("invited-to-next-round", SignalState.Present, 0.8),
        ("positive-feedback", SignalState.Present, 0.15),
        ("next-steps-explained", SignalState.Absent, -0.35),
        ("comfortable-atmosphere", SignalState.Absent, -0.9),
        ("asked-prepared-questions", SignalState.Absent, -0.7),
        ("no-word-since-interview", SignalState.Present, -1.3),
        ("vague-answers", SignalState.Present, -0.9),
    };

    /// <summary>Gets the truth: the built-in set with <see cref="Changes"/> and a base rate of 0.45.</summary>
    public static SignalSet Truth { get; } = BuildTruth();

    /// <summary>Cases from <see cref="SampleObservations.Varied"/>, each with an outcome drawn from the outlook of <paramref name="truth"/> (<see cref="Truth"/> by default).</summary>
    public static (Observation Observation, bool Offer)[] Cases(int count, int seed, SignalSet? truth = null)
    {
        var engine = InterviewEvaluator.Create(truth ?? Truth);
        var random = new Random(seed ^ 0x5eed);
        return SampleObservations.Varied(count, seed).Select(o => (o, random.NextDouble() < engine.Score(o).Outlook)).ToArray();
    }

    private static SignalSet BuildTruth()
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        var builder = SignalSet.CreateBuilder("synthetic-truth", "1.0.0").Extend(set).WithBaseRate(0.45);
        foreach (var group in Changes.GroupBy(c => c.Signal))
        {
            set.TryGetSignal(group.Key, out var signal);
            var present = group.FirstOrDefault(c => c.State == SignalState.Present) is { Signal: not null } p ? p.Weight : signal!.Weights.Present;
            var absent = group.FirstOrDefault(c => c.State == SignalState.Absent) is { Signal: not null } a ? a.Weight : signal!.Weights.Absent;
            builder.OverrideWeights(group.Key, present, absent);
        }

        return builder.Build();
    }
}

using InterviewSignals.Taxonomy;

namespace InterviewSignals.Tests.TestSupport;

/// <summary>Small hand-checked sets: weights chosen so that every expected number can be worked out by hand.</summary>
internal static class TestSets
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static SignalDefinition Signal(string id, double present, double absent, string category = "general", bool actionable = false, SignalDriver driver = SignalDriver.Interviewer, string? question = "Question?")
        => new()
        {
            Id = id,
            Title = "Title of " + id,
            Category = category,
            Weights = new SignalWeights(present, absent),
            Driver = driver,
            Actionable = actionable,
            Question = question,
            PresentText = id + " was present.",
            AbsentText = id + " was absent.",
            Advice = actionable ? SignalAdvice.WhenNotPresent("Do " + id + ".") : null,
            Sources = new[] { new SourceQuote("doc", "A quote.") },
        };

    public static SignalSetBuilder Builder(string id = "tiny") => SignalSet.CreateBuilder(id, "1.0.0")
        .WithTitle("Tiny")
        .WithBaseRate(0.5)
        .WithBands(new OutlookBands(EncouragingFrom: 0.6, ConcerningBelow: 0.4, MinimumCoverage: 0))
        .AddCategory("general", "General")
        .AddCategory("rapport", "Rapport")
        .AddDocument("doc", "A document");

    /// <summary>Three signals: a (+1/-1), b (+0.5/0, actionable), c (0/-2, rapport).</summary>
    public static SignalSet Tiny() => Builder()
        .AddSignal(Signal("a", 1.0, -1.0))
        .AddSignal(Signal("b", 0.5, 0, actionable: true))
        .AddSignal(Signal("c", 0, -2.0, category: "rapport"))
        .Build();
}

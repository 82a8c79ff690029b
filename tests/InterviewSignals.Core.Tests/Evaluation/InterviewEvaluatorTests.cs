using System.Globalization;
using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace InterviewSignals.Tests.Evaluation;

public class InterviewEvaluatorTests
{
    private static readonly IInterviewEvaluator Tiny = InterviewEvaluator.Create(TestSets.Tiny());

    private static Observation Observe(Action<ObservationBuilder> build)
    {
        var b = Observation.CreateBuilder().AsOf(TestSets.Monday);
        build(b);
        return b.Build();
    }

    [Fact]
    public void Nothing_answered_weighs_nothing_because_unknown_is_never_absent()
    {
        var a = Tiny.Assess(Observe(_ => { }));

        Assert.Equal(0.0, a.Score);
        Assert.Equal(0.5, a.Outlook);
        Assert.Empty(a.Contributions);
        Assert.Equal(0.0, a.Confidence.Coverage);
    }

    [Fact]
    public void Each_contribution_is_weight_times_strength_and_the_score_is_their_sum()
    {
        var a = Tiny.Assess(Observe(b => b.Present("a", 0.5).Absent("c").Absent("b")));

        Assert.Equal(new[] { ("a", 0.5), ("c", -2.0) }, a.Contributions.Select(c => (c.SignalId, c.Value)));
        Assert.Equal(-1.5, a.Score);
        Assert.Equal(OutlookBand.Concerning, a.Band);
        Assert.Equal(1.0, a.Confidence.Coverage);
        Assert.Equal(ContributionSource.Answer, a.Contributions[0].Source);
    }

    [Fact]
    public void Base_plus_contributions_equals_the_score_exactly_for_many_observations()
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        var evaluator = InterviewEvaluator.Create(set);
        var random = new Random(20261122);
        for (var n = 0; n < 300; n++)
        {
            var b = Observation.CreateBuilder().AsOf(TestSets.Monday);
            foreach (var s in set.Signals.Where(_ => random.NextDouble() < 0.5))
            {
                b.Answer(s.Id, random.NextDouble() < 0.5 ? SignalState.Present : SignalState.Absent, Math.Round(random.NextDouble(), 3));
            }

            if (random.NextDouble() < 0.7)
            {
                b.Fact("interview-length-minutes", random.Next(5, 180)).Fact("interviewer-count", random.Next(1, 5)).Fact("company-size", new[] { "startup", "small", "medium", "large" }[random.Next(4)]);
            }

            if (random.NextDouble() < 0.7)
            {
                b.Fact("interview-date", TestSets.Monday.AddDays(-random.Next(0, 30))).Fact("heard-back", random.NextDouble() < 0.3).Fact("candidate-self-doubts", random.NextDouble() < 0.5);
            }

            var observation = b.Build();
            var a = evaluator.Assess(observation);
            var sum = a.BaseScore;
            foreach (var c in a.Contributions)
            {
                sum += c.Value;
            }

            Assert.Equal(a.Score, sum);
            var fast = evaluator.Score(observation);
            Assert.Equal((a.Score, a.Outlook, a.Band), (fast.Score, fast.Outlook, fast.Band));
            Assert.InRange(a.Outlook, 0, 1);
        }
    }

    [Fact]
    public void An_observation_that_does_not_fit_lists_every_problem_and_weighs_nothing()
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        var obs = Observation.CreateBuilder()
            .Present("no-such-signal")
            .Fact("no-such-fact", 1)
            .Fact("interview-length-minutes", true)
            .Fact("interviewer-count", 99)
            .Fact("company-size", "huge")
            .Build();

        var ex = Assert.Throws<ObservationException>(() => InterviewEvaluator.Create(set).Assess(obs));

        Assert.Equal(
            new[]
            {
                "unknown-signal signals.no-such-signal", "unknown-fact facts.no-such-fact", "wrong-fact-kind facts.interview-length-minutes",
                "out-of-range facts.interviewer-count", "unknown-choice facts.company-size",
            },
            ex.Errors.Select(e => e.Code + " " + e.Path));
        Assert.Equal("Fact 'interviewer-count' must be between 1 and 30 people; it is 99.", ex.Errors[3].Message);
        Assert.Equal("'huge' is not a choice of fact 'company-size' (expected one of: startup, small, medium, large).", ex.Errors[4].Message);
    }

    [Fact]
    public void Rules_derive_signals_from_facts_and_an_explicit_answer_wins()
    {
        var evaluator = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook);
        var derived = evaluator.Assess(Observation.CreateBuilder().Fact("interview-length-minutes", 45).AsOf(TestSets.Monday).Build());
        var c = Assert.Single(derived.Contributions);
        Assert.Equal(("interview-over-30-minutes", ContributionSource.Rule, "long-interview"), (c.SignalId, c.Source, c.SourceId));

        var overridden = evaluator.Assess(Observation.CreateBuilder().Fact("interview-length-minutes", 45).Absent("interview-over-30-minutes").AsOf(TestSets.Monday).Build());
        Assert.Empty(overridden.Contributions);
    }

    [Fact]
    public void Without_an_as_of_the_clock_comes_from_the_time_provider()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var evaluator = InterviewEvaluator.Create(TestSets.Tiny(), new InterviewEvaluatorOptions { TimeProvider = clock });
        Assert.Equal(clock.GetUtcNow(), evaluator.Assess(Observation.CreateBuilder().Build()).AsOf);
        clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(clock.GetUtcNow(), evaluator.Assess(Observation.CreateBuilder().Build()).AsOf);
    }

    [Fact]
    public void An_assessment_carries_the_set_identity_and_library_version()
    {
        var a = Tiny.Assess(Observe(_ => { }));
        Assert.Equal(TestSets.Tiny().Reference, a.SignalSet);
        Assert.False(string.IsNullOrWhiteSpace(a.LibraryVersion));
        Assert.DoesNotContain("+", a.LibraryVersion, StringComparison.Ordinal);
        Assert.Equal(TestSets.Monday, a.AsOf);
        Assert.False(a.HumanReviewRequired);
    }

    [Fact]
    public void Employer_use_requires_human_review()
    {
        var set = TestSets.Builder().WithIntendedUse(IntendedUse.EmployerProcessInsight).AddSignal(TestSets.Signal("a", 1, 0)).Build();
        Assert.True(InterviewEvaluator.Create(set).Assess(Observation.CreateBuilder().Build()).HumanReviewRequired);
    }

    [Fact]
    public void Too_little_known_is_too_early_to_tell()
    {
        var a = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook).Assess(Observation.CreateBuilder().Present("salary-discussed").AsOf(TestSets.Monday).Build());
        Assert.Equal(OutlookBand.TooEarlyToTell, a.Band);
        Assert.Equal(TooEarlyReason.TooLittleKnown, a.TooEarlyReason);
        Assert.Equal(OutlookBand.Mixed, a.IndexBand);
    }

    [Fact]
    public void Strong_evidence_both_ways_lowers_confidence()
    {
        var set = TestSets.Builder().AddSignal(TestSets.Signal("up", 1.5, 0)).AddSignal(TestSets.Signal("down", -1.5, 0)).Build();
        var a = InterviewEvaluator.Create(set).Assess(Observation.CreateBuilder().Present("up").Present("down").Build());
        Assert.True(a.Confidence.Conflicting);
        Assert.Equal(ConfidenceLevel.Moderate, a.Confidence.Level);
    }

    [Theory]
    [InlineData("")]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("es-ES")]
    public void The_assessment_json_does_not_depend_on_the_current_culture(string culture)
    {
        var obs = Observation.CreateBuilder().Present("salary-discussed", 0.75).Absent("next-steps-explained").Fact("interview-length-minutes", 47.5)
            .Fact("company-size", "large").Fact("interview-date", TestSets.Monday.AddDays(-12)).Fact("heard-back", false).AsOf(TestSets.Monday).Build();
        var evaluator = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook);
        var expected = InterviewSignals.Serialization.InterviewSignalsJson.ToJson(evaluator.Assess(obs));

        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(expected, InterviewSignals.Serialization.InterviewSignalsJson.ToJson(evaluator.Assess(obs)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}

using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Observations;
using InterviewSignals.Outcomes;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Tests.Outcomes;

public class OutcomeCalibratorTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
    private static readonly SignalSet Set = BuiltInSignalSets.InterviewOutlook;
    private static readonly IInterviewEvaluator Engine = InterviewEvaluator.Create(Set);

    /// <summary>Assessments of random observations, each with an outcome drawn from a known truth: P(offer) = σ(a + b × score).</summary>
    private static List<(Assessment Assessment, bool Offer)> Cases(int count, double a, double b, int seed)
    {
        var random = new Random(seed);
        var ids = Set.Signals.Where(s => !Set.Rules.Any(r => r.Signal == s.Id)).Select(s => s.Id).ToArray();
        var cases = new List<(Assessment, bool)>();
        for (var i = 0; i < count; i++)
        {
            var builder = Observation.CreateBuilder().AsOf(AsOf);
            foreach (var id in ids.Where(_ => random.NextDouble() < 0.15))
            {
                builder.Answer(id, random.NextDouble() < 0.5 ? SignalState.Present : SignalState.Absent);
            }

            var assessment = Engine.Assess(builder.Build());
            cases.Add((assessment, random.NextDouble() < 1 / (1 + Math.Exp(-(a + (b * assessment.Score))))));
        }

        return cases;
    }

    private static OutcomeCalibrator Calibrator(IEnumerable<(Assessment Assessment, bool Offer)> cases)
    {
        var calibrator = OutcomeCalibrator.Create(Set);
        foreach (var (assessment, offer) in cases)
        {
            calibrator.Add(assessment, offer);
        }

        return calibrator;
    }

    [Fact]
    public void The_fit_recovers_a_known_recalibration_and_records_where_it_came_from()
    {
        var calibrated = Calibrator(Cases(3000, -0.4, 0.5, seed: 3)).Calibrate("synthetic cases for a test", AsOf);
        var c = calibrated.Calibration!;

        Assert.Equal(-0.4, c.Intercept, 0.25);
        Assert.Equal(0.5, c.Slope, 0.2);
        Assert.Equal(3000, c.Cases);
        Assert.Equal("interview-outlook-calibrated", calibrated.Id);
        Assert.Equal(Set.Reference, calibrated.BasedOn);

        // Held out, the calibrated outlook is closer to the truth than the raw one.
        Assert.True(c.After!.Brier < c.Before!.Brier, $"Brier {c.Before.Brier} → {c.After.Brier}");
        Assert.Equal(1, c.After.CalibrationSlope!.Value, 0.35);
    }

    [Fact]
    public void A_calibrated_set_round_trips_validates_and_is_applied_with_a_disclosure()
    {
        var calibrated = Calibrator(Cases(600, 0.3, 0.7, seed: 8)).Calibrate("our 2026 engineering hires", AsOf.AddMilliseconds(1234.5));
        var reloaded = SignalSetJson.Parse(SignalSetJson.ToJson(calibrated));
        var observation = Observation.CreateBuilder().AsOf(AsOf).Present("invited-to-next-round").Present("salary-discussed").Build();

        var raw = Engine.Assess(observation);
        var assessment = InterviewEvaluator.Create(reloaded).Assess(observation);
        var explanation = ExplanationGenerator.Create().Generate(assessment, reloaded, "en");

        Assert.Equal(calibrated.ContentHash, reloaded.ContentHash);
        Assert.Equal(calibrated.Calibration, reloaded.Calibration);
        Assert.Equal(raw.Score, assessment.Score, 12);
        var c = reloaded.Calibration!;
        Assert.Equal(c.Intercept + (c.Slope * raw.Score), assessment.CalibratedScore!.Value, 12);
        Assert.Equal(1 / (1 + Math.Exp(-assessment.CalibratedScore.Value)), assessment.Outlook, 12);
        Assert.Equal(reloaded.ContentHash, assessment.SignalSet.ContentHash);
        Assert.Contains(explanation.Disclaimers, d => d.Code == "disclaimer.calibrated" && d.Text.Contains("600 past outcomes", StringComparison.Ordinal) && d.Text.Contains("our 2026 engineering hires", StringComparison.Ordinal));
        Assert.DoesNotContain(ExplanationGenerator.Create().Generate(raw, Set, "en").Disclaimers, d => d.Code == "disclaimer.calibrated");
    }

    [Fact]
    public void Too_few_cases_or_too_few_of_an_outcome_are_refused()
    {
        var few = Assert.Throws<CalibrationRefusedException>(() => Calibrator(Cases(150, 0, 1, seed: 1)).Calibrate("x", AsOf));
        var oneSided = Assert.Throws<CalibrationRefusedException>(() => Calibrator(Cases(400, 0, 1, seed: 1).Select(c => (c.Assessment, true))).Calibrate("x", AsOf));

        Assert.Equal("too-few-cases", few.Code);
        Assert.Contains("150 cases", few.Message, StringComparison.Ordinal);
        Assert.Equal("too-few-of-an-outcome", oneSided.Code);
    }

    [Fact]
    public void A_slope_at_or_below_zero_is_refused_with_the_reason()
    {
        // Outcomes that go against the score: a recalibration would turn the outlook round.
        var ex = Assert.Throws<CalibrationRefusedException>(() => Calibrator(Cases(1000, 0, -1.5, seed: 4)).Calibrate("x", AsOf));

        Assert.Equal("slope-not-positive", ex.Code);
        Assert.Contains("higher score goes with fewer offers", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"slope\": 0.8", "\"slope\": -0.2", "$.calibration.slope")]
    [InlineData("\"cases\": 600", "\"cases\": 0", "$.calibration.cases")]
    [InlineData("\"description\": \"d\"", "\"description\": \" \"", "$.calibration.description")]
    public void A_set_with_a_calibration_that_cannot_be_right_is_refused(string find, string replace, string path)
    {
        var json = SignalSetJson.ToJson(SignalSet.CreateBuilder("mini", "1.0.0").Extend(Set).WithCalibration(new SetCalibration
        {
            Intercept = 0.1, Slope = 0.8, Cases = 600, Offers = 200, Description = "d", Date = AsOf,
        }).Build());
        Assert.Contains(find, json, StringComparison.Ordinal);

        var ex = Assert.Throws<SignalSetException>(() => SignalSetJson.Parse(json.Replace(find, replace, StringComparison.Ordinal)));

        Assert.Contains(ex.Errors, e => e.Path == path);
    }

    [Fact]
    public void Evaluating_a_calibrated_set_on_fresh_cases_from_the_same_truth_finds_it_calibrated()
    {
        var calibrated = Calibrator(Cases(3000, -0.4, 0.5, seed: 3)).Calibrate("synthetic", AsOf);
        var engine = InterviewEvaluator.Create(calibrated);
        var evaluation = OutcomeCheck.Create(calibrated, new OutcomeCheckOptions { BootstrapReplicates = 0 });

        foreach (var (assessment, offer) in Cases(3000, -0.4, 0.5, seed: 21))
        {
            evaluation.Add(Reassess(engine, assessment), offer);
        }

        var report = evaluation.Report();
        Assert.Equal(0, report.CalibrationIntercept!.Value, 0.3);
        Assert.Equal(1, report.CalibrationSlope!.Value, 0.35);
    }

    /// <summary>The same case weighed with another set: the raw score is the same, since a calibrated set keeps the weights.</summary>
    private static Assessment Reassess(IInterviewEvaluator engine, Assessment original)
    {
        var builder = Observation.CreateBuilder().AsOf(AsOf);
        foreach (var c in original.Contributions)
        {
            builder.Answer(c.SignalId, c.State, c.Strength);
        }

        var assessment = engine.Assess(builder.Build());
        Assert.Equal(original.Score, assessment.Score, 9);
        return assessment;
    }
}

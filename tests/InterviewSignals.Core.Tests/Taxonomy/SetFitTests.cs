using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Observations;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Tests.Taxonomy;

/// <summary>The fit record in the format: it travels with the weights it describes, and a set whose weights no longer match it is refused.</summary>
public class SetFitTests
{
    private static readonly SignalSet Set = BuiltInSignalSets.InterviewOutlook;
    private static readonly DateTimeOffset Date = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private static SetFit Record(double salary, string description = "test cases") => new()
    {
        FittedOn = Set.Reference,
        Cases = 500,
        Offers = 200,
        Description = description,
        Date = Date,
        PriorStrength = 10,
        Folds = 5,
        BasePrior = Math.Log(0.4 / 0.6),
        BaseFitted = Math.Log(0.4 / 0.6),
        Weights = new[]
        {
            new FittedWeight { SignalId = "salary-discussed", State = SignalState.Present, Prior = 0.48, Fitted = salary, Support = 300, StandardError = 0.1, Status = FittedWeightStatus.Fitted },
        },
    };

    private static SignalSet Fitted(double weight, SetFit? fit = null)
        => SignalSet.CreateBuilder("outlook-fitted", "1.0.0").Extend(Set).OverrideWeights("salary-discussed", weight, 0).WithFit(fit ?? Record(weight)).Build();

    [Fact]
    public void A_set_that_extends_a_fitted_set_inherits_the_record_and_its_disclosure()
    {
        var fitted = Fitted(0.9);
        var extension = SignalSet.CreateBuilder("outlook-fitted-plus", "1.0.0").Extend(fitted).WithTitle("Plus").Build();
        var reloaded = SignalSetJson.LoadFiles(new[] { Write(SignalSetJson.ToExtendingJson(fitted, Set)), Write(SignalSetJson.ToExtendingJson(extension, fitted)) }, BuiltInSignalSets.JsonOptions)[1];
        var assessment = InterviewEvaluator.Create(reloaded).Assess(Observation.CreateBuilder().AsOf(Date).Present("salary-discussed").Build());

        Assert.Equal(fitted.Fit, extension.Fit);
        Assert.Equal(extension.ContentHash, reloaded.ContentHash);
        Assert.Equal("disclaimer.fitted", ExplanationGenerator.Default.Generate(assessment, reloaded, "en").Disclaimers[0].Code);
    }

    [Fact]
    public void An_extension_that_changes_a_fitted_weight_or_the_base_rate_is_refused_where_it_changes_it()
    {
        var fitted = Fitted(0.9);

        var weight = Assert.Throws<SignalSetException>(() => SignalSet.CreateBuilder("changed", "1.0.0").Extend(fitted).OverrideWeights("salary-discussed", 0.7, 0).Build());
        var baseRate = Assert.Throws<SignalSetException>(() => SignalSet.CreateBuilder("changed", "1.0.0").Extend(fitted).WithBaseRate(0.5).Build());

        var e = Assert.Single(weight.Errors);
        Assert.Equal((SignalSetErrorCodes.InvalidValue, "$.overrides[0].weights"), (e.Code, e.Path));
        Assert.Equal("The fit record says the weight of 'salary-discussed' when present was fitted to 0.9, but the set weighs it 0.7: the disclosure would be untrue. Fit again, or extend the set that was fitted without changing its fitted weights.", e.Message);
        Assert.Equal("$.baseRate", Assert.Single(baseRate.Errors).Path);
    }

    [Fact]
    public void A_record_that_names_an_unknown_signal_or_lacks_a_description_is_refused_with_every_problem()
    {
        var bad = Record(0.9, " ") with
        {
            Cases = 0,
            Weights = new[] { Record(0.9).Weights[0], Record(0.9).Weights[0] with { SignalId = "no-such-signal" } },
        };

        var ex = Assert.Throws<SignalSetException>(() => Fitted(0.9, bad));

        Assert.Equal(
            new[] { ("missing-text", "$.fit.description"), ("invalid-value", "$.fit.cases"), ("unknown-reference", "$.fit.weights[1].signal") },
            ex.Errors.Select(e => (e.Code, e.Path)));
    }

    [Fact]
    public void A_document_whose_fit_was_made_on_another_set_than_the_one_it_extends_is_refused()
    {
        var json = SignalSetJson.ToExtendingJson(Fitted(0.9), Set);
        var tampered = json.Replace(Set.ContentHash, "sha256:" + new string('0', 64), StringComparison.Ordinal);

        var ex = Assert.Throws<SignalSetException>(() => SignalSetJson.Parse(tampered, BuiltInSignalSets.JsonOptions));

        var e = Assert.Single(ex.Errors);
        Assert.Equal("$.fit.fittedOn", e.Path);
        Assert.Contains($"but this document extends interview-outlook@{Set.Version}", e.Message, StringComparison.Ordinal);
        Assert.NotNull(e.Line);
    }

    [Fact]
    public void The_record_is_part_of_the_content_hash_and_round_trips_in_the_full_form_too()
    {
        var fitted = Fitted(0.9);
        var other = Fitted(0.9, Record(0.9, "other cases"));
        var full = SignalSetJson.Parse(SignalSetJson.ToJson(fitted), BuiltInSignalSets.JsonOptions);

        Assert.NotEqual(fitted.ContentHash, other.ContentHash);
        Assert.Equal(fitted.ContentHash, full.ContentHash);
        Assert.Equal(fitted.Fit, full.Fit);
        Assert.Equal(Set.ContentHash, SignalSetJson.Parse(SignalSetJson.ToJson(Set), BuiltInSignalSets.JsonOptions).ContentHash);
    }

    private static string Write(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fit-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}

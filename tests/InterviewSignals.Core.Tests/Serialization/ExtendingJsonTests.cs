using InterviewSignals.BuiltIn;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Tests.Serialization;

public class ExtendingJsonTests
{
    private static readonly SignalSet Set = BuiltInSignalSets.InterviewOutlook;

    [Fact]
    public void An_extension_is_written_as_what_it_changes_and_reads_back_with_the_same_hash()
    {
        var extension = SignalSet.CreateBuilder("outlook-tuned", "2.0.0").Extend(Set)
            .WithTitle("Tuned").WithBaseRate(0.5).WithBands(new OutlookBands(0.65, 0.35, 0.2)).AddNote("Tuned by hand.")
            .OverrideWeights("salary-discussed", 0.7, 0).OverridePrevalence("salary-discussed", 0.3)
            .WithCalibration(new SetCalibration { Intercept = 0.1, Slope = 0.8, Cases = 300, Offers = 100, Description = "d", Date = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero) })
            .Build();

        var json = SignalSetJson.ToExtendingJson(extension, Set, indented: false);
        var reloaded = SignalSetJson.Parse(json, BuiltInSignalSets.JsonOptions);

        Assert.StartsWith("{\"formatVersion\":1,\"id\":\"outlook-tuned\",\"version\":\"2.0.0\",\"extends\":\"interview-outlook\",\"title\":\"Tuned\",\"baseRate\":0.5,\"bands\":", json, StringComparison.Ordinal);
        Assert.Contains("\"overrides\":[{\"signal\":\"salary-discussed\",\"weights\":{\"present\":0.7,\"absent\":0},\"prevalence\":0.3}]", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"signals\"", json, StringComparison.Ordinal);
        Assert.Equal(extension.ContentHash, reloaded.ContentHash);
        Assert.Equal(0.3, reloaded.Signals.Single(s => s.Id == "salary-discussed").Prevalence);
    }

    [Fact]
    public void A_set_that_adds_items_or_extends_another_set_cannot_be_written_as_an_extension()
    {
        var added = SignalSet.CreateBuilder("outlook-plus", "1.0.0").Extend(Set).AddNote("n")
            .AddSignal(new SignalDefinition { Id = "extra", Title = "Extra", Category = Set.Categories[0].Id, Weights = new SignalWeights(0, 0) }).Build();

        var adds = Assert.Throws<ArgumentException>(() => SignalSetJson.ToExtendingJson(added, Set));
        var other = Assert.Throws<ArgumentException>(() => SignalSetJson.ToExtendingJson(added, BuiltInSignalSets.RejectionReview));

        Assert.Contains($"outlook-plus@1.0.0 cannot be written as an extension of interview-outlook@{Set.Version}: its signals differ beyond their weights and prevalence.", adds.Message, StringComparison.Ordinal);
        Assert.Contains("it does not extend that set", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prevalence_override_out_of_range_is_refused_at_the_override()
    {
        var json = """{ "formatVersion": 1, "id": "x", "version": "1.0.0", "extends": "interview-outlook", "overrides": [ { "signal": "salary-discussed", "weights": { "present": 0.5, "absent": 0 }, "prevalence": 1.2 } ] }""";

        var ex = Assert.Throws<SignalSetException>(() => SignalSetJson.Parse(json, BuiltInSignalSets.JsonOptions));

        Assert.Equal(("invalid-value", "$.overrides[0].prevalence"), (Assert.Single(ex.Errors).Code, ex.Errors[0].Path));
    }
}

using InterviewSignals.BuiltIn;
using InterviewSignals.Observations;
using InterviewSignals.Serialization;

namespace InterviewSignals.Tests.Serialization;

/// <summary>The non-throwing paths report the same problems as the throwing ones.</summary>
public class TryParseTests
{
    [Fact]
    public void A_bad_observation_gives_false_and_every_problem()
    {
        var ok = ObservationJson.TryParse("""{ "signals": { "salary-discussd": "present" }, "facts": { "company-size": "huge" } }""", BuiltInSignalSets.InterviewOutlook, out var observation, out var errors);

        Assert.False(ok);
        Assert.Null(observation);
        Assert.Equal(new[] { ObservationErrorCodes.UnknownSignal, ObservationErrorCodes.UnknownChoice }, errors.Select(e => e.Code));
        Assert.EndsWith("Did you mean 'salary-discussed'?", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_good_observation_gives_true_and_no_errors()
    {
        Assert.True(ObservationJson.TryParse("""{ "signals": { "salary-discussed": "present" } }""", BuiltInSignalSets.InterviewOutlook, out var observation, out var errors));
        Assert.Empty(errors);
        Assert.Equal(SignalAnswer(), observation!.Signals["salary-discussed"]);
    }

    [Fact]
    public void A_set_gives_false_with_positions_or_true_with_the_set()
    {
        Assert.False(SignalSetJson.TryParse("""{ "formatVersion": 1, "id": "x" """, out var bad, out var errors, sourceName: "x.json"));
        Assert.Null(bad);
        Assert.Equal("malformed-json", Assert.Single(errors).Code);

        Assert.True(SignalSetJson.TryParse(SignalSetJson.ToJson(BuiltInSignalSets.RejectionReview), out var set, out var none));
        Assert.Empty(none);
        Assert.Equal(BuiltInSignalSets.RejectionReview.ContentHash, set!.ContentHash);
    }

    [Fact]
    public void An_assessment_that_is_not_one_gives_false_and_where()
    {
        Assert.False(InterviewSignalsJson.TryParseAssessment("""{ "score": "high" }""", out var assessment, out var errors));
        Assert.Null(assessment);
        var error = Assert.Single(errors);
        Assert.StartsWith("The text is not an assessment at line 1, column ", error.Message, StringComparison.Ordinal);
        Assert.Equal((ResultJsonErrorCodes.InvalidValue, 1), (error.Code, error.Line));
    }

    private static SignalAnswer SignalAnswer() => new(InterviewSignals.Taxonomy.SignalState.Present);

    [Fact]
    public void A_stored_result_that_names_no_set_is_refused_rather_than_explained_with_any()
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        var assessment = InterviewSignals.Evaluation.InterviewEvaluator.Create(set).Assess(Observation.CreateBuilder().Present("salary-discussed").Build());
        var json = InterviewSignalsJson.ToJson(assessment);
        var reference = $"\"signalSet\": {{\n    \"id\": \"{set.Id}\",\n    \"version\": \"{set.Version}\",\n    \"contentHash\": \"{set.ContentHash}\"\n  }}";
        Assert.Contains(reference, json, StringComparison.Ordinal);

        var ok = InterviewSignalsJson.TryParseAssessment(json.Replace(reference, "\"signalSet\": null", StringComparison.Ordinal), out var none, out var errors);

        Assert.False(ok);
        Assert.Null(none);
        var e = Assert.Single(errors);
        Assert.Equal(ResultJsonErrorCodes.InvalidValue, e.Code);
        Assert.Equal("$.signalSet", e.Path);
        Assert.True(InterviewSignalsJson.TryParseAssessment(json, out _, out _));
    }
}

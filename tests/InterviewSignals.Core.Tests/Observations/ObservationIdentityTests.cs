using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Outcomes;
using InterviewSignals.Questionnaires;
using InterviewSignals.Reading;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Tests.Observations;

/// <summary>
/// An observation that came from a reading, a questionnaire or JSON read with a set remembers that set, and every
/// part that weighs, plans, fits or merges it refuses another set the same way: by content hash, with
/// <see cref="SignalSetMismatchException"/>.
/// </summary>
public class ObservationIdentityTests
{
    private static readonly SignalSet Outlook = BuiltInSignalSets.InterviewOutlook;

    /// <summary>The outlook set with one weight changed: the same id and signals, another content hash.</summary>
    private static readonly SignalSet Variant = SignalSetJson.Parse(
        SignalSetJson.ToJson(Outlook).Replace("\"version\": \"" + Outlook.Version + "\"", "\"version\": \"" + Outlook.Version + "-variant\"", StringComparison.Ordinal));

    private static TextReading Reading() => InterviewTextReader.Create(Outlook).Read("They asked when I could start. The interview took an hour.");

    [Fact]
    public void A_reading_a_questionnaire_and_json_each_record_the_set()
    {
        var fromReading = Reading().ToObservation();
        var fromQuestions = Questionnaire.Create(Outlook).ToObservation(new Dictionary<string, string?> { ["salary-discussed"] = "yes" });
        var fromJson = ObservationJson.Parse("""{ "signals": { "salary-discussed": "present" } }""", Outlook);

        Assert.Equal(Outlook.Reference, fromReading.SignalSet);
        Assert.Equal(Outlook.Reference, fromQuestions.SignalSet);
        Assert.Equal(Outlook.Reference, fromJson.SignalSet);
        Assert.Null(Observation.CreateBuilder().Present("salary-discussed").Build().SignalSet);
        Assert.Equal(Outlook.Reference, fromReading.WithAsOf(DateTimeOffset.UnixEpoch).SignalSet);
    }

    [Fact]
    public void Another_set_with_the_same_id_is_refused_everywhere_by_content_hash()
    {
        Assert.Equal(Outlook.Id, Variant.Id);
        Assert.NotEqual(Outlook.ContentHash, Variant.ContentHash);
        var observation = Reading().ToObservation();

        var refusals = new Action[]
        {
            () => InterviewEvaluator.Create(Variant).Assess(observation),
            () => InterviewEvaluator.Create(Variant).Score(observation),
            () => QuestionPlanner.Create(Variant).Plan(observation),
            () => OutcomeFitter.Create(Variant).Add(observation, offer: true),
            () => Questionnaire.Create(Variant).AnswersFrom(observation),
            () => InterviewTextReader.Create(Variant).Read("They asked when I could start.").MergeInto(observation),
        };

        foreach (var refuse in refusals)
        {
            var ex = Assert.Throws<SignalSetMismatchException>(refuse);
            Assert.Equal(Outlook.ContentHash, ex.Expected.ContentHash);
            Assert.Equal(Variant.ContentHash, ex.Actual!.ContentHash);
        }
    }

    [Fact]
    public void The_set_it_was_made_for_and_hand_built_observations_are_accepted()
    {
        var observation = Reading().ToObservation();
        var handBuilt = Observation.CreateBuilder().Present("asked-when-you-could-start").Build();

        var evaluator = InterviewEvaluator.Create(Outlook);
        Assert.Equal(evaluator.Score(observation), evaluator.Score(ObservationJson.Parse(ObservationJson.ToJson(observation), Outlook)));
        Assert.Equal(QuestionPlanner.Create(Variant).Plan(handBuilt).Score, InterviewEvaluator.Create(Variant).Score(handBuilt).Score);
        Assert.Equal(Outlook.Reference, Reading().MergeInto(handBuilt).SignalSet);
    }

    [Fact]
    public void Json_written_for_one_set_is_an_error_record_for_another_not_an_exception()
    {
        var json = ObservationJson.ToJson(Reading().ToObservation());

        Assert.Contains(Outlook.ContentHash, json, StringComparison.Ordinal);
        Assert.False(ObservationJson.TryParse(json, Variant, out var none, out var errors));
        Assert.Null(none);
        var e = Assert.Single(errors);
        Assert.Equal(ObservationErrorCodes.SignalSetMismatch, e.Code);
        Assert.Equal("$.signalSet", e.Path);
        Assert.True(ObservationJson.TryParse(json, Outlook, out var back, out _));
        Assert.Equal(Outlook.Reference, back!.SignalSet);
    }

    [Fact]
    public void A_set_that_extends_the_one_it_was_made_for_accepts_it_and_the_base_refuses_the_extensions()
    {
        var extension = SignalSetJson.Parse(
            """{ "formatVersion": 1, "id": "my-outlook", "version": "1.0.0", "extends": "interview-outlook", "overrides": [ { "signal": "salary-discussed", "weights": { "present": 0.2, "absent": 0 } } ] }""",
            BuiltInSignalSets.JsonOptions);
        var onTop = SignalSetJson.Parse(
            """{ "formatVersion": 1, "id": "on-top", "version": "1.0.0", "extends": "my-outlook" }""",
            new SignalSetJsonOptions { ResolveExtends = id => id == "my-outlook" ? extension : BuiltInSignalSets.Find(id) });
        var fromBase = Reading().ToObservation();

        Assert.Equal(extension.Reference, InterviewEvaluator.Create(extension).Assess(fromBase).SignalSet);
        Assert.Equal(InterviewEvaluator.Create(Outlook).Assess(fromBase).Contributions.Count, InterviewEvaluator.Create(extension).Assess(fromBase).Contributions.Count);
        InterviewEvaluator.Create(onTop).Assess(fromBase);
        Assert.True(ObservationJson.TryParse(ObservationJson.ToJson(fromBase), onTop, out _, out _));

        var fromExtension = InterviewTextReader.Create(extension).Read("They asked when I could start.").ToObservation();
        Assert.Throws<SignalSetMismatchException>(() => InterviewEvaluator.Create(Outlook).Assess(fromExtension));
        Assert.False(ObservationJson.TryParse(ObservationJson.ToJson(fromExtension), Outlook, out _, out var errors));
        Assert.Equal(ObservationErrorCodes.SignalSetMismatch, Assert.Single(errors).Code);
    }
}

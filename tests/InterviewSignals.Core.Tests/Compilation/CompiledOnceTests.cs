using InterviewSignals.BuiltIn;
using InterviewSignals.Compilation;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Hosting;
using InterviewSignals.Questionnaires;
using InterviewSignals.Reading;
using InterviewSignals.Serialization;

namespace InterviewSignals.Tests.Compilation;

/// <summary>A set is compiled once, however many evaluators, readers and planners are made for it and however often they run.</summary>
public class CompiledOnceTests
{
    [Fact]
    public void Text_to_explanation_with_every_part_compiles_the_set_once_and_each_cue_language_once()
    {
        // A fresh instance, so that no other test has compiled it.
        var set = SignalSetJson.Parse(SignalSetJson.ToJson(BuiltInSignalSets.InterviewOutlook));
        Assert.Equal(0, CompiledSet.CompilationsOf(set));

        var reading = InterviewTextReader.Create(set).Read("They asked when I could start. The interview took an hour.");
        InterviewTextReader.Create(set).Read("Me preguntaron cuándo podía empezar.", new TextDetails { Language = "es" });
        InterviewTextReader.Create(set).Read("They introduced me to the team.");
        var observation = reading.ToObservation();
        var assessment = InterviewEvaluator.Create(set).Assess(observation);
        InterviewEvaluator.Create(set).Score(observation);
        QuestionPlanner.Create(set).Plan(observation);
        _ = Questionnaire.Create(set).PlannedOrder;
        ExplanationGenerator.Default.Generate(assessment, set, "es");
        var registry = new SignalSetRegistry(new[] { set });
        registry.GetReader().Read("No word since.");
        registry.GetPlanner().Plan(observation);

        Assert.Equal(1, CompiledSet.CompilationsOf(set));
        Assert.Equal(2, CompiledSet.Of(set).CueCompilations);
    }

    [Fact]
    public void Another_instance_of_the_same_set_is_compiled_for_itself()
    {
        var json = SignalSetJson.ToJson(BuiltInSignalSets.RejectionReview);
        var one = SignalSetJson.Parse(json);
        var two = SignalSetJson.Parse(json);

        InterviewEvaluator.Create(one);
        InterviewEvaluator.Create(two);

        Assert.Equal(one.ContentHash, two.ContentHash);
        Assert.Equal(1, CompiledSet.CompilationsOf(one));
        Assert.Equal(1, CompiledSet.CompilationsOf(two));
        Assert.NotSame(CompiledSet.Of(one), CompiledSet.Of(two));
    }
}

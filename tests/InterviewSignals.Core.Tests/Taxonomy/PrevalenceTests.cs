using InterviewSignals.BuiltIn;
using InterviewSignals.Questionnaires;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Tests.Taxonomy;

public class PrevalenceTests
{
    private const string Mini = """
        {
          "formatVersion": 1, "id": "mini", "version": "1.0.0", "title": "Mini", "intendedUse": "candidate-self-assessment", "baseRate": 0.5,
          "categories": [ { "id": "general", "title": "General" } ],
          "documents": [ { "id": "doc", "title": "Doc" } ],
          "signals": [
            { "id": "a", "title": "A", "category": "general", "weights": { "present": 1, "absent": -1 }, "prevalence": 0.2,
              "driver": "interviewer", "phase": "during", "question": "A?", "texts": { "present": "A yes.", "absent": "A no." },
              "sources": [ { "document": "doc", "quote": "Q." } ] },
            { "id": "b", "title": "B", "category": "general", "weights": { "present": 1, "absent": -1 },
              "driver": "interviewer", "phase": "during", "question": "B?", "texts": { "present": "B yes.", "absent": "B no." },
              "sources": [ { "document": "doc", "quote": "Q." } ] }
          ]
        }
        """;

    [Fact]
    public void A_declared_prevalence_is_read_written_hashed_and_given_to_the_questionnaire_with_the_default_for_the_rest()
    {
        var set = SignalSetJson.Parse(Mini);
        var questions = Questionnaire.Create(set).Questions.ToDictionary(q => q.Id);

        Assert.Equal((0.2, (double?)null), (set.Signals[0].Prevalence, set.Signals[1].Prevalence));
        Assert.Equal((0.2, SignalDefinition.DefaultPrevalence), (questions["a"].Prevalence, questions["b"].Prevalence));
        Assert.Equal(set.ContentHash, SignalSetJson.Parse(SignalSetJson.ToJson(set)).ContentHash);
        Assert.NotEqual(set.ContentHash, SignalSetJson.Parse(Mini.Replace("\"prevalence\": 0.2,", string.Empty, StringComparison.Ordinal)).ContentHash);
        Assert.Contains("\"prevalence\":0.2", InterviewSignalsJson.ToJson(Questionnaire.Create(set), indented: false), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("1.5")]
    public void A_prevalence_outside_0_to_1_is_refused_at_its_path(string value)
    {
        var ex = Assert.Throws<SignalSetException>(() => SignalSetJson.Parse(Mini.Replace("\"prevalence\": 0.2", "\"prevalence\": " + value, StringComparison.Ordinal)));

        Assert.Equal("$.signals[0].prevalence", Assert.Single(ex.Errors).Path);
    }

    [Fact]
    public void The_outlook_set_declares_a_prior_for_every_question_it_asks_and_none_for_derived_signals()
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        var derived = set.Rules.Select(r => r.Signal).ToHashSet();
        Assert.All(set.Signals, s =>
        {
            if (derived.Contains(s.Id))
            {
                Assert.Null(s.Prevalence);
            }
            else
            {
                Assert.InRange(s.Prevalence!.Value, 0.01, 0.99);
            }
        });
    }
}

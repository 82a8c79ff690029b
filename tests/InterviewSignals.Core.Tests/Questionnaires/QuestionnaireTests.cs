using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Questionnaires;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Tests.Questionnaires;

public class QuestionnaireTests
{
    private static readonly Questionnaire Outlook = Questionnaire.Create(BuiltInSignalSets.InterviewOutlook);

    [Fact]
    public void Questions_are_grouped_by_phase_in_order()
    {
        Assert.Equal(new[] { InterviewPhase.During, InterviewPhase.Closing, InterviewPhase.After }, Outlook.Sections.Select(s => s.Phase));
        Assert.Equal(new[] { "During the interview", "As the interview closed", "Since the interview" }, Outlook.Sections.Select(s => s.Title));
    }

    [Fact]
    public void Signals_derived_by_rules_are_left_out_and_facts_are_asked_instead()
    {
        var ids = Outlook.Questions.Select(q => q.Id).ToList();
        foreach (var derived in BuiltInSignalSets.InterviewOutlook.Rules.Select(r => r.Signal).Distinct())
        {
            Assert.DoesNotContain(derived, ids);
        }

        Assert.Contains("interview-length-minutes", ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Questions_carry_their_answer_kinds_units_and_choices()
    {
        var length = Outlook.Questions.Single(q => q.Id == "interview-length-minutes");
        Assert.Equal((AnswerKind.Number, "minutes", 0.0, 600.0), (length.Kind, length.Unit, length.Minimum, length.Maximum));

        var size = Outlook.Questions.Single(q => q.Id == "company-size");
        Assert.Equal(AnswerKind.Choice, size.Kind);
        Assert.Equal(new[] { "startup", "small", "medium", "large" }, size.Choices.Select(c => c.Value));
        Assert.Equal("Large corporation", size.Choices[3].Label);

        var salary = Outlook.Questions.Single(q => q.Id == "salary-discussed");
        Assert.Equal((AnswerKind.YesNoUnsure, QuestionTarget.Signal), (salary.Kind, salary.Target));
        Assert.Equal(new[] { "yes", "no", "unsure" }, salary.Choices.Select(c => c.Value));
    }

    [Fact]
    public void The_questionnaire_speaks_Spanish()
    {
        var es = Questionnaire.Create(BuiltInSignalSets.InterviewOutlook, "es");
        Assert.Equal("Durante la entrevista", es.Sections[0].Title);
        Assert.Equal("¿Cómo me fue en la entrevista?", es.Title);
        Assert.Equal("How did my interview go?", Outlook.Title);
        Assert.Equal("minutos", es.Questions.Single(q => q.Id == "interview-length-minutes").Unit);
        Assert.Equal("Gran empresa", es.Questions.Single(q => q.Id == "company-size").Choices[3].Label);
        Assert.Equal("No lo sé", es.Questions.First(q => q.Kind == AnswerKind.YesNoUnsure).Choices[2].Label);
    }

    [Fact]
    public void Answers_map_back_into_an_observation()
    {
        var asOf = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
        var obs = Outlook.ToObservation(
            new Dictionary<string, string?>
            {
                ["salary-discussed"] = "yes", ["next-steps-explained"] = "no", ["introduced-to-staff"] = "unsure", ["positive-feedback"] = "",
                ["interview-length-minutes"] = "45.5", ["company-size"] = "large", ["heard-back"] = "no", ["interview-date"] = "2026-11-10",
            },
            asOf);

        Assert.Equal(new SignalAnswer(SignalState.Present), obs.Signals["salary-discussed"]);
        Assert.Equal(new SignalAnswer(SignalState.Absent), obs.Signals["next-steps-explained"]);
        Assert.False(obs.Signals.ContainsKey("introduced-to-staff"));
        Assert.False(obs.Signals.ContainsKey("positive-feedback"));
        Assert.Equal(45.5, obs.Facts["interview-length-minutes"].Number);
        Assert.Equal("large", obs.Facts["company-size"].Choice);
        Assert.False(obs.Facts["heard-back"].Boolean);
        Assert.Equal(new DateTimeOffset(2026, 11, 10, 0, 0, 0, TimeSpan.Zero), obs.Facts["interview-date"].Date);
        Assert.Equal(asOf, obs.AsOf);
        InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook).Assess(obs);
    }

    [Fact]
    public void Bad_answers_are_all_reported_with_their_question()
    {
        var ex = Assert.Throws<ObservationException>(() => Outlook.ToObservation(new Dictionary<string, string?>
        {
            ["salary-discussed"] = "maybe", ["interview-length-minutes"] = "forty", ["interviewer-count"] = "0", ["company-size"] = "giant",
            ["interview-date"] = "last week", ["no-word-since-interview"] = "yes", ["nonsense"] = "1",
        }));

        Assert.Equal(
            new[] { "company-size", "interview-date", "interview-length-minutes", "interviewer-count", "no-word-since-interview", "nonsense", "salary-discussed" },
            ex.Errors.Select(e => e.Path));
        Assert.Equal("'forty' is not a number (write it like 45 or 2.5).", ex.Errors[2].Message);
        Assert.Equal("The questionnaire for 'interview-outlook' has no question 'no-word-since-interview'.", ex.Errors[4].Message);
    }
}

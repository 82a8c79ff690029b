using InterviewSignals.BuiltIn;
using InterviewSignals.Observations;
using InterviewSignals.Questionnaires;
using InterviewSignals.Tests.TestSupport;
using static InterviewSignals.Tests.TestSupport.Cli;

namespace InterviewSignals.Tests.Cli;

/// <summary>The adaptive questionnaire at a terminal: <c>assess --interactive</c>.</summary>
public class InteractiveAssessTests
{
    [Fact]
    public void Interactive_shows_progress_announces_how_to_finish_and_q_weighs_what_was_answered()
    {
        var (exit, output, _) = RunWithInput("55\n1\nq\n", "assess", "--interactive", "--all", "--as-of", "2026-11-20");

        Assert.Equal(0, exit);
        Assert.Contains("Type q, or press Ctrl-D, to stop", output, StringComparison.Ordinal);
        Assert.Contains("(1 of ", output, StringComparison.Ordinal);
        Assert.Contains("(3 of ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("(4 of ", output, StringComparison.Ordinal);
        Assert.Contains("\nStopped after 2 answers; weighing what you answered.\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Interactive_asks_adaptively_with_question_numbers_and_the_range_and_q_weighs_what_was_answered()
    {
        // "n" to the first question (a yes/no one), then two skipped, then q.
        var (exit, output, _) = RunWithInput("n\n\n\nq\n", "assess", "--interactive", "--as-of", "2026-11-20");

        Assert.Equal(0, exit);
        Assert.Contains("I ask the questions that matter most first", output, StringComparison.Ordinal);
        // The first question is the planner's choice from nothing known, not the questionnaire's first.
        var first = QuestionPlanner.Create(BuiltInSignalSets.InterviewOutlook).Plan(Observation.CreateBuilder().AsOf(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero)).Build()).Next!.Id;
        Questionnaire.Create(BuiltInSignalSets.InterviewOutlook).TryGetQuestion(first, out var question);
        Assert.Contains("(question 1) " + question!.Text, output, StringComparison.Ordinal);
        Assert.Contains("(question 4) ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("(question 5) ", output, StringComparison.Ordinal);
        Assert.Matches(@"Your outlook so far: \d+%, [A-Za-z ]+\. Likely between \d+% and \d+%; possible between \d+% and \d+%\.", output);
        Assert.Contains("Stopped after 1 answers", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Interactive_stops_by_itself_when_the_band_is_settled_and_says_so()
    {
        // In the tiny set, c absent (-2) settles the band whatever a and b turn out to be.
        using var set = new TempFile(InterviewSignals.Serialization.SignalSetJson.ToJson(TestSets.Tiny()));
        var (exit, output, _) = RunWithInput("n\nn\nn\nn\n", "assess", "--interactive", "--set-file", set.Path, "--as-of", "2026-11-20");

        Assert.Equal(0, exit);
        Assert.Contains("is settled at", output, StringComparison.Ordinal);
        Assert.DoesNotContain("(question 3) ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Stopped after", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Interactive_offers_to_stop_when_more_answers_are_unlikely_to_change_the_band_and_no_weighs_the_answers()
    {
        // Find, with the planner, after how many "yes" answers the band becomes likely settled.
        var set = BuiltInSignalSets.InterviewOutlook;
        var asOf = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
        var planner = QuestionPlanner.Create(set);
        var questionnaire = Questionnaire.Create(set);
        var answers = new Dictionary<string, string?>();
        QuestionPlan plan;
        while ((plan = planner.Plan(questionnaire.ToObservation(answers, asOf))).Status == PlanStatus.Open)
        {
            questionnaire.TryGetQuestion(plan.Next!.Id, out var q);
            Assert.Contains(q!.Kind, new[] { AnswerKind.YesNoUnsure, AnswerKind.Boolean });
            answers[q.Id] = "yes";
        }

        Assert.Equal(PlanStatus.LikelySettled, plan.Status);
        var k = answers.Count;
        var (exit, output, _) = RunWithInput(string.Concat(Enumerable.Repeat("y\n", k)) + "n\n", "assess", "--interactive", "--as-of", "2026-11-20");

        Assert.Equal(0, exit);
        Assert.Contains("More answers are unlikely to change the band, ", output, StringComparison.Ordinal);
        Assert.Contains($"(question {k}) ", output, StringComparison.Ordinal);
        Assert.DoesNotContain($"(question {k + 1}) ", output, StringComparison.Ordinal);
        Assert.Contains("outlook index", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Interactive_asks_in_Spanish_throughout_and_does_not_read_sometimes_as_yes()
    {
        var input = string.Join("\n", "", "", "", "", "", "", "sometimes", "sí") + "\n";
        var (exit, output, _) = RunWithInput(input, "assess", "--interactive", "--all", "--language", "es", "--json", "--as-of", "2026-11-20");

        Assert.Equal(0, exit);
        Assert.Contains("Pulsa Intro para saltarla", output.Replace("pulsa", "Pulsa", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("[s/n/?]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Press Enter", output, StringComparison.Ordinal);
        Assert.Contains("Responde como se indica entre corchetes", output, StringComparison.Ordinal);
        Assert.Contains("Terminado tras 1 respuestas", output, StringComparison.Ordinal);
    }
}

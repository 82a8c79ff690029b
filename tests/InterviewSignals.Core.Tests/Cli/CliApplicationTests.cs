using System.Text.Json;
using InterviewSignals.BuiltIn;
using InterviewSignals.Observations;
using InterviewSignals.Questionnaires;
using InterviewSignals.Tests.TestSupport;
using static InterviewSignals.Tests.TestSupport.Cli;

namespace InterviewSignals.Tests.Cli;

public class CliApplicationTests
{
    [Fact]
    public void List_shows_both_built_in_sets()
    {
        var (exit, output, _) = Run("list");
        Assert.Equal(0, exit);
        Assert.Contains("interview-outlook", output, StringComparison.Ordinal);
        Assert.Contains("rejection-review", output, StringComparison.Ordinal);
    }

    [Fact]
    public void List_json_prints_the_set_in_the_public_format_with_every_article_cited()
    {
        var (exit, output, _) = Run("list", "--set", "interview-outlook", "--json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1, doc.RootElement.GetProperty("formatVersion").GetInt32());
        var cited = doc.RootElement.GetProperty("signals").EnumerateArray()
            .SelectMany(s => s.GetProperty("sources").EnumerateArray()).Select(q => q.GetProperty("document").GetString()).Distinct().Count();
        Assert.Equal(5, cited);
    }

    [Fact]
    public void Export_prints_json_that_validates()
    {
        var (exit, output, _) = Run("export", "--set", "rejection-review");
        Assert.Equal(0, exit);
        using var file = new TempFile(output);
        var (validateExit, validateOut, _) = Run("validate", file.Path);
        Assert.Equal(0, validateExit);
        Assert.Contains(": ok: rejection-review@1.1.0", validateOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_lists_every_problem_with_file_line_and_column_and_exits_1()
    {
        using var file = new TempFile("{\n  \"formatVersion\": 1,\n  \"id\": \"Bad\",\n  \"version\": \"1.0.0\",\n  \"title\": \"T\",\n  \"intendedUse\": \"candidate-self-assessment\",\n  \"baseRate\": 7\n}\n");
        var (exit, output, _) = Run("validate", file.Path);
        Assert.Equal(1, exit);
        Assert.Contains(file.Path + ":3:9: invalid-value:", output, StringComparison.Ordinal);
        Assert.Contains(file.Path + ":7:15: invalid-value: The base rate must be between 0.01 and 0.99; it is 7.", output, StringComparison.Ordinal);
        Assert.EndsWith("2 problems found.\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, Run("list", "--set", "nope").Exit);
        Assert.Equal(2, Run("frobnicate").Exit);
        Assert.Equal(2, Run("assess").Exit);
    }

    [Fact]
    public void Assess_prints_an_explanation_in_the_requested_language_and_format()
    {
        using var file = new TempFile("""{ "signals": { "invited-to-next-round": "present", "asked-when-you-could-start": "present", "next-steps-explained": "present" } }""");

        var (exit, text, _) = Run("assess", file.Path, "--as-of", "2026-11-20");
        Assert.Equal(0, exit);
        Assert.StartsWith("Encouraging", text, StringComparison.Ordinal);

        var (_, spanish, _) = Run("assess", file.Path, "--language", "es", "--markdown", "--as-of", "2026-11-20");
        Assert.StartsWith("**Alentador", spanish, StringComparison.Ordinal);

        var (_, json, _) = Run("assess", file.Path, "--json", "--as-of", "2026-11-20");
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("encouraging", doc.RootElement.GetProperty("assessment").GetProperty("band").GetString());
        Assert.Equal("2026-11-20T00:00:00+00:00", doc.RootElement.GetProperty("assessment").GetProperty("asOf").GetString());
    }

    [Fact]
    public void Assess_reports_a_bad_observation_and_exits_1()
    {
        using var file = new TempFile("""{ "signals": { "nope": "present" } }""");
        var (exit, _, error) = Run("assess", file.Path);
        Assert.Equal(1, exit);
        Assert.Contains("unknown-signal: The set 'interview-outlook' has no signal 'nope'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Interactive_assess_asks_the_questionnaire_and_prints_the_explanation()
    {
        // Answers the first few questions, re-asks after a bad answer, then ends input early.
        var input = "50\n2\n4\n2\nmaybe\ny\ny\n";
        var (exit, output, _) = RunWithInput(input, "assess", "--interactive", "--all", "--set", "interview-outlook");

        Assert.Equal(0, exit);
        Assert.Contains("How long did the interview last, in minutes? [minutes]", output, StringComparison.Ordinal);
        Assert.Contains("Please answer as shown in the brackets", output, StringComparison.Ordinal);
        Assert.Contains("About this result", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Questionnaire_prints_json_with_sections()
    {
        var (exit, output, _) = Run("questionnaire", "--set", "rejection-review", "--json", "--culture", "es");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("es", doc.RootElement.GetProperty("language").GetString());
        Assert.True(doc.RootElement.GetProperty("sections").GetArrayLength() > 0);
    }

    private const string WentWell = """
        { "asOf": "2026-11-20T09:00:00Z",
          "signals": { "next-steps-explained": "present", "thank-you-note-sent": "present", "salary-discussed": "present" },
          "facts": { "interview-length-minutes": 55, "company-size": "medium", "interview-date": "2026-11-16" } }
        """;

    [Fact]
    public void A_stored_assessment_is_explained_in_Spanish_by_explain()
    {
        using var observation = new TempFile(WentWell);
        var (_, stored, _) = Run("assess", observation.Path, "--json");
        using var assessment = new TempFile(stored);

        var (exit, spanish, error) = Run("explain", assessment.Path, "--language", "es");
        var (_, direct, _) = Run("assess", observation.Path, "--language", "es");

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Equal(direct, spanish);
        Assert.Contains("Lo que apunta en la buena dirección", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_refuses_an_assessment_whose_set_hash_differs()
    {
        using var observation = new TempFile(WentWell);
        var (_, stored, _) = Run("assess", observation.Path, "--json");
        using var tampered = new TempFile(stored.Replace("\"contentHash\": \"sha256:", "\"contentHash\": \"sha256:0", StringComparison.Ordinal));

        var (exit, _, error) = Run("explain", tampered.Path);

        Assert.Equal(1, exit);
        Assert.Contains("sha256:0", error, StringComparison.Ordinal);
        Assert.Contains("but the set given is interview-outlook@", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("klingon")]
    public void A_language_without_texts_is_refused_listing_those_there_are(string language)
    {
        using var observation = new TempFile(WentWell);
        var (exit, output, error) = Run("assess", observation.Path, "--language", language);

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Equal($"--language: there are no texts in '{language}'; the languages available are: en, es (a regional variant such as es-MX is fine).\n", error);
    }

    [Fact]
    public void A_regional_variant_is_accepted_and_the_old_culture_option_still_works()
    {
        using var observation = new TempFile(WentWell);
        var (_, spanish, _) = Run("assess", observation.Path, "--language", "es");
        var (exit, mexican, _) = Run("assess", observation.Path, "--culture", "es-MX");

        Assert.Equal(0, exit);
        Assert.Equal(spanish, mexican);
    }

    [Fact]
    public void Json_and_markdown_together_are_a_usage_error()
    {
        using var observation = new TempFile(WentWell);
        var (exit, _, error) = Run("assess", observation.Path, "--json", "--markdown");
        Assert.Equal((2, "--json and --markdown cannot be used together: choose one output.\n"), (exit, error));
    }

    [Fact]
    public void Json_output_keeps_apostrophes_and_accents_readable_and_nests_with_indentation()
    {
        using var observation = new TempFile(WentWell);
        var (_, output, _) = Run("assess", observation.Path, "--json", "--language", "es");

        Assert.DoesNotContain("\\u00", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0027", output, StringComparison.Ordinal);
        Assert.Contains("índice", output, StringComparison.Ordinal);
        Assert.Contains("\n  \"explanation\": {\n    \"language\": \"es\"", output.Replace("\r\n", "\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_an_empty_file_and_malformed_json_get_their_own_messages_and_no_stack_trace()
    {
        var directory = Directory.CreateTempSubdirectory().FullName;
        using var empty = new TempFile("  \n");
        using var malformed = new TempFile("{ \"signals\": { \"salary-discussed\": ");
        try
        {
            var (dirExit, _, dirError) = Run("assess", directory);
            var (emptyExit, _, emptyError) = Run("assess", empty.Path);
            var (badExit, _, badError) = Run("assess", malformed.Path);
            var (setDirExit, setDirOut, _) = Run("validate", directory);

            Assert.Equal((1, $"{directory}: is a directory; give the path of an observation file.\n"), (dirExit, dirError));
            Assert.Equal((1, $"{empty.Path}: the file is empty; expected an observation as JSON.\n"), (emptyExit, emptyError));
            Assert.Equal(1, badExit);
            Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(malformed.Path)}:1:[0-9]+: malformed-json: The observation is not well-formed JSON: ", badError);
            Assert.Equal(1, setDirExit);
            Assert.DoesNotContain("   at ", dirError + emptyError + badError + setDirOut, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory);
        }
    }

    [Fact]
    public void Validate_and_assess_use_the_same_code_for_malformed_json()
    {
        using var malformed = new TempFile("{ \"id\": ");
        var (_, validateOut, _) = Run("validate", malformed.Path);
        var (_, _, assessError) = Run("assess", malformed.Path);

        Assert.Contains(": malformed-json: ", validateOut, StringComparison.Ordinal);
        Assert.Contains(": malformed-json: ", assessError, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_signal_gets_a_did_you_mean_and_an_interview_after_the_as_of_date_is_an_error()
    {
        using var typo = new TempFile("""{ "signals": { "asked-when-you-can-start": "present" } }""");
        using var future = new TempFile("""{ "asOf": "2026-11-20", "facts": { "interview-date": "2099-01-01" } }""");

        var (typoExit, _, typoError) = Run("assess", typo.Path);
        var (futureExit, _, futureError) = Run("assess", future.Path);

        Assert.Equal(1, typoExit);
        Assert.Contains("has no signal 'asked-when-you-can-start'. Did you mean 'asked-when-you-could-start'?", typoError, StringComparison.Ordinal);
        Assert.Equal(1, futureExit);
        Assert.Contains("date-after-as-of: Fact 'interview-date' is 2099-01-01, after the as-of date 2026-11-20", futureError, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_set_gets_a_did_you_mean()
    {
        var (exit, _, error) = Run("list", "--set", "interview-outlok");
        Assert.Equal(2, exit);
        Assert.Contains("Did you mean 'interview-outlook'?", error, StringComparison.Ordinal);
    }

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

    [Fact]
    public void Read_marks_the_words_in_brackets_and_lists_the_proposals()
    {
        var (exit, output, _) = RunWithInput("They never explained the next steps. She asked when I could start.", "read");

        Assert.Equal(0, exit);
        Assert.StartsWith("They never [explained the next steps]. She [asked when I could start].", output, StringComparison.Ordinal);
        Assert.Contains("  - next-steps-explained: absent", output, StringComparison.Ordinal);
        Assert.Contains("  + asked-when-you-could-start: present", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_json_in_Spanish_has_signals_with_id_state_and_evidence()
    {
        using var file = new TempFile("Me preguntaron cuándo podría empezar.");
        var (exit, output, _) = Run("read", file.Path, "--language", "es", "--json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var signal = doc.RootElement.GetProperty("signals")[0];
        Assert.Equal(("asked-when-you-could-start", "present"), (signal.GetProperty("id").GetString(), signal.GetProperty("state").GetString()));
        Assert.Equal(3, signal.GetProperty("evidence")[0].GetProperty("start").GetInt32());
    }

    [Fact]
    public void Assess_text_weighs_what_the_text_shows_and_the_file_wins()
    {
        using var text = new TempFile("She asked when I could start. They never explained the next steps.");
        using var observation = new TempFile("""{ "asOf": "2026-11-20", "signals": { "next-steps-explained": "present" } }""");

        var (exit, output, _) = Run("assess", observation.Path, "--text", text.Path, "--json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var states = doc.RootElement.GetProperty("assessment").GetProperty("contributions").EnumerateArray().ToDictionary(c => c.GetProperty("signalId").GetString()!, c => c.GetProperty("state").GetString());
        Assert.Equal("present", states["next-steps-explained"]);
        Assert.Equal("present", states["asked-when-you-could-start"]);
    }

    [Fact]
    public void Validate_warns_about_signals_without_cues_and_the_built_in_sets_have_none_missing()
    {
        var (_, outlook, _) = Run("export", "--set", "interview-outlook");
        using var builtIn = new TempFile(outlook);

        var (exit, output, _) = Run("validate", builtIn.Path);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("warning", output, StringComparison.Ordinal);

        var custom = InterviewSignals.Serialization.SignalSetJson.ToJson(TestSets.Tiny());
        using var noCues = new TempFile(custom);
        var (customExit, customOut, _) = Run("validate", noCues.Path);
        Assert.Equal(0, customExit);
        Assert.Contains("warning: signal 'a' has no cues; the text reader cannot propose it.", customOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue_21_the_shipped_custom_set_validates_clean_and_its_own_signals_are_read_from_text()
    {
        var custom = Path.Combine(Seeds.RepositoryRoot(), "samples", "CustomSignals", "technical-interview.json");

        var (exit, output, _) = Run("validate", custom);
        var (_, read, _) = RunWithInput("They offered me a second problem, but I solved it silently.", "read", "--set-file", custom);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("warning", output, StringComparison.Ordinal);
        Assert.Contains("  + second-problem-offered: present", read, StringComparison.Ordinal);
        Assert.Contains("  - thought-out-loud: absent", read, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_gives_one_object_per_line_in_order_and_a_bad_line_does_not_stop_the_rest()
    {
        using var file = new TempFile(string.Join("\n",
            """{"id": "a", "text": "She asked when I could start."}""",
            """{"id": "b", "text": "Me preguntaron cuándo podría empezar.", "language": "es"}""",
            "not json",
            """{"id": "c", "observation": {"signals": {"salary-discussd": "present"}}}""",
            """{"id": "d", "observation": {"asOf": "2026-11-20", "signals": {"salary-discussed": "present"}}}"""));

        var (readExit, read, _) = Run("read", "--jsonl", file.Path);
        var (assessExit, assessed, _) = Run("assess", "--jsonl", file.Path, "--explain");

        var readLines = read.TrimEnd().Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var assessLines = assessed.TrimEnd().Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal((1, 1), (readExit, assessExit));
        Assert.Equal(new[] { "a", "b", null, "c", "d" }, assessLines.Select(l => l.GetProperty("id").ValueKind == JsonValueKind.Null ? null : l.GetProperty("id").GetString()));
        Assert.Equal("asked-when-you-could-start", readLines[1].GetProperty("reading").GetProperty("signals")[0].GetProperty("id").GetString());
        Assert.Equal(("malformed-json", 3), (assessLines[2].GetProperty("error").GetProperty("code").GetString(), assessLines[2].GetProperty("line").GetInt32()));
        Assert.Contains("Did you mean 'salary-discussed'?", assessLines[3].GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(assessLines[4].TryGetProperty("explanation", out _));
        Assert.Equal("invalid-line", readLines[4].GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public void Evaluate_reads_labelled_observations_and_texts_reports_the_measures_and_draws_the_svg()
    {
        using var file = new TempFile(string.Join("\n",
            """{"offer": true, "observation": {"asOf": "2026-11-20", "signals": {"invited-to-next-round": "present"}}}""",
            """{"offer": true, "text": "She asked when I could start and we discussed salary.", "asOf": "2026-11-20"}""",
            """{"offer": false, "observation": {"asOf": "2026-11-20", "signals": {"interviewer-seemed-disinterested": "present"}}}""",
            """{"offer": null, "text": "I withdrew before the second round."}""",
            """{"offer": "maybe", "text": "x"}""",
            "not json"));
        var svg = Path.Combine(Path.GetTempPath(), $"eval-{Guid.NewGuid():N}.svg");
        try
        {
            var (exit, text, err) = Run("evaluate", file.Path, "--svg", svg);
            var (jsonExit, json, _) = Run("evaluate", file.Path, "--json");

            Assert.Equal((0, 0), (exit, jsonExit));
            Assert.Contains("ROC AUC              1.000", text, StringComparison.Ordinal);
            Assert.Contains("Cases: 3 (2 with an offer; 1 left out", text, StringComparison.Ordinal);
            Assert.Contains(":5: invalid-line: \"offer\" is \"maybe\"", err, StringComparison.Ordinal);
            Assert.Contains(":6: malformed-json", err, StringComparison.Ordinal);
            Assert.Contains("2 of 6 line(s) could not be used", err, StringComparison.Ordinal);
            var report = InterviewSignals.Serialization.InterviewSignalsJson.ParseOutcomeReport(json);
            Assert.Equal((3L, 2L, 1L), (report.Cases, report.Offers, report.LeftOut));
            Assert.StartsWith("<svg", File.ReadAllText(svg), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(svg);
        }
    }

    [Fact]
    public void Issue_21_evaluate_cautions_on_a_tiny_sample_and_shows_bands_as_words_and_no_negative_zero()
    {
        var lines = Enumerable.Range(0, 9).Select(i => i % 3 == 0
            ? """{"offer": true, "observation": {"asOf": "2026-11-20", "signals": {"invited-to-next-round": "present"}}}"""
            : """{"offer": false, "observation": {"asOf": "2026-11-20"}}""");
        using var file = new TempFile(string.Join("\n", lines));
        using var enough = new TempFile(LabelledCases(400));

        var (exit, text, _) = Run("evaluate", file.Path);
        var (_, json, jsonErr) = Run("evaluate", file.Path, "--json");
        var (_, spanish, _) = Run("evaluate", file.Path, "--language", "es");
        var (_, large, _) = Run("evaluate", enough.Path);

        Assert.Equal(0, exit);
        Assert.StartsWith("Caution: only 9 cases (3 with an offer, 6 without). With fewer than 200 cases, or fewer than 50 of either outcome,", text, StringComparison.Ordinal);
        Assert.StartsWith("Atención: solo hay 9 casos", spanish, StringComparison.Ordinal);
        Assert.StartsWith("Caution: only 9 cases", jsonErr, StringComparison.Ordinal);
        Assert.StartsWith("{", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Caution", large, StringComparison.Ordinal);
        Assert.Contains("  Too early to tell", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tooEarlyToTell", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"-0\.0+\b", text + large);
    }

    [Fact]
    public void Evaluate_without_a_usable_line_is_invalid_input()
    {
        using var file = new TempFile("""{"text": "no outcome here"}""");

        var (exit, _, err) = Run("evaluate", file.Path);

        Assert.Equal(1, exit);
        Assert.Contains("A line needs \"offer\"", err, StringComparison.Ordinal);
    }

    /// <summary>Labelled cases whose offers follow the signs: present good signs make an offer likelier.</summary>
    private static string LabelledCases(int count, Func<int, string>? extra = null)
    {
        var random = new Random(9);
        string[] good = { "invited-to-next-round", "salary-discussed", "asked-when-you-could-start", "positive-feedback" };
        var lines = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var present = good.Where(_ => random.NextDouble() < 0.4).ToList();
            var offer = random.NextDouble() < 1 / (1 + Math.Exp(-(-1.0 + (0.8 * present.Count))));
            var signals = string.Join(", ", present.Select(id => $"\"{id}\": \"present\""));
            lines.Add($"{{{extra?.Invoke(i)}\"offer\": {(offer ? "true" : "false")}, \"observation\": {{\"asOf\": \"2026-11-20\", \"signals\": {{{signals}}}}}}}");
        }

        return string.Join("\n", lines);
    }

    [Fact]
    public void Calibrate_writes_a_set_that_extends_the_original_and_is_weighed_with_a_disclosure()
    {
        using var cases = new TempFile(LabelledCases(400));
        var output = Path.Combine(Path.GetTempPath(), $"calibrated-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, text, err) = Run("calibrate", cases.Path, "--out", output, "--description", "test cases");
            var (assessExit, assessed, _) = Run("assess", Path.Combine(Seeds.RepositoryRoot(), "samples", "observations", "went-well.json"), "--set-file", output);

            Assert.True(exit == 0, err);
            Assert.Contains("Fitted on 400 cases", text, StringComparison.Ordinal);
            Assert.Contains("held-out folds", text, StringComparison.Ordinal);
            var set = InterviewSignals.Serialization.SignalSetJson.Parse(File.ReadAllText(output), InterviewSignals.BuiltIn.BuiltInSignalSets.JsonOptions);
            Assert.Equal(("interview-outlook-calibrated", 400L, "test cases"), (set.Id, set.Calibration!.Cases, set.Calibration.Description));
            Assert.True(set.Calibration.Slope > 0);
            Assert.Equal(0, assessExit);
            Assert.Contains("recalibrated on 400 past outcomes", assessed, StringComparison.Ordinal);

            // Issue 21: the file truly extends the original (its id, the calibration record, nothing copied) and is the set it reports.
            using var written = JsonDocument.Parse(File.ReadAllText(output));
            Assert.Equal(new[] { "formatVersion", "id", "version", "title", "extends", "calibration" }, written.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal("interview-outlook", written.RootElement.GetProperty("extends").GetString());
            Assert.Contains($"({set.ContentHash}) to {output}: it extends interview-outlook@{InterviewSignals.BuiltIn.BuiltInSignalSets.InterviewOutlook.Version}", text, StringComparison.Ordinal);
            Assert.True(new FileInfo(output).Length < 2_000, $"{new FileInfo(output).Length} bytes");
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void Issue_21_calibrating_a_set_from_a_file_extends_that_set_and_says_how_to_weigh_with_both_files()
    {
        using var cases = new TempFile(LabelledCases(400));
        var custom = Path.Combine(Seeds.RepositoryRoot(), "samples", "CustomSignals", "technical-interview.json");
        var output = Path.Combine(Path.GetTempPath(), $"calibrated-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, text, err) = Run("calibrate", cases.Path, "--set-file", custom, "--out", output, "--description", "test cases");
            var (assessExit, assessed, assessErr) = Run("assess", Path.Combine(Seeds.RepositoryRoot(), "samples", "observations", "went-well.json"), "--set-file", custom, "--set-file", output);

            Assert.True(exit == 0, err);
            Assert.Contains($"Weigh with it through --set-file {custom} --set-file {output}.", text, StringComparison.Ordinal);
            using var written = JsonDocument.Parse(File.ReadAllText(output));
            Assert.Equal("technical-interview", written.RootElement.GetProperty("extends").GetString());
            Assert.True(assessExit == 0, assessErr);
            Assert.Contains("technical-interview-calibrated@", assessed, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void Calibrate_refuses_cases_that_carry_a_protected_characteristic_and_too_few_cases()
    {
        using var withAge = new TempFile(LabelledCases(400, i => $"\"age\": {20 + (i % 40)}, "));
        using var few = new TempFile(LabelledCases(50));
        var output = Path.Combine(Path.GetTempPath(), $"calibrated-{Guid.NewGuid():N}.json");

        var (ageExit, _, ageErr) = Run("calibrate", withAge.Path, "--out", output, "--description", "x");
        var (fewExit, _, fewErr) = Run("calibrate", few.Path, "--out", output, "--description", "x");
        var (usageExit, _, usageErr) = Run("calibrate", few.Path, "--out", output);

        Assert.Equal((1, 1, 2), (ageExit, fewExit, usageExit));
        Assert.Contains("'age' (age)", ageErr, StringComparison.Ordinal);
        Assert.Contains("refused (too-few-cases)", fewErr, StringComparison.Ordinal);
        Assert.Contains("needs --description", usageErr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }
}

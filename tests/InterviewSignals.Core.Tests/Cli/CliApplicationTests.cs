using System.Text.Json;
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
    public void the_shipped_custom_set_validates_clean_and_its_own_signals_are_read_from_text()
    {
        var custom = Path.Combine(Seeds.RepositoryRoot(), "samples", "CustomSignals", "technical-interview.json");

        var (exit, output, _) = Run("validate", custom);
        var (_, read, _) = RunWithInput("They offered me a second problem, but I solved it silently.", "read", "--set-file", custom);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("warning", output, StringComparison.Ordinal);
        Assert.Contains("  + second-problem-offered: present", read, StringComparison.Ordinal);
        Assert.Contains("  - thought-out-loud: absent", read, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using InterviewSignals.Cli;
using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Cli;

public class CliApplicationTests
{
    private static (int Exit, string Out, string Err) RunWithInput(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApplication.Run(args, output, error, new StringReader(input));
        return (exit, output.ToString(), error.ToString());
    }

    private static (int Exit, string Out, string Err) Run(params string[] args) => RunWithInput(string.Empty, args);

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
        var (exit, output, _) = RunWithInput(input, "assess", "--interactive", "--set", "interview-outlook");

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
}

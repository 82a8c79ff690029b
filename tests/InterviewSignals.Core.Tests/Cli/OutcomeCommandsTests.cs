using System.Text.Json;
using InterviewSignals.Tests.TestSupport;
using static InterviewSignals.Tests.TestSupport.Cli;

namespace InterviewSignals.Tests.Cli;

/// <summary>Reading labelled cases: JSON Lines input, <c>check</c> against outcomes and <c>calibrate</c>.</summary>
public class OutcomeCommandsTests
{
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
    public void evaluate_cautions_on_a_tiny_sample_and_shows_bands_as_words_and_no_negative_zero()
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

            // The file truly extends the original (its id, the calibration record, nothing copied) and is the set it reports.
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
    public void calibrating_a_set_from_a_file_extends_that_set_and_says_how_to_weigh_with_both_files()
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

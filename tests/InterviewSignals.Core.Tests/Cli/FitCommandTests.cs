using InterviewSignals.BuiltIn;
using InterviewSignals.Testing;
using InterviewSignals.Cli;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Cli;

public class FitCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApplication.Run(args, output, error, new StringReader(string.Empty));
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Labelled observation lines drawn from the synthetic truth; <paramref name="line"/> may rewrite each.</summary>
    private static string Cases(int count, Func<int, string, string>? line = null)
        => string.Join("\n", SyntheticOutcomes.Cases(count, seed: 9).Select((c, i) =>
        {
            var text = $"{{\"offer\": {(c.Offer ? "true" : "false")}, \"observation\": {ObservationJson.ToJson(c.Observation, indented: false)}}}";
            return line?.Invoke(i, text) ?? text;
        }));

    private static string TempPath(string name) => Path.Combine(Path.GetTempPath(), $"{name}-{Guid.NewGuid():N}.json");

    [Fact]
    public void Fit_prints_the_weights_and_the_held_out_measures_and_writes_a_set_that_extends_the_original()
    {
        using var cases = new TempFile(Cases(600));
        var (output, report) = (TempPath("fitted"), TempPath("report"));
        try
        {
            var (exit, text, err) = Run("fit", cases.Path, "--out", output, "--description", "test cases", "--report", report);
            var (assessExit, assessed, _) = Run("assess", Path.Combine(Seeds.RepositoryRoot(), "samples", "observations", "went-well.json"), "--set-file", output);

            Assert.True(exit == 0, err);
            Assert.Contains($"Fitted interview-outlook@{InterviewSignals.BuiltIn.BuiltInSignalSets.InterviewOutlook.Version} on 600 cases", text, StringComparison.Ordinal);
            Assert.Contains("chosen by 5-fold cross-validation from: 0.3 (", text, StringComparison.Ordinal);
            Assert.Matches(@"salary-discussed, present\s+0\.480\s+\d\.\d{3}\s+[+-]\d\.\d{3}\s+\d+\s+0\.\d{3}\s+fitted", text);
            Assert.Contains("Held out (5 folds", text, StringComparison.Ordinal);
            var json = File.ReadAllText(output);
            Assert.Contains("\"extends\": \"interview-outlook\"", json, StringComparison.Ordinal);
            Assert.DoesNotContain("\"signals\"", json, StringComparison.Ordinal);
            var set = SignalSetJson.Parse(json, BuiltInSignalSets.JsonOptions);
            Assert.Equal(("interview-outlook-fitted", 600L, "test cases"), (set.Id, set.Fit!.Cases, set.Fit.Description));
            Assert.Contains(set.ContentHash, text, StringComparison.Ordinal);
            Assert.Equal(0, assessExit);
            Assert.Contains("fitted on 600 past outcomes", assessed, StringComparison.Ordinal);
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(report));
            Assert.Equal(set.ContentHash, doc.RootElement.GetProperty("signalSet").GetProperty("contentHash").GetString());
            Assert.Equal(set.Fit.PriorStrength, doc.RootElement.GetProperty("fit").GetProperty("priorStrength").GetDouble());
        }
        finally
        {
            File.Delete(output);
            File.Delete(report);
        }
    }

    [Fact]
    public void Fit_refuses_cases_with_a_protected_characteristic_too_few_cases_and_no_description()
    {
        using var withAge = new TempFile(Cases(300, (i, line) => "{\"age\": " + (20 + (i % 40)) + ", " + line[1..]));
        using var few = new TempFile(Cases(60));
        var output = TempPath("fitted");

        var (ageExit, _, ageErr) = Run("fit", withAge.Path, "--out", output, "--description", "x");
        var (fewExit, _, fewErr) = Run("fit", few.Path, "--out", output, "--description", "x");
        var (usageExit, _, usageErr) = Run("fit", few.Path, "--out", output);
        var (foldsExit, _, foldsErr) = Run("fit", few.Path, "--out", output, "--description", "x", "--folds", "1");

        Assert.Equal((1, 1, 2, 2), (ageExit, fewExit, usageExit, foldsExit));
        Assert.Contains("refused (protected-characteristic)", ageErr, StringComparison.Ordinal);
        Assert.Contains("'age' (age)", ageErr, StringComparison.Ordinal);
        Assert.Contains("refused (too-few-cases)", fewErr, StringComparison.Ordinal);
        Assert.Contains("needs --description", usageErr, StringComparison.Ordinal);
        Assert.Contains("Folds must be between 2 and 20; it is 1.", foldsErr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void An_observation_without_its_own_as_of_is_weighed_as_of_the_as_of_option()
    {
        // Every case says the interview was on 10 November and nothing was heard since: whether that is silence depends on the day.
        var random = new Random(4);
        var lines = Enumerable.Range(0, 300).Select(i =>
            $"{{\"offer\": {(random.NextDouble() < 0.4 ? "true" : "false")}, \"observation\": {{\"signals\": {{\"salary-discussed\": \"{(i % 2 == 0 ? "present" : "absent")}\"}}, \"facts\": {{\"interview-date\": \"2026-11-10\", \"heard-back\": false}}}}}}");
        using var cases = new TempFile(string.Join("\n", lines));
        var (early, late) = (TempPath("early"), TempPath("late"));
        try
        {
            var (earlyExit, _, earlyErr) = Run("fit", cases.Path, "--out", early, "--description", "x", "--as-of", "2026-11-12");
            var (lateExit, _, lateErr) = Run("fit", cases.Path, "--out", late, "--description", "x", "--as-of", "2026-11-30");

            Assert.True(earlyExit == 0, earlyErr);
            Assert.True(lateExit == 0, lateErr);
            long Silence(string path) => SignalSetJson.Parse(File.ReadAllText(path), BuiltInSignalSets.JsonOptions).Fit!.Weights.Single(w => w.SignalId == "no-word-since-interview" && w.State == SignalState.Present).Support;
            Assert.Equal((0L, 300L), (Silence(early), Silence(late)));
        }
        finally
        {
            File.Delete(early);
            File.Delete(late);
        }
    }
}

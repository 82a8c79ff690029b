using System.Text.Json;
using InterviewSignals.Tests.TestSupport;
using static InterviewSignals.Tests.TestSupport.Cli;

namespace InterviewSignals.Tests.Cli;

/// <summary>How the commands take a text: from a file or standard input, within the documented limit, as of the date given.</summary>
public class TextInputTests
{
    private const string Narrative = "She asked when I could start. They said they would get back to me by Friday.";

    [Fact]
    public void a_text_over_the_limit_is_the_same_clean_error_for_read_and_assess_text()
    {
        var limit = new InterviewSignals.Reading.TextReaderOptions().MaxTextLength;
        using var file = new TempFile(new string('a', limit) + " she asked when I could start");

        var (readExit, _, readErr) = Run("read", file.Path);
        var (assessExit, _, assessErr) = Run("assess", "--text", file.Path);

        Assert.Equal((1, 1), (readExit, assessExit));
        Assert.Equal(readErr, assessErr);
        Assert.Equal($"{file.Path}: The text is {limit + 29} characters long; the reader reads at most {limit} (TextReaderOptions.MaxTextLength).\n", readErr);
        Assert.DoesNotContain("unexpected", assessErr, StringComparison.Ordinal);
    }

    [Fact]
    public void assess_text_reads_standard_input_given_as_a_dash()
    {
        var (exit, output, error) = RunWithInput(Narrative, "assess", "--text", "-", "--json", "--as-of", "2026-11-20");

        Assert.True(exit == 0, error);
        using var doc = JsonDocument.Parse(output);
        Assert.Contains(doc.RootElement.GetProperty("assessment").GetProperty("contributions").EnumerateArray(), c => c.GetProperty("signalId").GetString() == "asked-when-you-could-start");
    }

    [Fact]
    public void assess_text_given_words_instead_of_a_file_says_how_to_pass_a_text()
    {
        var (exit, _, error) = Run("assess", "--text", "She asked when I could start");

        Assert.Equal(1, exit);
        Assert.Equal("She asked when I could start: no such file. --text takes the path of a text file, or - to read the text from standard input (echo \"She asked when I could start.\" | interview-signals assess --text -).\n", error);
    }

    [Fact]
    public void a_narrative_given_as_an_observation_file_points_to_text()
    {
        using var notes = new TempFile(Narrative);

        var (exit, _, error) = Run("assess", notes.Path);

        Assert.Equal(1, exit);
        Assert.Contains(": malformed-json: ", error, StringComparison.Ordinal);
        Assert.EndsWith($"{notes.Path}: this looks like plain text, not an observation. To read what a text says about the interview, run: interview-signals assess --text {notes.Path}\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public void text_from_standard_input_cannot_share_it_with_interactive_answers()
    {
        var (exit, _, error) = RunWithInput("y\n", "assess", "--interactive", "--text", "-");

        Assert.Equal(2, exit);
        Assert.Contains("give the text as a file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void jsonl_lines_without_as_of_are_read_as_of_the_command_line_date_and_a_line_s_own_date_wins()
    {
        using var file = new TempFile(string.Join("\n",
            $$"""{"id": "plain", "text": "{{Narrative}}"}""",
            $$"""{"id": "dated", "text": "{{Narrative}}", "asOf": "2026-12-01"}"""));

        foreach (var command in new[] { "read", "assess" })
        {
            var (exit, output, error) = Run(command, "--jsonl", file.Path, "--as-of", "2026-11-18");

            Assert.True(exit == 0, error);
            var lines = output.TrimEnd().Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
            var asOf = lines.Select(l => l.GetProperty(command == "read" ? "reading" : "assessment").GetProperty("asOf").GetString()).ToList();
            Assert.Equal(new[] { "2026-11-18T00:00:00+00:00", "2026-12-01T00:00:00+00:00" }, asOf);
        }

        // Wednesday 18 November 2026: "by Friday" is the 20th.
        var (_, read, _) = Run("read", "--jsonl", file.Path, "--as-of", "2026-11-18");
        Assert.Contains("\"date\":\"2026-11-20T00:00:00+00:00\"", read.Split('\n')[0], StringComparison.Ordinal);
    }
}

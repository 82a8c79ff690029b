using System.Text.RegularExpressions;
using InterviewSignals.Tests.TestSupport;
using static InterviewSignals.Tests.TestSupport.Cli;

namespace InterviewSignals.Tests.Cli;

/// <summary>The tool at a terminal: wrapped at its width, the same prompts throughout, the band and what is likely named, and Spanish throughout.</summary>
public class TerminalTests
{
    private static readonly string Root = Seeds.RepositoryRoot();
    private static readonly string WentWell = Path.Combine(Root, "samples", "observations", "went-well.json");

    private static string Words(string text) => Regex.Replace(text, @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(5)).Trim();

    [Fact]
    public void at_a_terminal_text_wraps_at_its_width_without_breaking_a_word()
    {
        var (_, wide, _) = Run("assess", WentWell, "--as-of", "2026-11-28");
        var (exit, narrow, _) = RunAt(60, string.Empty, "assess", WentWell, "--as-of", "2026-11-28");

        Assert.Equal(0, exit);
        Assert.Contains(wide.Split('\n'), l => l.Length > 60);
        Assert.All(narrow.Split('\n'), l => Assert.True(l.Length <= 60 || !l.Trim().Contains(' ', StringComparison.Ordinal), l));
        Assert.Equal(Words(wide), Words(narrow));
        // Continuation lines sit under the text of their item, not under its marker.
        Assert.Matches(new Regex(@"\n  - [^\n]+\n    \S", RegexOptions.None, TimeSpan.FromSeconds(5)), narrow);
    }

    [Fact]
    public void json_is_never_wrapped()
    {
        var (_, wide, _) = Run("assess", WentWell, "--as-of", "2026-11-28", "--json");
        var (_, narrow, _) = RunAt(40, string.Empty, "assess", WentWell, "--as-of", "2026-11-28", "--json");

        Assert.Equal(wide, narrow);
    }

    [Fact]
    public void every_yes_no_question_has_the_same_prompt_and_a_question_mark_skips_a_yes_no_fact()
    {
        var (exit, output, _) = RunWithInput(string.Concat(Enumerable.Repeat("?\n", 60)), "assess", "--interactive", "--all", "--as-of", "2026-11-20");
        var (_, adaptive, _) = RunWithInput(string.Concat(Enumerable.Repeat("y\n", 40)), "assess", "--interactive", "--as-of", "2026-11-20");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("[y/n]", output + adaptive, StringComparison.Ordinal);
        Assert.Contains("you are not sure", output, StringComparison.Ordinal);
        var yesNoFact = InterviewSignals.Questionnaires.Questionnaire.Create(InterviewSignals.BuiltIn.BuiltInSignalSets.InterviewOutlook).Questions.First(q => q.Kind == InterviewSignals.Questionnaires.AnswerKind.Boolean);
        Assert.Contains(yesNoFact.Text + " [y/n/?]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Please answer as shown", output, StringComparison.Ordinal);
        Assert.Contains("Press Enter to see your outlook now, or type c to keep answering:", adaptive, StringComparison.Ordinal);
    }

    [Fact]
    public void the_interactive_range_names_today_s_band_what_is_likely_and_how_many_questions_are_likely_left()
    {
        var (exit, output, _) = RunWithInput("y\nq\n", "assess", "--interactive", "--as-of", "2026-11-20");

        Assert.Equal(0, exit);
        Assert.Matches(new Regex(@"Your outlook so far: \d+%, Too early to tell\. Likely between (\d+)% and (\d+)%; possible between 0% and 100%\.\nAbout \d+ more questions are likely to settle it\.", RegexOptions.None, TimeSpan.FromSeconds(5)), output);
        var likely = Regex.Match(output, @"Likely between (\d+)% and (\d+)%", RegexOptions.None, TimeSpan.FromSeconds(5));
        Assert.True(int.Parse(likely.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 5 && int.Parse(likely.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) < 99, likely.Value);
    }

    [Fact]
    public void a_spanish_text_read_as_english_suggests_the_language()
    {
        var notas = Path.Combine(Root, "samples", "texts", "notas.txt");

        var (exit, _, error) = Run("read", notas);
        var (_, _, assessError) = Run("assess", "--text", notas);
        var (_, _, spanishError) = Run("read", notas, "--language", "es");

        Assert.Equal(0, exit);
        Assert.Contains("nothing in the text matched a cue in 'en'; read as 'es', 5 signs match. If the text is written in that language, add --language es.", error, StringComparison.Ordinal);
        Assert.Contains("add --language es", assessError, StringComparison.Ordinal);
        Assert.Equal(string.Empty, spanishError);
    }

    [Fact]
    public void spanish_output_has_no_english_words_from_the_english_catalogue()
    {
        var notas = Path.Combine(Root, "samples", "texts", "notas.txt");
        var outputs = new[]
        {
            Run("questionnaire", "--language", "es").Out,
            Run("assess", WentWell, "--language", "es", "--as-of", "2026-11-28").Out,
            Run("read", notas, "--language", "es", "--as-of", "2026-11-18").Out,
            RunWithInput("s\nn\n?\n\n12\nq\n", "assess", "--interactive", "--language", "es", "--as-of", "2026-11-20").Out,
            RunWithInput(string.Concat(Enumerable.Repeat("s\n", 40)), "assess", "--interactive", "--language", "es", "--as-of", "2026-11-20").Out,
        };

        // The read command lists sign ids and states for a set author: those are identifiers, not prose.
        var english = outputs.Select(o => EnglishWords.In(Regex.Replace(o, @"(?m)^  [-+=?·] .*$", string.Empty, RegexOptions.None, TimeSpan.FromSeconds(5)), Root)).ToList();

        Assert.All(english, words => Assert.Empty(words));
    }
}

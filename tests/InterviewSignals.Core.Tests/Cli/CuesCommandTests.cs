using InterviewSignals.Tests.TestSupport;
using static InterviewSignals.Tests.TestSupport.Cli;

namespace InterviewSignals.Tests.Cli;

/// <summary>The tools for whoever writes cues, over a JSON Lines file of texts.</summary>
public class CuesCommandTests
{
    private const string Texts =
        "{\"id\": \"a\", \"text\": \"The hiring manager asked about my salary. It felt relaxed.\"}\n" +
        "{\"id\": \"b\", \"text\": \"They never discussed salary with me.\"}\n" +
        "{\"id\": \"c\", \"text\": \"There will usually be a salary discussion, so be prepared.\"}\n" +
        "{\"id\": \"d\", \"text\": \"The office was far from home.\"}\n";

    [Fact]
    public void Kwic_shows_each_match_with_its_context_and_what_the_reader_makes_of_it()
    {
        using var file = new TempFile(Texts, ".jsonl");
        var (exit, output, _) = Run("cues", "kwic", "salary", file.Path);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("[salary]", StringComparison.Ordinal) && l.Contains("read", StringComparison.Ordinal) && l.EndsWith(" a", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("negated", StringComparison.Ordinal) && l.EndsWith(" b", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("generic", StringComparison.Ordinal) && l.EndsWith(" c", StringComparison.Ordinal));
        Assert.Equal("3 matches in 4 texts.", lines[^1]);
    }

    [Fact]
    public void Kwic_takes_a_word_class_of_the_set_and_says_when_a_term_is_not_a_cue()
    {
        using var file = new TempFile(Texts, ".jsonl");
        Assert.Contains("[manager]", Run("cues", "kwic", "@boss", file.Path).Out, StringComparison.Ordinal);

        var (exit, _, error) = Run("cues", "kwic", "@bos", file.Path);
        Assert.Equal(2, exit);
        Assert.Contains("Did you mean '@boss'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_counts_the_texts_that_give_a_sign_and_each_signal()
    {
        using var file = new TempFile(Texts, ".jsonl");
        var (exit, output, _) = Run("cues", "coverage", file.Path);

        Assert.Equal(0, exit);
        Assert.StartsWith("4 texts; 50.0% give at least one sign", output, StringComparison.Ordinal);
        Assert.Contains(output.Split('\n'), l => l.TrimStart().StartsWith("salary-discussed", StringComparison.Ordinal) && l.Contains("     1      1", StringComparison.Ordinal));
        Assert.Contains("generic 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_ranks_the_phrases_of_texts_where_the_signal_is_read_first()
    {
        var lines = string.Concat(Enumerable.Range(0, 6).Select(i => $"{{\"text\": \"It was a relaxed chat over coffee number {i}.\"}}\n"))
            + string.Concat(Enumerable.Range(0, 6).Select(i => $"{{\"text\": \"We met over coffee and it was cold {i}.\"}}\n"));
        using var file = new TempFile(lines, ".jsonl");
        var (exit, output, _) = Run("cues", "suggest", "--signal", "comfortable-atmosphere", file.Path, "--limit", "3");

        Assert.Equal(0, exit);
        var ranked = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Trim()).ToList();
        Assert.Equal(3, ranked.Count);
        Assert.All(ranked, l => Assert.Matches(@"^\S.* +6 +0 +\d", l));
        Assert.Equal("a relaxed", ranked[0][..9]);
        Assert.DoesNotContain(output.Split('\n'), l => l.Trim().StartsWith("coffee ", StringComparison.Ordinal) || l.Contains("cold", StringComparison.Ordinal));
        Assert.Equal(2, Run("cues", "suggest", "--signal", "no-such-signal", file.Path).Exit);
    }
}

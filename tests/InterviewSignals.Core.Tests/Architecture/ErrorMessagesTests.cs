using System.Text.RegularExpressions;
using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Architecture;

/// <summary>Every error sentence lives in its feature's messages file, beside the stable codes, never inline where the error is raised.</summary>
public class ErrorMessagesTests
{
    private static readonly Regex InlineMessage = new(
        @"(SignalSetErrorCodes|ObservationErrorCodes)\.\w+\s*,\s*[^;]*?,\s*\$?""[A-Z']|v\.Text\([^;]*,\s*\$?""[^""]*""\);",
        RegexOptions.Compiled,
        TimeSpan.FromSeconds(5));

    [Fact]
    public void No_error_sentence_is_written_inline_outside_the_messages_file()
    {
        var src = Path.Combine(Seeds.RepositoryRoot(), "src", "InterviewSignals.Core");
        var inline = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.EndsWith("Messages.cs", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: Path.GetRelativePath(src, f), Line: i + 1, Text: line)))
            .Where(l => InlineMessage.IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.Empty(inline);
    }

    /// <summary>A sentence handed straight to an exception (thrown or not) or to an options class's list of problems.</summary>
    private static readonly Regex InlineThrow = new(@"new \w*Exception\(\s*\$?""[A-Z']|new\(\s*\$""[A-Z']|problems\.Add\(\s*(FormattableString\.Invariant\()?\$?""[A-Z']", RegexOptions.Compiled, TimeSpan.FromSeconds(5));

    [Fact]
    public void No_exception_is_thrown_with_a_sentence_written_where_it_is_thrown()
    {
        var src = Path.Combine(Seeds.RepositoryRoot(), "src", "InterviewSignals.Core");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.EndsWith("Messages.cs", StringComparison.Ordinal))
            .ToList();
        var inline = files
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: Path.GetRelativePath(src, f), Line: i + 1, Text: line)))
            .Where(l => InlineThrow.IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(files.Count > 100);
        Assert.Matches(InlineThrow, "throw new ArgumentException($\"The value '{x}' is wrong.\", nameof(x));");
        Assert.Matches(InlineThrow, "problems.Add(FormattableString.Invariant($\"Folds must be 2; it is {f}.\"));");
        Assert.Matches(InlineThrow, "=> new($\"There is no set '{id}'.\", nameof(id));");
        Assert.DoesNotMatch(InlineThrow, "throw new ArgumentException(HostingMessages.NoSuchSet(id, list));");
        Assert.Empty(inline);
    }

    [Fact]
    public void The_check_above_recognises_an_inline_sentence()
    {
        Assert.Matches(InlineMessage, "errors.Add(new(ObservationErrorCodes.InvalidValue, path, \"Something is wrong.\"));");
        Assert.Matches(InlineMessage, "v.Text(s.Title, \"$.title\", \"The set needs a title.\");");
        Assert.DoesNotMatch(InlineMessage, "v.Text(s.Title, \"$.title\", Messages.SetNeedsTitle());");
    }
}

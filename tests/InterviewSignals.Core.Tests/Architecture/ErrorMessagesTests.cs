using System.Text.RegularExpressions;
using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Architecture;

/// <summary>Issue 9, point 5: every validation sentence lives in one place, beside the stable codes, not inline where the error is raised.</summary>
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

    [Fact]
    public void The_check_above_recognises_an_inline_sentence()
    {
        Assert.Matches(InlineMessage, "errors.Add(new(ObservationErrorCodes.InvalidValue, path, \"Something is wrong.\"));");
        Assert.Matches(InlineMessage, "v.Text(s.Title, \"$.title\", \"The set needs a title.\");");
        Assert.DoesNotMatch(InlineMessage, "v.Text(s.Title, \"$.title\", Messages.SetNeedsTitle());");
    }
}

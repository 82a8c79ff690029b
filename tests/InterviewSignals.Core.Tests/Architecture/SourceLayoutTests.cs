using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Architecture;

/// <summary>Files stay small and along their seams, and the tests are found where the code they test is.</summary>
public class SourceLayoutTests
{
    private const int MaxLines = 400;

    /// <summary>Test folders that test no single source folder: the tool, cross-cutting checks, and shared helpers.</summary>
    private static readonly string[] CrossCutting = { "Architecture", "Cli", "Documentation", "Reliability", "TestSupport" };

    private static string Root => Seeds.RepositoryRoot();

    [Fact]
    public void No_source_file_of_the_library_the_tool_or_the_tests_is_over_400_lines()
    {
        var files = SourceFiles("src").Concat(SourceFiles("tests")).ToList();
        var over = files.Select(f => (File: Path.GetRelativePath(Root, f), Lines: File.ReadLines(f).Count())).Where(x => x.Lines > MaxLines).Select(x => $"{x.File}: {x.Lines}").ToList();

        Assert.True(files.Count > 200, $"only {files.Count} files found");
        Assert.Empty(over);
    }

    [Fact]
    public void Every_test_folder_mirrors_a_folder_of_the_library()
    {
        var library = Directory.GetDirectories(Path.Combine(Root, "src", "InterviewSignals.Core")).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var tests = Directory.GetDirectories(Path.Combine(Root, "tests", "InterviewSignals.Core.Tests")).Select(Path.GetFileName)
            .Where(d => d is not ("bin" or "obj") && !d!.StartsWith('.'));
        var stray = tests.Where(d => !library.Contains(d!) && !CrossCutting.Contains(d)).ToList();

        Assert.Contains("Evaluation", library);
        Assert.Empty(stray);
    }

    private static IEnumerable<string> SourceFiles(string top)
        => Directory.EnumerateFiles(Path.Combine(Root, top), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
}

using System.Text.RegularExpressions;
using InterviewSignals.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InterviewSignals.Tests.Documentation;

/// <summary>Every C# snippet in the README (and in the guides that show code) compiles as pasted into a new console app, with implicit usings as `dotnet new console` sets them.</summary>
public class ReadmeSnippetTests
{
    private static readonly string[] ConsoleImplicitUsings = { "System", "System.IO", "System.Linq", "System.Collections.Generic", "System.Net.Http", "System.Threading", "System.Threading.Tasks" };

    public static TheoryData<int> Snippets()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < CSharpBlocks().Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Fact]
    public void The_readme_and_the_guides_have_the_snippets_a_user_pastes()
    {
        Assert.Equal(6, Blocks("README.md").Count);
        Assert.Single(Blocks(Path.Combine("docs", "adaptive-questionnaire.md")));
        Assert.Single(Blocks(Path.Combine("docs", "application-timeline.md")));
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void A_readme_snippet_compiles_as_pasted(int index)
    {
        var source = CSharpBlocks()[index];
        var globalUsings = string.Concat(ConsoleImplicitUsings.Select(u => $"global using global::{u};\n"));
        var compilation = CSharpCompilation.Create(
            "ReadmeSnippet" + index,
            new[] { CSharpSyntaxTree.ParseText(globalUsings), CSharpSyntaxTree.ParseText(source) },
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.Empty(errors);
    }

    /// <summary>
    /// Compiling is not enough. Each snippet is built into an app of its own and run by <c>dotnet</c> in an
    /// empty folder, as a new console project would run it, with only the library and the container beside it.
    /// </summary>
    [Theory]
    [MemberData(nameof(Snippets))]
    public async Task A_readme_snippet_runs_as_pasted_in_an_empty_folder(int index)
    {
        var folder = Directory.CreateTempSubdirectory("readme-snippet-").FullName;
        try
        {
            var globalUsings = string.Concat(ConsoleImplicitUsings.Select(u => $"global using global::{u};\n"));
            var compilation = CSharpCompilation.Create(
                "Snippet",
                new[] { CSharpSyntaxTree.ParseText(globalUsings), CSharpSyntaxTree.ParseText(CSharpBlocks()[index]) },
                References(),
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
            var emitted = compilation.Emit(Path.Combine(folder, "Snippet.dll"));
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            foreach (var assembly in LibraryAssemblies())
            {
                File.Copy(assembly, Path.Combine(folder, Path.GetFileName(assembly)));
            }

            File.WriteAllText(Path.Combine(folder, "Snippet.runtimeconfig.json"), $$"""{ "runtimeOptions": { "tfm": "net10.0", "framework": { "name": "Microsoft.NETCore.App", "version": "{{Environment.Version.Major}}.0.0" } } }""");
            var start = new System.Diagnostics.ProcessStartInfo("dotnet", "Snippet.dll") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = System.Diagnostics.Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await process.WaitForExitAsync(timeout.Token);

            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{error}");
            Assert.NotEqual(string.Empty, (await output).Trim());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> CSharpBlocks() => Blocks("README.md").Concat(Blocks(Path.Combine("docs", "adaptive-questionnaire.md"))).Concat(Blocks(Path.Combine("docs", "application-timeline.md"))).ToList();

    private static List<string> Blocks(string file)
    {
        var text = File.ReadAllText(Path.Combine(Seeds.RepositoryRoot(), file)).Replace("\r\n", "\n", StringComparison.Ordinal);
        return Regex.Matches(text, "```csharp\n(.*?)```", RegexOptions.Singleline, TimeSpan.FromSeconds(5)).Select(m => m.Groups[1].Value).ToList();
    }

    private static IEnumerable<MetadataReference> References()
    {
        // The running framework, plus the library and the DI container a reader would add.
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.StartsWith(Path.GetDirectoryName(typeof(object).Assembly.Location)!, StringComparison.Ordinal));
        return platform.Concat(LibraryAssemblies()).Distinct(StringComparer.Ordinal).Where(File.Exists).Select(p => MetadataReference.CreateFromFile(p));
    }

    /// <summary>The library and the DI container a reader would add: what a new app has beside the framework.</summary>
    private static IEnumerable<string> LibraryAssemblies()
        => new[] { typeof(InterviewSignals.Taxonomy.SignalSet).Assembly, typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly, typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly, typeof(Microsoft.Extensions.DependencyInjection.ServiceProvider).Assembly }
            .Select(a => a.Location).Distinct(StringComparer.Ordinal);
}

using System.Text.RegularExpressions;
using System.Xml.Linq;
using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Documentation;

/// <summary>The README's tool commands install the real package and run as typed, on files that ship.</summary>
public class ReadmeCommandTests
{
    private static readonly string Root = Seeds.RepositoryRoot();

    /// <summary>Arguments that name a file the command writes rather than reads.</summary>
    private static readonly string[] OutputOptions = { "--out", "--svg" };

    [Fact]
    public void The_install_lines_name_the_tool_s_package_id_for_a_global_and_a_local_install()
    {
        var project = XDocument.Load(Path.Combine(Root, "src", "InterviewSignals.Cli", "InterviewSignals.Cli.csproj"));
        string Property(string name) => project.Descendants(name).Single().Value;
        var lines = Commands().ToList();

        Assert.Equal("interview-signals", Property("ToolCommandName"));
        Assert.Contains(lines, l => l.StartsWith($"dotnet tool install --global {Property("PackageId")} --prerelease", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("dotnet new tool-manifest", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"dotnet tool install {Property("PackageId")} --prerelease", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_tool_command_in_the_readme_names_files_that_ship_and_runs_as_typed()
    {
        var folder = Directory.CreateTempSubdirectory("readme-commands-").FullName;
        try
        {
            var written = new Dictionary<string, string>(StringComparer.Ordinal);
            var commands = Commands().Where(l => l.Contains("interview-signals ", StringComparison.Ordinal) && !l.StartsWith("dotnet", StringComparison.Ordinal)).ToList();
            Assert.True(commands.Count >= 15, string.Join("\n", commands));
            foreach (var line in commands)
            {
                var (input, rest) = line.Split(" | interview-signals ") is [var echo, var tail] ? (Unquote(echo["echo ".Length..]), tail) : (line.Contains("--interactive", StringComparison.Ordinal) ? "q\n" : string.Empty, line["interview-signals ".Length..]);
                var redirect = rest.Split(" > ");
                var args = Arguments(redirect[0]).ToArray();
                for (var i = 0; i < args.Length; i++)
                {
                    if (i > 0 && OutputOptions.Contains(args[i - 1]))
                    {
                        written[args[i]] = args[i] = Path.Combine(folder, args[i]);
                    }
                    else if (written.TryGetValue(args[i], out var earlier))
                    {
                        args[i] = earlier;
                    }
                    else if (args[i].Contains('/', StringComparison.Ordinal) && !args[i].StartsWith('-'))
                    {
                        Assert.True(File.Exists(Path.Combine(Root, args[i])), $"{line}: {args[i]} does not ship");
                        args[i] = Path.Combine(Root, args[i]);
                    }
                }

                var (exit, output, error) = TestSupport.Cli.RunWithInput(input, args);
                Assert.True(exit == 0, $"{line}: exit {exit}\n{error}");
                Assert.NotEqual(string.Empty, output.Trim());
                if (redirect.Length == 2)
                {
                    written[redirect[1]] = Path.Combine(folder, redirect[1]);
                    File.WriteAllText(written[redirect[1]], output);
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The lines of the README's bash blocks, without their comments.</summary>
    private static IEnumerable<string> Commands()
    {
        var text = File.ReadAllText(Path.Combine(Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        return Regex.Matches(text, "```bash\n(.*?)```", RegexOptions.Singleline, TimeSpan.FromSeconds(5))
            .SelectMany(m => m.Groups[1].Value.Split('\n'))
            .Select(l => (l.IndexOf(" #", StringComparison.Ordinal) is var hash and >= 0 ? l[..hash] : l).Trim())
            .Where(l => l.Length > 0);
    }

    /// <summary>A command line split as a shell would: on spaces, keeping "quoted words" together.</summary>
    private static IEnumerable<string> Arguments(string line)
        => Regex.Matches(line, "\"([^\"]*)\"|(\\S+)", RegexOptions.None, TimeSpan.FromSeconds(5)).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);

    private static string Unquote(string s) => s.Trim().Trim('"');
}

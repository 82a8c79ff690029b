using System.Diagnostics;
using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Reliability;

/// <summary>The same set, observation and as-of give byte-identical JSON in separate processes under different cultures.</summary>
public class DeterminismTests
{
    private static string CliPath()
    {
        var local = Path.Combine(AppContext.BaseDirectory, "interview-signals.dll");
        if (File.Exists(local) && File.Exists(Path.ChangeExtension(local, ".runtimeconfig.json")))
        {
            return local;
        }

        var config = AppContext.BaseDirectory.Contains("Release", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(Seeds.RepositoryRoot(), "src", "InterviewSignals.Cli", "bin", config, "net10.0", "interview-signals.dll");
    }

    private static string Run(string culture, string observationFile, bool invariant = false, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(CliPath());
        foreach (var a in new[] { "assess", observationFile, "--as-of", "2026-11-20T09:00:00Z" }.Concat(extra.Length == 0 ? new[] { "--json" } : extra))
        {
            start.ArgumentList.Add(a);
        }

        if (invariant)
        {
            start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        }

        // .NET takes the current culture from these on Linux; "C" gives the invariant culture.
        start.Environment["LANG"] = culture.Length == 0 ? "C" : culture.Replace('-', '_') + ".UTF-8";
        start.Environment["LC_ALL"] = start.Environment["LANG"];
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "the command-line tool did not finish");
        Assert.True(process.ExitCode == 0, error);
        return output;
    }

    [Fact]
    public void Separate_processes_under_five_cultures_print_the_same_bytes()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """
                { "signals": { "salary-discussed": { "state": "present", "strength": 0.75 }, "next-steps-explained": "absent", "interviewer-smiled": "present" },
                  "facts": { "interview-length-minutes": 47.5, "interviewer-count": 2, "company-size": "large", "interview-date": "2026-11-08T14:30:00Z", "heard-back": false } }
                """);

            var outputs = new[] { string.Empty, "en-US", "de-DE", "tr-TR", "es-ES" }.ToDictionary(c => c, c => Run(c, file));

            var reference = outputs[string.Empty];
            Assert.Contains("\"outlook\": 0.", reference, StringComparison.Ordinal);
            Assert.All(outputs, o => Assert.Equal(reference, o.Value));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Under_invariant_globalization_the_tool_prints_the_same_English_and_Spanish_as_a_normal_run()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """{ "signals": { "next-steps-explained": "absent", "salary-discussed": "present" }, "facts": { "company-size": "large" } }""");
            foreach (var language in new[] { "en", "es", "es-MX" })
            {
                var normal = Run("en-US", file, invariant: false, "--language", language);
                var invariant = Run("en-US", file, invariant: true, "--language", language);
                Assert.Equal(normal, invariant);
                Assert.Contains(language == "en" ? "What points the other way" : "Lo que apunta en la otra dirección", normal, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}

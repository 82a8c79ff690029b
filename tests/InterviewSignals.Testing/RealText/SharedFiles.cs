namespace InterviewSignals.Tests.TestSupport.RealText;

/// <summary>
/// Finds the shared folder that lies beside the repository (the source articles, the real third-party text and its
/// labels). A clone made elsewhere finds it beside the repository it was cloned from; <c>INTERVIEW_SIGNALS_SHARED</c>
/// names it outright. Nothing from it is ever copied into the repository.
/// </summary>
public static class SharedFiles
{
    public static string Directory(string name)
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("INTERVIEW_SIGNALS_SHARED") is { Length: > 0 } shared ? Path.Combine(shared, name) : null,
            Path.Combine(RepositoryRoot(), "..", "shared", name),
            OriginDirectory() is { } origin ? Path.Combine(origin, "..", "shared", name) : null,
        };
        foreach (var candidate in candidates)
        {
            if (candidate is not null && System.IO.Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new InvalidOperationException($"The shared folder '{name}' was expected at {Path.GetFullPath(candidates[1]!)} (or set INTERVIEW_SIGNALS_SHARED).");
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InterviewSignals.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root (InterviewSignals.Core.sln) was not found above " + AppContext.BaseDirectory);
    }

    private static string? OriginDirectory()
    {
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "-C", RepositoryRoot(), "config", "--get", "remote.origin.url" })
            {
                start.ArgumentList.Add(a);
            }

            using var git = System.Diagnostics.Process.Start(start)!;
            var url = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return url.Length > 0 && System.IO.Directory.Exists(url) ? url : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

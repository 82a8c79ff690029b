namespace AtsIntegration;

/// <summary>
/// A candidate-experience monitor: reads interviews from an ATS database, weighs each open application's last
/// interview as the candidate sees it, and raises alerts for recruiters to communicate. It never ranks, scores or
/// rejects candidates.
/// </summary>
public static class Program
{
    /// <summary>Runs the monitor. Arguments: <c>--db PATH</c> (default <c>ats-demo.db</c>) and <c>--as-of DATE</c> (default now).</summary>
    public static int Main(string[] args)
    {
        var db = Option(args, "--db") ?? "ats-demo.db";
        var asOfText = Option(args, "--as-of");
        var asOf = asOfText is null ? DateTimeOffset.UtcNow : DateTimeOffset.Parse(asOfText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
        var data = Path.Combine(AppContext.BaseDirectory, "data");

        var monitor = new CandidateExperienceMonitor($"Data Source={db}", Mapping.Load(Path.Combine(data, "mapping.json")), Path.Combine(data, "candidate-experience.json"));
        monitor.EnsureDatabase(Path.Combine(data, "ats-export.json"));
        var report = monitor.Run(asOf);
        Console.Write(report.ToTable());
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

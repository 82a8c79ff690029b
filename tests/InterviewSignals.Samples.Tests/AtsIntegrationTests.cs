using AtsIntegration;
using Microsoft.Data.Sqlite;

namespace InterviewSignals.Samples.Tests;

public sealed class AtsIntegrationTests : IDisposable
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "data");
    private static readonly DateTimeOffset AsOf = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"ats-{Guid.NewGuid():N}.db");

    private CandidateExperienceMonitor Monitor()
    {
        var monitor = new CandidateExperienceMonitor($"Data Source={_db}", Mapping.Load(Path.Combine(Data, "mapping.json")), Path.Combine(Data, "candidate-experience.json"));
        monitor.EnsureDatabase(Path.Combine(Data, "ats-export.json"));
        return monitor;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_db);
    }

    [Fact]
    public void Open_applications_raise_the_alerts_their_records_call_for()
    {
        var report = Monitor().Run(AsOf);

        var byApplication = report.Applications.ToDictionary(a => a.ApplicationId, a => a.Alerts.Select(x => x.Kind).ToArray());
        Assert.Equal(new[] { "APP-1001", "APP-1002", "APP-1003", "APP-1005", "APP-1006" }, byApplication.Keys);
        Assert.Equal(new[] { CandidateExperienceMonitor.SilenceRisk, CandidateExperienceMonitor.FollowUpOverdue }, byApplication["APP-1001"]);
        Assert.Empty(byApplication["APP-1002"]);
        Assert.Equal(new[] { CandidateExperienceMonitor.NextStepsNotExplained }, byApplication["APP-1003"]);
        Assert.Empty(byApplication["APP-1005"]);
        Assert.Equal("The candidate was told to expect a decision by 2026-11-09; it is 11 days past that.", report.Applications[0].Alerts[1].Message);
    }

    [Fact]
    public void A_promise_in_the_recruiters_notes_becomes_the_date_the_silence_alert_counts_from()
    {
        var report = Monitor().Run(AsOf);

        // APP-1006 has no decision field; its notes say "Told her we'd get back to her by Friday", written on Wednesday 11 November.
        var alerts = report.Applications.Single(a => a.ApplicationId == "APP-1006").Alerts;
        Assert.Equal(new[] { CandidateExperienceMonitor.SilenceRisk, CandidateExperienceMonitor.FollowUpOverdue }, alerts.Select(a => a.Kind));
        Assert.Equal("The candidate was told to expect a decision by 2026-11-13 (the notes say \u201cback to her by Friday\u201d); it is 7 days past that.", alerts[1].Message);
    }

    [Fact]
    public void Notes_fill_only_what_the_structured_fields_leave_open()
    {
        var monitor = Monitor();
        var interview = new InterviewRecord(new(2026, 11, 11, 10, 0, 0, TimeSpan.Zero), new(2026, 11, 11, 10, 45, 0, TimeSpan.Zero), 1, null, 5, "Panel of 3. Told her we'd get back to her by Friday.");

        var notes = monitor.ReadNotes(interview);
        var observation = monitor.ToObservation(interview, Array.Empty<StageChange>(), AsOf, notes);

        Assert.Equal(1, observation.Facts["interviewer-count"].Number);
        Assert.Equal(new DateTime(2026, 11, 16), CandidateExperienceMonitor.Promise(interview, notes)!.By);
        Assert.Equal(new DateTime(2026, 11, 13), CandidateExperienceMonitor.Promise(interview with { DecisionDays = null }, notes)!.By);
    }

    [Fact]
    public void Alerts_are_written_with_an_audit_record_and_not_repeated()
    {
        var monitor = Monitor();
        monitor.Run(AsOf);
        monitor.Run(AsOf);

        using var c = new SqliteConnection($"Data Source={_db}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT a.kind, u.set_id, u.set_version, u.set_hash, u.library_version, u.as_of, u.input_hash FROM alerts a JOIN audit u ON u.id = a.audit_id ORDER BY a.id";
        using var r = cmd.ExecuteReader();
        var rows = new List<string[]>();
        while (r.Read())
        {
            rows.Add(Enumerable.Range(0, r.FieldCount).Select(r.GetString).ToArray());
        }

        Assert.Equal(5, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.Equal("candidate-experience", row[1]);
            Assert.Equal(monitor.Set.ContentHash, row[3]);
            Assert.StartsWith("sha256:", row[6], StringComparison.Ordinal);
            Assert.StartsWith("2026-11-20T00:00:00", row[5], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_set_is_for_employer_process_insight_and_stores_no_score()
    {
        var monitor = Monitor();
        Assert.Equal(InterviewSignals.Taxonomy.IntendedUse.EmployerProcessInsight, monitor.Set.IntendedUse);
        monitor.Run(AsOf);
        using var c = new SqliteConnection($"Data Source={_db}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT group_concat(name) FROM pragma_table_info('audit')";
        var columns = (string)cmd.ExecuteScalar()!;
        Assert.DoesNotContain("score", columns, StringComparison.Ordinal);
        Assert.DoesNotContain("outlook", columns, StringComparison.Ordinal);
    }

    [Fact]
    public void The_program_runs_on_a_database_it_creates()
    {
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            Assert.Equal(0, AtsIntegration.Program.Main(new[] { "--db", _db, "--as-of", "2026-11-20" }));
        }
        finally
        {
            Console.SetOut(previous);
        }

        Assert.Contains("APP-1001", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("silence-risk; follow-up-overdue", output.ToString(), StringComparison.Ordinal);
    }
}

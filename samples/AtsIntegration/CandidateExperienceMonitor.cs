using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Reading;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;
using Microsoft.Data.Sqlite;

namespace AtsIntegration;

/// <summary>An alert for a recruiter: a prompt to communicate, never a judgement of the candidate.</summary>
public sealed record Alert(string ApplicationId, string Kind, string Message);

/// <summary>One row of the summary.</summary>
public sealed record ApplicationReport(string ApplicationId, string Stage, double DaysSinceInterview, IReadOnlyList<Alert> Alerts);

/// <summary>The result of one run.</summary>
public sealed record MonitorReport(DateTimeOffset AsOf, IReadOnlyList<ApplicationReport> Applications)
{
    public IEnumerable<Alert> Alerts => Applications.SelectMany(a => a.Alerts);

    public string ToTable()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Candidate-experience alerts as of {AsOf:yyyy-MM-dd} (prompts to communicate; a recruiter reviews each one)\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"{"APPLICATION",-12} {"STAGE",-18} {"DAYS",5}  ALERTS\n");
        foreach (var a in Applications)
        {
            var alerts = a.Alerts.Count == 0 ? "-" : string.Join("; ", a.Alerts.Select(x => x.Kind));
            sb.Append(CultureInfo.InvariantCulture, $"{a.ApplicationId,-12} {a.Stage,-18} {a.DaysSinceInterview,5:0.0}  {alerts}\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"\n{Alerts.Count()} alert(s); new ones are written to the database with an audit record.\n");
        return sb.ToString();
    }
}

/// <summary>Reads interviews from the ATS database, weighs them as the candidate sees them, writes alerts and audit records.</summary>
public sealed class CandidateExperienceMonitor
{
    public const string SilenceRisk = "silence-risk";
    public const string FollowUpOverdue = "follow-up-overdue";
    public const string NextStepsNotExplained = "next-steps-not-explained";

    private readonly string _connectionString;
    private readonly Mapping _mapping;
    private readonly IInterviewEvaluator _evaluator;
    private readonly IInterviewTextReader _reader;

    public CandidateExperienceMonitor(string connectionString, Mapping mapping, string setPath)
    {
        _connectionString = connectionString;
        _mapping = mapping;
        var set = SignalSetJson.LoadFile(setPath);
        _evaluator = InterviewEvaluator.Create(set);
        _reader = InterviewTextReader.Create(set);
    }

    public SignalSet Set => _evaluator.SignalSet;

    /// <summary>Creates the tables and, when the database is empty, imports the ATS export.</summary>
    public void EnsureDatabase(string exportPath)
    {
        using var c = Open();
        Execute(c, """
            CREATE TABLE IF NOT EXISTS applications (id TEXT PRIMARY KEY, candidate TEXT NOT NULL, role TEXT NOT NULL, stage TEXT NOT NULL, last_activity TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS interviews (application_id TEXT NOT NULL, start TEXT NOT NULL, end TEXT NOT NULL, interviewer_count INTEGER NOT NULL, next_steps_explained INTEGER, decision_days INTEGER, notes TEXT);
            CREATE TABLE IF NOT EXISTS stage_changes (application_id TEXT NOT NULL, from_stage TEXT NOT NULL, to_stage TEXT NOT NULL, at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY AUTOINCREMENT, application_id TEXT NOT NULL, set_id TEXT NOT NULL, set_version TEXT NOT NULL, set_hash TEXT NOT NULL, library_version TEXT NOT NULL, as_of TEXT NOT NULL, input_hash TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS alerts (id INTEGER PRIMARY KEY AUTOINCREMENT, application_id TEXT NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL, audit_id INTEGER NOT NULL REFERENCES audit(id));
            """);
        AddNotesColumn(c);
        using (var count = c.CreateCommand())
        {
            count.CommandText = "SELECT COUNT(*) FROM applications";
            if ((long)count.ExecuteScalar()! > 0)
            {
                return;
            }
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(exportPath));
        using var tx = c.BeginTransaction();
        foreach (var a in doc.RootElement.GetProperty("applications").EnumerateArray())
        {
            Insert(c, "INSERT INTO applications VALUES ($1, $2, $3, $4, $5)", a.GetProperty("id").GetString(), a.GetProperty("candidate").GetString(), a.GetProperty("role").GetString(), a.GetProperty("stage").GetString(), a.GetProperty("lastActivity").GetString());
        }

        foreach (var i in doc.RootElement.GetProperty("interviews").EnumerateArray())
        {
            var explained = i.GetProperty("nextStepsExplained");
            var days = i.GetProperty("decisionDays");
            var notes = i.TryGetProperty("notes", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            Insert(c, "INSERT INTO interviews VALUES ($1, $2, $3, $4, $5, $6, $7)", i.GetProperty("applicationId").GetString(), i.GetProperty("start").GetString(), i.GetProperty("end").GetString(),
                i.GetProperty("interviewers").GetArrayLength(), explained.ValueKind == JsonValueKind.Null ? null : explained.GetBoolean() ? 1 : 0, days.ValueKind == JsonValueKind.Null ? null : days.GetInt32(), notes);
        }

        foreach (var s in doc.RootElement.GetProperty("stageChanges").EnumerateArray())
        {
            Insert(c, "INSERT INTO stage_changes VALUES ($1, $2, $3, $4)", s.GetProperty("applicationId").GetString(), s.GetProperty("from").GetString(), s.GetProperty("to").GetString(), s.GetProperty("at").GetString());
        }

        tx.Commit();
    }

    /// <summary>Weighs every open application's latest interview and writes the alerts it raises.</summary>
    public MonitorReport Run(DateTimeOffset asOf)
    {
        using var c = Open();
        var reports = new List<ApplicationReport>();
        foreach (var (id, stage) in OpenApplications(c))
        {
            var interview = LatestInterview(c, id);
            if (interview is null)
            {
                continue;
            }

            var changes = StageChanges(c, id).Where(s => s.At > interview.End).ToList();
            var notes = ReadNotes(interview);
            var observation = ToObservation(interview, changes, asOf, notes);
            var assessment = _evaluator.Assess(observation);
            var alerts = AlertsFor(id, interview, changes, assessment, asOf, Promise(interview, notes));
            var fresh = alerts.Where(a => !AlreadyRaised(c, a)).ToList();
            if (fresh.Count > 0)
            {
                var auditId = WriteAudit(c, id, assessment, observation);
                foreach (var alert in fresh)
                {
                    Insert(c, "INSERT INTO alerts (application_id, kind, message, audit_id) VALUES ($1, $2, $3, $4)", alert.ApplicationId, alert.Kind, alert.Message, auditId);
                }
            }

            reports.Add(new ApplicationReport(id, stage, Math.Round((asOf - interview.Start).TotalDays, 1), alerts));
        }

        return new MonitorReport(asOf, reports);
    }

    /// <summary>
    /// Reads the recruiter's free-text notes, as of the end of the interview they describe, so that "told her we'd get
    /// back to her by Friday" becomes the promise the candidate is waiting on. Notes are read, never stored elsewhere.
    /// </summary>
    public TextReading? ReadNotes(InterviewRecord interview)
        => string.IsNullOrWhiteSpace(interview.Notes) ? null : _reader.Read(interview.Notes, new TextReadingOptions { Kind = TextKind.Notes, AsOf = interview.End });

    /// <summary>What the candidate was promised: the ATS field when it is filled, else a date the notes give, with the words.</summary>
    public static Promise? Promise(InterviewRecord interview, TextReading? notes)
    {
        if (interview.DecisionDays is int days)
        {
            return new Promise(interview.Start.Date.AddDays(days), null);
        }

        return notes?.Facts.FirstOrDefault(f => f.Id == "employer-timeline-days") is { } timeline
            ? new Promise((timeline.Date ?? interview.End.AddDays(timeline.Value.Number)).Date, timeline.Evidence[0].Text)
            : null;
    }

    /// <summary>Maps the ATS record to what the candidate has seen: facts, plus the signals the record shows; the notes fill what the fields leave open.</summary>
    public Observation ToObservation(InterviewRecord interview, IReadOnlyList<StageChange> changesSince, DateTimeOffset asOf, TextReading? notes = null)
    {
        var b = Observation.CreateBuilder()
            .Fact("interview-date", interview.Start)
            .Fact("interview-length-minutes", Math.Round((interview.End - interview.Start).TotalMinutes))
            .Fact("interviewer-count", interview.InterviewerCount)
            .Fact("company-size", _mapping.CompanySize)
            .Fact("heard-back", changesSince.Count > 0)
            .AsOf(asOf);
        if (interview.DecisionDays is int days)
        {
            b.Fact("employer-timeline-days", days);
        }

        if (interview.NextStepsExplained is bool explained)
        {
            b.Answer("next-steps-explained", explained ? SignalState.Present : SignalState.Absent);
        }

        if (changesSince.Any(s => _mapping.IsAdvance(s.From, s.To)))
        {
            b.Present("invited-to-next-round");
        }

        // The structured fields win; the notes only add what they leave open.
        return notes?.MergeInto(b.Build()) ?? b.Build();
    }

    private List<Alert> AlertsFor(string id, InterviewRecord interview, IReadOnlyList<StageChange> changes, Assessment assessment, DateTimeOffset asOf, Promise? promise)
    {
        var alerts = new List<Alert>();
        var silence = assessment.Contributions.FirstOrDefault(c => c.SignalId == "no-word-since-interview");
        var days = (asOf - interview.Start).TotalDays;
        if (silence is not null)
        {
            alerts.Add(new Alert(id, SilenceRisk, $"No word for {days:0} days while the application is still open: the candidate is likely to read the silence as a rejection."));
        }

        if (promise is { } p && changes.Count == 0 && asOf.Date > p.By)
        {
            var told = p.Words is null ? $"by {p.By:yyyy-MM-dd}" : $"by {p.By:yyyy-MM-dd} (the notes say \u201c{p.Words}\u201d)";
            alerts.Add(new Alert(id, FollowUpOverdue, $"The candidate was told to expect a decision {told}; it is {(asOf.Date - p.By).TotalDays:0} days past that."));
        }

        if (assessment.Contributions.Any(c => c.SignalId == "next-steps-explained" && c.State == SignalState.Absent))
        {
            alerts.Add(new Alert(id, NextStepsNotExplained, "Nobody explained the next steps at the end of the interview."));
        }

        return alerts;
    }

    private static bool AlreadyRaised(SqliteConnection c, Alert alert)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM alerts WHERE application_id = $1 AND kind = $2";
        Bind(cmd, alert.ApplicationId, alert.Kind);
        return (long)cmd.ExecuteScalar()! > 0;
    }

    private static long WriteAudit(SqliteConnection c, string id, Assessment a, Observation observation)
    {
        var inputHash = "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ObservationJson.ToJson(observation, indented: false)))).ToLowerInvariant();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "INSERT INTO audit (application_id, set_id, set_version, set_hash, library_version, as_of, input_hash) VALUES ($1, $2, $3, $4, $5, $6, $7); SELECT last_insert_rowid();";
        Bind(cmd, id, a.SignalSet.Id, a.SignalSet.Version, a.SignalSet.ContentHash, a.LibraryVersion, a.AsOf.ToString("O", CultureInfo.InvariantCulture), inputHash);
        return (long)cmd.ExecuteScalar()!;
    }

    private IEnumerable<(string Id, string Stage)> OpenApplications(SqliteConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id, stage FROM applications ORDER BY id";
        using var r = cmd.ExecuteReader();
        var list = new List<(string, string)>();
        while (r.Read())
        {
            if (_mapping.IsOpen(r.GetString(1)))
            {
                list.Add((r.GetString(0), r.GetString(1)));
            }
        }

        return list;
    }

    private static InterviewRecord? LatestInterview(SqliteConnection c, string id)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT start, end, interviewer_count, next_steps_explained, decision_days, notes FROM interviews WHERE application_id = $1 ORDER BY start DESC LIMIT 1";
        Bind(cmd, id);
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        return new InterviewRecord(Date(r.GetString(0)), Date(r.GetString(1)), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetInt32(3) == 1, r.IsDBNull(4) ? null : r.GetInt32(4), r.IsDBNull(5) ? null : r.GetString(5));
    }

    private static List<StageChange> StageChanges(SqliteConnection c, string id)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT from_stage, to_stage, at FROM stage_changes WHERE application_id = $1 ORDER BY at";
        Bind(cmd, id);
        using var r = cmd.ExecuteReader();
        var list = new List<StageChange>();
        while (r.Read())
        {
            list.Add(new StageChange(r.GetString(0), r.GetString(1), Date(r.GetString(2))));
        }

        return list;
    }

    /// <summary>A database made before interviews had notes gets the column.</summary>
    private static void AddNotesColumn(SqliteConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM pragma_table_info('interviews') WHERE name = 'notes'";
        if ((long)cmd.ExecuteScalar()! == 0)
        {
            Execute(c, "ALTER TABLE interviews ADD COLUMN notes TEXT");
        }
    }

    private SqliteConnection Open()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        return c;
    }

    private static DateTimeOffset Date(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static void Execute(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static void Insert(SqliteConnection c, string sql, params object?[] values)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        Bind(cmd, values);
        cmd.ExecuteNonQuery();
    }

    private static void Bind(SqliteCommand cmd, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            cmd.Parameters.AddWithValue("$" + (i + 1).ToString(CultureInfo.InvariantCulture), values[i] ?? DBNull.Value);
        }
    }
}

/// <summary>An interview as the ATS records it, with the recruiter's free-text notes.</summary>
public sealed record InterviewRecord(DateTimeOffset Start, DateTimeOffset End, int InterviewerCount, bool? NextStepsExplained, int? DecisionDays, string? Notes = null);

/// <summary>The day by which the candidate was told to expect a decision, and the words of the notes that said so (none when an ATS field did).</summary>
public sealed record Promise(DateTime By, string? Words);

/// <summary>A stage change of an application.</summary>
public sealed record StageChange(string From, string To, DateTimeOffset At);

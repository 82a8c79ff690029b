using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AtsIntegration.Vendors;
using InterviewSignals.Timelines;
using Microsoft.Data.Sqlite;

namespace AtsIntegration.Storage;

/// <summary>What happened to a delivery.</summary>
public enum StoreOutcome
{
    /// <summary>Stored for the first time.</summary>
    Stored,

    /// <summary>Already stored: a redelivery, acknowledged and not stored again.</summary>
    Duplicate,

    /// <summary>An erasure, carried out; or a delivery about data already erased, dropped.</summary>
    Erased,
}

/// <summary>
/// The receiver's SQLite database, created on first use: each delivery once (by the vendor's own identity of it) with
/// its raw payload for audit, the events it maps to, and the applications they belong to. Writes are serialised, so
/// concurrent deliveries never interleave; an erasure purges every row about the application or candidate and keeps
/// only a one-way hash of their ids, so that a late redelivery cannot bring the data back.
/// </summary>
public sealed class AtsStore : IDisposable
{
    private static readonly string[] Tables = ["deliveries", "applications", "events", "erased"];
    private readonly string _connectionString;
    private readonly SemaphoreSlim _write = new(1, 1);

    public AtsStore(string connectionString)
    {
        _connectionString = connectionString;
        using var c = Open();
        Execute(c, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS deliveries (
                id INTEGER PRIMARY KEY,
                source TEXT NOT NULL,
                key_hash TEXT NOT NULL,
                event_type TEXT NOT NULL,
                received_at TEXT NOT NULL,
                application_key TEXT,
                payload BLOB,
                UNIQUE (source, key_hash));
            CREATE INDEX IF NOT EXISTS deliveries_by_application ON deliveries (application_key);
            CREATE TABLE IF NOT EXISTS applications (
                application_key TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                application_id TEXT NOT NULL,
                candidate_id TEXT);
            CREATE INDEX IF NOT EXISTS applications_by_candidate ON applications (source, candidate_id);
            CREATE TABLE IF NOT EXISTS events (
                application_key TEXT NOT NULL,
                event_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                occurred_at TEXT NOT NULL,
                interview_key TEXT,
                detail TEXT,
                delivery_id INTEGER NOT NULL,
                PRIMARY KEY (application_key, event_id));
            CREATE INDEX IF NOT EXISTS events_by_interview ON events (interview_key);
            CREATE TABLE IF NOT EXISTS erased (key_hash TEXT PRIMARY KEY, erased_at TEXT NOT NULL);
            """);
    }

    /// <summary>Stores a delivery once, in one transaction.</summary>
    public async Task<StoreOutcome> StoreAsync(Delivery delivery, byte[] payload, DateTimeOffset receivedAt)
    {
        await _write.WaitAsync().ConfigureAwait(false);
        try
        {
            using var c = Open();
            using var tx = c.BeginTransaction();
            var outcome = Store(c, delivery, payload, receivedAt);
            tx.Commit();
            return outcome;
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>Every application's timeline, by source and application id.</summary>
    public IReadOnlyList<(string Source, string ApplicationId, ApplicationTimeline Timeline)> Timelines()
    {
        using var c = Open();
        using var cmd = c.CreateCommand();

        // An interview cancelled by id alone (Greenhouse's interview_deleted) joins the application that has the interview.
        cmd.CommandText = """
            SELECT a.source, a.application_id, e.event_id, e.kind, e.occurred_at, e.detail
            FROM applications a JOIN events e ON e.application_key = a.application_key
            UNION
            SELECT a.source, a.application_id, p.event_id, p.kind, p.occurred_at, p.detail
            FROM applications a JOIN events i ON i.application_key = a.application_key
            JOIN events p ON p.application_key = '' AND p.interview_key = i.interview_key
            ORDER BY 1, 2
            """;
        var byApplication = new Dictionary<(string, string), List<ApplicationEvent>>();
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var key = (r.GetString(0), r.GetString(1));
                if (!byApplication.TryGetValue(key, out var list))
                {
                    byApplication[key] = list = [];
                }

                list.Add(StoredEvent.Read(r.GetString(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5)));
            }
        }

        return byApplication.Select(p => (p.Key.Item1, p.Key.Item2, ApplicationTimeline.Create(p.Value))).ToList();
    }

    /// <summary>Counts the rows of each table, for audits and the load check.</summary>
    public IReadOnlyDictionary<string, long> Counts()
    {
        using var c = Open();
        return Tables.ToDictionary(t => t, t => Scalar(c, $"SELECT COUNT(*) FROM {t}"));
    }

    public void Dispose() => _write.Dispose();

    internal SqliteConnection Open()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        return c;
    }

    private static StoreOutcome Store(SqliteConnection c, Delivery d, byte[] payload, DateTimeOffset receivedAt)
    {
        var keyHash = Hash(d.Key);
        if (Scalar(c, "SELECT COUNT(*) FROM deliveries WHERE source = $1 AND key_hash = $2", d.Source, keyHash) > 0)
        {
            return StoreOutcome.Duplicate;
        }

        var at = receivedAt.ToString("O", CultureInfo.InvariantCulture);
        var application = d.ApplicationId is null ? null : d.Source + ":" + d.ApplicationId;
        var erasedAlready = (application is not null && IsErased(c, "application:" + application))
                            || (d.CandidateId is not null && IsErased(c, $"candidate:{d.Source}:{d.CandidateId}"));
        if (d.Erase.Count > 0 || erasedAlready)
        {
            foreach (var erasure in d.Erase)
            {
                Purge(c, d.Source, erasure, at);
            }

            // A tombstone: enough to recognise the redelivery, nothing about anyone.
            Insert(c, "INSERT INTO deliveries (source, key_hash, event_type, received_at) VALUES ($1, $2, $3, $4)", d.Source, keyHash, d.EventType, at);
            return StoreOutcome.Erased;
        }

        var deliveryId = Scalar(c, "INSERT INTO deliveries (source, key_hash, event_type, received_at, application_key, payload) VALUES ($1, $2, $3, $4, $5, $6); SELECT last_insert_rowid();", d.Source, keyHash, d.EventType, at, application, payload);
        if (application is not null)
        {
            Insert(c, "INSERT INTO applications (application_key, source, application_id, candidate_id) VALUES ($1, $2, $3, $4) ON CONFLICT (application_key) DO UPDATE SET candidate_id = coalesce(applications.candidate_id, excluded.candidate_id)", application, d.Source, d.ApplicationId, d.CandidateId);
        }

        foreach (var e in d.Events)
        {
            var (kind, occurred, detail) = StoredEvent.Write(e);
            var interview = e.InterviewId is null ? null : d.Source + ":" + e.InterviewId;
            Insert(c, "INSERT OR IGNORE INTO events (application_key, event_id, kind, occurred_at, interview_key, detail, delivery_id) VALUES ($1, $2, $3, $4, $5, $6, $7)", application ?? string.Empty, e.Id, kind, occurred, interview, detail, deliveryId);
        }

        return StoreOutcome.Stored;
    }

    /// <summary>Deletes every row about an application or a candidate, and remembers only that they were erased.</summary>
    private static void Purge(SqliteConnection c, string source, Erasure erasure, string at)
    {
        var applications = new List<string>();
        if (erasure.ApplicationId is { } app)
        {
            applications.Add(source + ":" + app);
        }

        if (erasure.CandidateId is { } candidate)
        {
            using var cmd = Command(c, "SELECT application_key FROM applications WHERE source = $1 AND candidate_id = $2", source, candidate);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                applications.Add(r.GetString(0));
            }

            Insert(c, "INSERT OR IGNORE INTO erased VALUES ($1, $2)", Hash($"candidate:{source}:{candidate}"), at);
        }

        foreach (var key in applications.Distinct(StringComparer.Ordinal))
        {
            const string Pending = "application_key = '' AND interview_key IN (SELECT interview_key FROM events WHERE application_key = $1 AND interview_key IS NOT NULL)";
            Insert(c, $"DELETE FROM deliveries WHERE id IN (SELECT delivery_id FROM events WHERE {Pending})", key);
            Insert(c, $"DELETE FROM events WHERE {Pending}", key);
            Insert(c, "DELETE FROM events WHERE application_key = $1", key);
            Insert(c, "DELETE FROM deliveries WHERE application_key = $1", key);
            Insert(c, "DELETE FROM applications WHERE application_key = $1", key);
            Insert(c, "INSERT OR IGNORE INTO erased VALUES ($1, $2)", Hash("application:" + key), at);
        }
    }

    private static bool IsErased(SqliteConnection c, string key) => Scalar(c, "SELECT COUNT(*) FROM erased WHERE key_hash = $1", Hash(key)) > 0;

    /// <summary>A one-way hash: ids are stored where they must be (to find the rows to purge) and hashed everywhere else.</summary>
    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static void Execute(SqliteConnection c, string sql)
    {
        using var cmd = Command(c, sql);
        cmd.ExecuteNonQuery();
    }

    private static void Insert(SqliteConnection c, string sql, params object?[] values)
    {
        using var cmd = Command(c, sql, values);
        cmd.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection c, string sql, params object?[] values)
    {
        using var cmd = Command(c, sql, values);
        return (long)cmd.ExecuteScalar()!;
    }

    private static SqliteCommand Command(SqliteConnection c, string sql, params object?[] values)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            cmd.Parameters.AddWithValue("$" + (i + 1).ToString(CultureInfo.InvariantCulture), values[i] ?? DBNull.Value);
        }

        return cmd;
    }
}

using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using AtsIntegration.Commands;
using AtsIntegration.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace InterviewSignals.Samples.Tests.AtsIntegration;

/// <summary>The sample's receiver on a loopback port with its own database, the demo secrets, a fixed clock and every log line captured.</summary>
internal sealed class Receiver : IAsyncDisposable
{
    public const string AsOf = "2026-11-20T09:00:00Z";
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse(AsOf, System.Globalization.CultureInfo.InvariantCulture);

    private readonly InProcessServer _server;

    private Receiver(InProcessServer server, ConcurrentQueue<string> logs)
    {
        _server = server;
        Logs = logs;
    }

    public ConcurrentQueue<string> Logs { get; }

    public HttpClient Http => _server.Client;

    public Uri Address => _server.Address;

    public AtsStore Store => _server.Store;

    public static byte[] Secret(string source) => Encoding.UTF8.GetBytes(InProcessServer.DemoSecrets[source]);

    public static async Task<Receiver> StartAsync(string asOf = AsOf, IDictionary<string, string?>? more = null)
    {
        var logs = new ConcurrentQueue<string>();
        var server = await InProcessServer.StartAsync(asOf, more, l => l.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingProvider(logs)));
        return new Receiver(server, logs);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, byte[] body, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Http.SendAsync(request);
    }

    public async Task<JsonElement[]> NudgesAsync(string? language = null)
    {
        var json = await Http.GetStringAsync("/api/nudges" + (language is null ? string.Empty : "?language=" + language));
        return JsonDocument.Parse(json).RootElement.EnumerateArray().ToArray();
    }

    /// <summary>Every stored value of every row of every table, as text, to look for what must not be there.</summary>
    public List<string> EveryStoredValue()
    {
        using var c = new SqliteConnection(_server.ConnectionString);
        c.Open();
        var values = new List<string>();
        foreach (var table in new[] { "deliveries", "applications", "events", "erased" })
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT * FROM " + table;
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                for (var i = 0; i < r.FieldCount; i++)
                {
                    values.Add(r.IsDBNull(i) ? string.Empty : r.GetValue(i) is byte[] bytes ? Encoding.UTF8.GetString(bytes) : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!);
                }
            }
        }

        return values;
    }

    public long Rows(string table) => Store.Counts()[table];

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private sealed class CapturingProvider(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, logs);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => logs.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}

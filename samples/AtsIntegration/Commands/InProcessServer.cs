using AtsIntegration.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;

namespace AtsIntegration.Commands;

/// <summary>The receiver on a loopback port of its own, with a fresh database file that is deleted afterwards.</summary>
public sealed class InProcessServer : IAsyncDisposable
{
    public static readonly IReadOnlyDictionary<string, string> DemoSecrets = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["greenhouse"] = "demo-greenhouse-secret-key",
        ["lever"] = "demo-lever-signature-token",
        ["ashby"] = "demo-ashby-secret",
    };

    private readonly string _database;

    private InProcessServer(WebApplication app, Uri address, string database)
    {
        App = app;
        Address = address;
        _database = database;
        Client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16 }) { BaseAddress = address };
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public AtsStore Store => App.Services.GetRequiredService<AtsStore>();

    public string ConnectionString => "Data Source=" + _database;

    /// <summary>Starts the receiver with the demo secrets, the given clock and any other settings.</summary>
    public static async Task<InProcessServer> StartAsync(string asOf, IDictionary<string, string?>? more = null, Action<ILoggingBuilder>? logging = null)
    {
        var database = Path.Combine(Path.GetTempPath(), $"ats-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Webhooks:Greenhouse:SecretKey"] = DemoSecrets["greenhouse"],
            ["Webhooks:Lever:SignatureToken"] = DemoSecrets["lever"],
            ["Webhooks:Ashby:Secret"] = DemoSecrets["ashby"],
            ["ConnectionStrings:Ats"] = "Data Source=" + database,
            ["Ats:AsOf"] = asOf,
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = AtsService.Build([], settings, logging ?? (l => l.ClearProviders()));
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InProcessServer(app, new Uri(address), database);
    }

    public static byte[] Secret(string source) => System.Text.Encoding.UTF8.GetBytes(DemoSecrets[source]);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync().ConfigureAwait(false);
        await App.DisposeAsync().ConfigureAwait(false);
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}

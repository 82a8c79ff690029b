using System.Globalization;
using AtsIntegration.Nudges;
using AtsIntegration.Storage;
using AtsIntegration.Vendors;
using AtsIntegration.Webhooks;
using InterviewSignals.BuiltIn;
using InterviewSignals.Serialization;
using InterviewSignals.Texts;

namespace AtsIntegration;

/// <summary>
/// The webhook receiver as an ASP.NET Core minimal API. Configuration: <c>Webhooks:Greenhouse:SecretKey</c>,
/// <c>Webhooks:Lever:SignatureToken</c>, <c>Webhooks:Ashby:Secret</c>, <c>ConnectionStrings:Ats</c> (default
/// <c>Data Source=ats.db</c>, created on first run) and <c>Ats:AsOf</c> (a fixed clock for demos and tests;
/// otherwise the system clock).
/// </summary>
public static class AtsService
{
    public static WebApplication Build(string[] args, IDictionary<string, string?>? settings = null, Action<ILoggingBuilder>? logging = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging?.Invoke(builder.Logging);
        var set = SignalSetJson.LoadFile(Path.Combine(AppContext.BaseDirectory, "data", "candidate-experience.json"), BuiltInSignalSets.JsonOptions);
        builder.Services.AddSingleton(Clock(builder.Configuration["Ats:AsOf"]));
        builder.Services.AddSingleton(_ => new AtsStore(builder.Configuration.GetConnectionString("Ats") ?? "Data Source=ats.db"));
        builder.Services.AddSingleton(set);
        builder.Services.AddSingleton(new RecruiterNotes(set));
        builder.Services.AddSingleton<WebhookSecrets>();
        builder.Services.AddSingleton<WebhookReceiver>();
        builder.Services.AddSingleton<NudgeService>();
        builder.Services.AddProblemDetails();

        var app = builder.Build();
        app.MapPost("/webhooks/greenhouse", (HttpRequest request, WebhookReceiver receiver) => receiver.GreenhouseAsync(request));
        app.MapPost("/webhooks/lever", (HttpRequest request, WebhookReceiver receiver) => receiver.LeverAsync(request));
        app.MapPost("/webhooks/ashby", (HttpRequest request, WebhookReceiver receiver) => receiver.AshbyAsync(request));
        app.MapPost("/api/interviews", (HttpRequest request, string? source, WebhookReceiver receiver) => receiver.InterviewsAsync(request, source));
        app.MapGet("/api/nudges", (string? language, NudgeService nudges) => Language(language) is { } lang ? Results.Json(nudges.Current(lang)) : UnknownLanguage(language));
        app.MapGet("/", (string? language, NudgeService nudges) => Language(language) is { } lang
            ? Results.Content(RecruiterPage.Render(nudges.Current(lang), nudges.Now, lang), "text/html; charset=utf-8")
            : UnknownLanguage(language));
        return app;
    }

    /// <summary>The fixed clock of <c>Ats:AsOf</c>, or the system clock.</summary>
    public static TimeProvider Clock(string? asOf)
    {
        if (string.IsNullOrWhiteSpace(asOf))
        {
            return TimeProvider.System;
        }

        return DateTimeOffset.TryParse(asOf, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var fixedAt)
            ? new FixedClock(fixedAt)
            : throw new InvalidOperationException($"Ats:AsOf must be an ISO 8601 date such as 2026-11-20T09:00:00Z; it is '{asOf}'.");
    }

    private static string? Language(string? requested)
        => requested is null ? "en" : LanguageTag.TryResolve(TextCatalog.Default, requested, out var resolved) ? resolved : null;

    private static IResult UnknownLanguage(string? requested)
        => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown language", detail: $"'{requested}' is not one of: {string.Join(", ", TextCatalog.Default.Languages)}.");

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}

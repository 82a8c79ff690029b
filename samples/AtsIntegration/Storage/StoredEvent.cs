using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewSignals.Timelines;

namespace AtsIntegration.Storage;

/// <summary>An event as a row: its kind, its instant with the offset it came with, and its details as a little JSON.</summary>
internal static class StoredEvent
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly Detail Empty = new(null, null, null, null, null);

    public static (string Kind, string OccurredAt, string? Detail) Write(ApplicationEvent e)
    {
        var detail = new Detail(e.Stage, e.InterviewId, e.Interview, e.Contact, e.Promise);
        var json = detail == Empty ? null : JsonSerializer.Serialize(detail, Options);
        return (e.Kind.ToString(), e.OccurredAt.ToString("O", CultureInfo.InvariantCulture), json);
    }

    public static ApplicationEvent Read(string id, string kind, string occurredAt, string? detail)
    {
        var d = detail is null ? Empty : JsonSerializer.Deserialize<Detail>(detail, Options)!;
        return ApplicationEvent.Create(id, Enum.Parse<ApplicationEventKind>(kind), DateTimeOffset.Parse(occurredAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), d.Stage, d.InterviewId, d.Interview, d.Contact, d.Promise);
    }

    private sealed record Detail(StageChange? Stage, string? InterviewId, InterviewDetails? Interview, CandidateContact? Contact, RecordedPromise? Promise);
}

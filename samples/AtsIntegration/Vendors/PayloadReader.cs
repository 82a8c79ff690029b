using System.Globalization;
using System.Text.Json;

namespace AtsIntegration.Vendors;

/// <summary>
/// Reads fields by dotted path (<c>payload.application.id</c>) and remembers every required one that is missing or of
/// the wrong type, so that a 400 names them all at once.
/// </summary>
public sealed class PayloadReader(JsonElement root)
{
    private readonly List<string> _problems = [];

    public JsonElement Root => root;

    /// <summary>Gets every required field that was missing or invalid, or <see langword="null"/>.</summary>
    public string? Problem => _problems.Count == 0 ? null : "missing or invalid: " + string.Join(", ", _problems);

    /// <summary>A required id: a string or a number, as written.</summary>
    public string Id(string path, JsonElement? from = null) => OptionalId(path, from) ?? Missing(path, string.Empty);

    /// <summary>An optional id: a string or a number, as written.</summary>
    public string? OptionalId(string path, JsonElement? from = null)
        => Find(from ?? root, path) is { } e ? e.ValueKind switch
        {
            JsonValueKind.String when e.GetString() is { Length: > 0 } s => s,
            JsonValueKind.Number => e.GetRawText(),
            _ => null,
        } : null;

    /// <summary>A required ISO 8601 instant; one without an offset is taken as UTC.</summary>
    public DateTimeOffset Time(string path, JsonElement? from = null) => OptionalTime(path, from) ?? Missing(path, DateTimeOffset.MinValue);

    /// <summary>An optional ISO 8601 instant.</summary>
    public DateTimeOffset? OptionalTime(string path, JsonElement? from = null)
    {
        if (Find(from ?? root, path) is not { ValueKind: JsonValueKind.String } e)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(e.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t))
        {
            return t;
        }

        _problems.Add(path + " (not an ISO 8601 date)");
        return null;
    }

    /// <summary>A required instant written as milliseconds since 1970, as Lever writes them.</summary>
    public DateTimeOffset EpochMilliseconds(string path, JsonElement? from = null)
        => OptionalEpochMilliseconds(path, from) ?? Missing(path, DateTimeOffset.MinValue);

    /// <summary>An optional instant written as milliseconds since 1970.</summary>
    public DateTimeOffset? OptionalEpochMilliseconds(string path, JsonElement? from = null)
        => Find(from ?? root, path) is { ValueKind: JsonValueKind.Number } e && e.TryGetInt64(out var ms) && ms is >= 0 and < 253402300800000
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;

    /// <summary>An optional element of any kind (null when absent or JSON null).</summary>
    public JsonElement? Element(string path, JsonElement? from = null) => Find(from ?? root, path);

    /// <summary>A required array.</summary>
    public IReadOnlyList<JsonElement> Array(string path, JsonElement? from = null)
        => Find(from ?? root, path) is { ValueKind: JsonValueKind.Array } e ? e.EnumerateArray().ToList() : Missing<IReadOnlyList<JsonElement>>(path, []);

    private T Missing<T>(string path, T fallback)
    {
        _problems.Add(path);
        return fallback;
    }

    private static JsonElement? Find(JsonElement e, string path)
    {
        foreach (var part in path.Split('.'))
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(part, out e))
            {
                return null;
            }
        }

        return e.ValueKind == JsonValueKind.Null ? null : e;
    }
}

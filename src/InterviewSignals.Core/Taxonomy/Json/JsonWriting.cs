using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace InterviewSignals.Taxonomy;

/// <summary>What every writer of the set's JSON shares: the writer's settings, lists of strings, optional texts and dates.</summary>
internal static class JsonWriting
{
    /// <summary>A writer that keeps accents and apostrophes as they are (the output stays JSON-safe).</summary>
    public static Utf8JsonWriter Open(Stream stream, bool indented)
        => new(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    public static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>A date as the format writes it, to the second.</summary>
    public static string Date(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);
}

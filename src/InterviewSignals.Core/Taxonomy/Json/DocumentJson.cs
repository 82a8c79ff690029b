using System.Collections.Generic;
using System.Text.Json;

namespace InterviewSignals.Taxonomy;

/// <summary>The documents that sources cite (<c>"documents"</c>: id and title), read and written side by side.</summary>
internal static class DocumentJson
{
    public static void Read(JsonObjectReader r, SignalSetBuilder builder, List<InputError> errors)
    {
        foreach (var (e, p) in r.Array("documents"))
        {
            if (JsonObjectReader.Open(e, p, errors, "a document") is { } o)
            {
                var d = new SourceDocument(o.String("id") ?? string.Empty, o.String("title") ?? string.Empty);
                o.Finish();
                builder.AddDocument(d);
                builder.SetOrigin(d, p);
            }
        }
    }

    public static void Write(Utf8JsonWriter w, IEnumerable<SourceDocument> documents)
    {
        w.WriteStartArray("documents");
        foreach (var d in documents)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("title", d.Title);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}

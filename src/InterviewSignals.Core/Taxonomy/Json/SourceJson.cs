using System.Collections.Generic;
using System.Text.Json;

namespace InterviewSignals.Taxonomy;

/// <summary>The sources a signal or modifier cites (<c>"sources"</c>: document and quote), read and written side by side.</summary>
internal static class SourceJson
{
    public static List<SourceQuote> Read(JsonObjectReader o, List<InputError> errors)
    {
        var list = new List<SourceQuote>();
        foreach (var (e, p) in o.Array("sources"))
        {
            if (JsonObjectReader.Open(e, p, errors, "a source") is { } s)
            {
                list.Add(new SourceQuote(s.String("document") ?? string.Empty, s.String("quote") ?? string.Empty));
                s.Finish();
            }
        }

        return list;
    }

    public static void Write(Utf8JsonWriter w, IReadOnlyList<SourceQuote> sources)
    {
        w.WriteStartArray("sources");
        foreach (var q in sources)
        {
            w.WriteStartObject();
            w.WriteString("document", q.Document);
            w.WriteString("quote", q.Quote);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}

using System.Collections.Generic;
using System.Text.Json;

namespace InterviewSignals.Taxonomy;

/// <summary>Categories (<c>"categories"</c>: id and title), read and written side by side.</summary>
internal static class CategoryJson
{
    public static void Read(JsonObjectReader r, SignalSetBuilder builder, List<InputError> errors)
    {
        foreach (var (e, p) in r.Array("categories"))
        {
            if (JsonObjectReader.Open(e, p, errors, "a category") is { } o)
            {
                var c = new CategoryDefinition(o.String("id") ?? string.Empty, o.String("title") ?? string.Empty);
                o.Finish();
                builder.AddCategory(c);
                builder.SetOrigin(c, p);
            }
        }
    }

    public static void Write(Utf8JsonWriter w, IEnumerable<CategoryDefinition> categories)
    {
        w.WriteStartArray("categories");
        foreach (var c in categories)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("title", c.Title);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}

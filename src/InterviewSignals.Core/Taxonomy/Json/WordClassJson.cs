using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace InterviewSignals.Taxonomy;

/// <summary>Word classes (<c>"wordClasses"</c>: language tag to class name to members), read and written side by side.</summary>
internal static class WordClassJson
{
    /// <summary>Reads <c>"wordClasses"</c>: language tag to class name to a list of members.</summary>
    public static void Read(JsonObjectReader r, SignalSetBuilder builder, List<InputError> errors)
    {
        if (r.Get("wordClasses") is not { } e || JsonObjectReader.Open(e, "$.wordClasses", errors, "word classes by language") is not { } byLanguage)
        {
            return;
        }

        foreach (var language in byLanguage.Names())
        {
            if (JsonObjectReader.Open(byLanguage.Get(language)!.Value, byLanguage.PathOf(language), errors, "word classes by name") is not { } byName)
            {
                continue;
            }

            foreach (var name in byName.Names())
            {
                var c = new WordClass(language, name, byName.Strings(name));
                builder.AddWordClass(c);
                builder.SetOrigin(c, byName.PathOf(name));
            }
        }
    }

    /// <summary>Word classes by language, then name, in ordinal order, members as declared; written only when there are some, so that sets without them keep their hash.</summary>
    public static void Write(Utf8JsonWriter w, List<WordClass> classes)
    {
        if (classes.Count == 0)
        {
            return;
        }

        w.WriteStartObject("wordClasses");
        foreach (var language in classes.GroupBy(c => c.Language, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            w.WriteStartObject(language.Key);
            foreach (var c in language.OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                JsonWriting.Strings(w, c.Name, c.Words);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace InterviewSignals.Taxonomy;

/// <summary>Facts, the typed context inputs, with their cues, read and written side by side.</summary>
internal static class FactJson
{
    /// <summary>Facts: typed context inputs.</summary>
    public static void Read(JsonObjectReader r, SignalSetBuilder builder, List<InputError> errors, SignalSet? baseSet, SignalSetLimits limits)
    {
        foreach (var (e, p) in r.Array("facts"))
        {
            if (JsonObjectReader.Open(e, p, errors, "a fact") is { } o)
            {
                var f = new FactDefinition
                {
                    Id = o.String("id") ?? string.Empty,
                    Title = o.String("title") ?? string.Empty,
                    Kind = o.Enum("kind", JsonNames.FactKinds, true) ?? FactKind.Number,
                    Unit = o.String("unit"),
                    Minimum = o.Number("minimum"),
                    Maximum = o.Number("maximum"),
                    Choices = o.Strings("choices"),
                    Question = o.String("question"),
                    Phase = o.Enum("phase", JsonNames.Phases) ?? InterviewPhase.During,
                    AllowFuture = o.Boolean("allowFuture") ?? false,
                    TextConflicts = o.Enum("textConflicts", JsonNames.TextConflicts) ?? TextConflictResolution.Report,
                    Cues = FactJson.ReadCues(o, builder),
                };
                o.Finish();
                builder.AddFact(f);
                builder.SetOrigin(f, p);
            }
        }
    }

    public static void Write(Utf8JsonWriter w, FactDefinition f)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("title", f.Title);
        w.WriteString("kind", JsonNames.Name(JsonNames.FactKinds, f.Kind));
        JsonWriting.Optional(w, "unit", f.Unit);
        if (f.Minimum is double min)
        {
            w.WriteNumber("minimum", min);
        }

        if (f.Maximum is double max)
        {
            w.WriteNumber("maximum", max);
        }

        if (f.Choices.Count > 0)
        {
            JsonWriting.Strings(w, "choices", f.Choices);
        }

        JsonWriting.Optional(w, "question", f.Question);
        w.WriteString("phase", JsonNames.Name(JsonNames.Phases, f.Phase));
        if (f.AllowFuture)
        {
            // Written only when set, so that the hash of every set without it is unchanged.
            w.WriteBoolean("allowFuture", true);
        }

        if (f.TextConflicts != TextConflictResolution.Report)
        {
            w.WriteString("textConflicts", JsonNames.Name(JsonNames.TextConflicts, f.TextConflicts));
        }

        FactJson.WriteCues(w, f.Cues);
        w.WriteEndObject();
    }

    /// <summary>
    /// Reads a fact's <c>"cues"</c>: an object of language tag to an object with <c>values</c> (value to a list of cues)
    /// and <c>patterns</c> (cues with a slot). Each list's path is kept for errors at their line and column.
    /// </summary>
    private static Dictionary<string, FactCues> ReadCues(JsonObjectReader o, SignalSetBuilder builder)
    {
        var cues = new Dictionary<string, FactCues>(System.StringComparer.Ordinal);
        if (o.Get("cues") is not { } e || JsonObjectReader.Open(e, o.PathOf("cues"), o.Errors, "cues by language") is not { } byLanguage)
        {
            return cues;
        }

        foreach (var language in byLanguage.Names())
        {
            if (byLanguage.Get(language) is not { } value
                || JsonObjectReader.Open(value, byLanguage.PathOf(language), o.Errors, "fact cues (an object with values and patterns)") is not { } lists)
            {
                continue;
            }

            var values = new Dictionary<string, IReadOnlyList<string>>(System.StringComparer.Ordinal);
            if (lists.Get("values") is { } v && JsonObjectReader.Open(v, lists.PathOf("values"), o.Errors, "cues by value") is { } byValue)
            {
                foreach (var name in byValue.Names())
                {
                    var list = byValue.Strings(name);
                    builder.SetOrigin(list, byValue.PathOf(name));
                    values[name] = list;
                }
            }

            var patterns = lists.Strings("patterns");
            builder.SetOrigin(patterns, lists.PathOf("patterns"));
            lists.Finish();
            cues[language] = new FactCues { Values = values, Patterns = patterns };
        }

        return cues;
    }

    /// <summary>A fact's cues by language in ordinal order, values in ordinal order; written only when there are some, so that sets without cues keep their hash.</summary>
    private static void WriteCues(Utf8JsonWriter w, IReadOnlyDictionary<string, FactCues> cues)
    {
        if (cues.Count == 0)
        {
            return;
        }

        w.WriteStartObject("cues");
        foreach (var language in cues.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            var c = cues[language];
            w.WriteStartObject(language);
            if (c.Values.Count > 0)
            {
                w.WriteStartObject("values");
                foreach (var value in c.Values.Keys.OrderBy(k => k, StringComparer.Ordinal))
                {
                    JsonWriting.Strings(w, value, c.Values[value]);
                }

                w.WriteEndObject();
            }

            if (c.Patterns.Count > 0)
            {
                JsonWriting.Strings(w, "patterns", c.Patterns);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}

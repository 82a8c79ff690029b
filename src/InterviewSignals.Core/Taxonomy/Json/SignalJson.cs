using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace InterviewSignals.Taxonomy;

/// <summary>Signals with their weights, texts, advice, cues and sources, read and written side by side.</summary>
internal static class SignalJson
{
    /// <summary>Signals with their weights, texts, advice and sources.</summary>
    public static void Read(JsonObjectReader r, SignalSetBuilder builder, List<InputError> errors, SignalSet? baseSet, SignalSetLimits limits)
    {
        foreach (var (e, p) in r.Array("signals"))
        {
            if (JsonObjectReader.Open(e, p, errors, "a signal") is { } o)
            {
                var weights = SignalJson.ReadWeights(o, errors, out var weightsPath);
                string? present = null, absent = null;
                if (o.Get("texts") is { } texts && JsonObjectReader.Open(texts, o.PathOf("texts"), errors, "texts") is { } t)
                {
                    present = t.String("present");
                    absent = t.String("absent");
                    t.Finish();
                }

                var s = new SignalDefinition
                {
                    Id = o.String("id") ?? string.Empty,
                    Title = o.String("title") ?? string.Empty,
                    Description = o.String("description") ?? string.Empty,
                    Category = o.String("category") ?? string.Empty,
                    Weights = weights ?? new SignalWeights(0, 0),
                    Driver = o.Enum("driver", JsonNames.Drivers, true) ?? SignalDriver.Interviewer,
                    Phase = o.Enum("phase", JsonNames.Phases, true) ?? InterviewPhase.During,
                    Actionable = o.Boolean("actionable") ?? false,
                    Question = o.String("question"),
                    Prevalence = o.Number("prevalence"),
                    PresentText = present,
                    AbsentText = absent,
                    Advice = SignalJson.ReadAdvice(o),
                    Cues = SignalJson.ReadCues(o, builder),
                    Evidence = o.Enum("evidence", JsonNames.Evidence) ?? EvidenceGrade.ArticleAdvice,
                    Sources = SourceJson.Read(o, errors),
                };
                o.Finish();
                builder.AddSignal(s);
                builder.SetOrigin(s, p);
                builder.SetOrigin(s.Weights, weightsPath);
            }
        }
    }

    public static void Write(Utf8JsonWriter w, SignalDefinition x)
    {
        w.WriteStartObject();
        w.WriteString("id", x.Id);
        w.WriteString("title", x.Title);
        JsonWriting.Optional(w, "description", x.Description);
        w.WriteString("category", x.Category);
        w.WriteStartObject("weights");
        w.WriteNumber("present", x.Weights.Present);
        w.WriteNumber("absent", x.Weights.Absent);
        w.WriteEndObject();
        w.WriteString("driver", JsonNames.Name(JsonNames.Drivers, x.Driver));
        w.WriteString("phase", JsonNames.Name(JsonNames.Phases, x.Phase));
        w.WriteBoolean("actionable", x.Actionable);
        if (x.Prevalence is { } prevalence)
        {
            // Written only when declared, so that every set without priors keeps its hash.
            w.WriteNumber("prevalence", prevalence);
        }

        JsonWriting.Optional(w, "question", x.Question);
        w.WriteStartObject("texts");
        JsonWriting.Optional(w, "present", x.PresentText);
        JsonWriting.Optional(w, "absent", x.AbsentText);
        w.WriteEndObject();
        if (x.Advice is { IsWhenNotPresent: true })
        {
            w.WriteString("advice", x.Advice.Absent);
        }
        else if (x.Advice is not null)
        {
            w.WriteStartObject("advice");
            JsonWriting.Optional(w, "present", x.Advice.Present);
            JsonWriting.Optional(w, "absent", x.Advice.Absent);
            JsonWriting.Optional(w, "unknown", x.Advice.Unknown);
            w.WriteEndObject();
        }
        SignalJson.WriteCues(w, x.Cues);
        w.WriteString("evidence", JsonNames.Name(JsonNames.Evidence, x.Evidence));
        SourceJson.Write(w, x.Sources);
        w.WriteEndObject();
    }

    public static SignalWeights? ReadWeights(JsonObjectReader o, List<InputError> errors, out string path)
    {
        path = o.PathOf("weights");
        var element = o.Get("weights", true);
        if (element is null || JsonObjectReader.Open(element.Value, path, errors, "weights") is not { } w)
        {
            return null;
        }

        var present = w.Weight("present");
        var absent = w.Weight("absent");
        w.Finish();
        return present is null || absent is null ? null : new SignalWeights(present.Value, absent.Value);
    }

    /// <summary>Reads <c>"advice"</c>: a string (advice while the sign is absent or unknown) or an object with <c>present</c>, <c>absent</c> and <c>unknown</c>.</summary>
    private static SignalAdvice? ReadAdvice(JsonObjectReader o)
    {
        if (o.Get("advice") is not { } e)
        {
            return null;
        }

        if (e.ValueKind == System.Text.Json.JsonValueKind.String)
        {
            return SignalAdvice.WhenNotPresent(e.GetString()!);
        }

        if (JsonObjectReader.Open(e, o.PathOf("advice"), o.Errors, "advice (a string, or an object with present, absent and unknown)") is not { } a)
        {
            return null;
        }

        var advice = new SignalAdvice { Present = a.String("present"), Absent = a.String("absent"), Unknown = a.String("unknown") };
        a.Finish();
        return advice;
    }

    /// <summary>
    /// Reads <c>"cues"</c>: an object of language tag to a list of cues that the sign was there, or to an object with
    /// <c>present</c> and <c>absent</c> lists. Each list's JSON path is kept, so that a cue that does not compile is
    /// reported at its own line and column.
    /// </summary>
    private static Dictionary<string, SignalCues> ReadCues(JsonObjectReader o, SignalSetBuilder builder)
    {
        var cues = new Dictionary<string, SignalCues>(System.StringComparer.Ordinal);
        if (o.Get("cues") is not { } e || JsonObjectReader.Open(e, o.PathOf("cues"), o.Errors, "cues by language") is not { } byLanguage)
        {
            return cues;
        }

        foreach (var language in byLanguage.Names())
        {
            var path = byLanguage.PathOf(language);
            if (byLanguage.Get(language) is not { } value)
            {
                continue; // null: no cues in that language
            }

            if (value.ValueKind == System.Text.Json.JsonValueKind.Array)
            {
                var present = byLanguage.Strings(language);
                builder.SetOrigin(present, path);
                cues[language] = new SignalCues { Present = present };
            }
            else if (JsonObjectReader.Open(value, path, o.Errors, "cues (a list, or an object with present and absent)") is { } lists)
            {
                var present = lists.Strings("present");
                var absent = lists.Strings("absent");
                builder.SetOrigin(present, lists.PathOf("present"));
                builder.SetOrigin(absent, lists.PathOf("absent"));
                lists.Finish();
                cues[language] = new SignalCues { Present = present, Absent = absent };
            }
        }

        return cues;
    }

    /// <summary>Cues by language in ordinal order; a list alone when there are no absent cues. Written only when there are some, so that sets without cues keep their hash.</summary>
    private static void WriteCues(Utf8JsonWriter w, IReadOnlyDictionary<string, SignalCues> cues)
    {
        if (cues.Count == 0)
        {
            return;
        }

        w.WriteStartObject("cues");
        foreach (var language in cues.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            var c = cues[language];
            if (c.Absent.Count == 0)
            {
                JsonWriting.Strings(w, language, c.Present);
                continue;
            }

            w.WriteStartObject(language);
            JsonWriting.Strings(w, "present", c.Present);
            JsonWriting.Strings(w, "absent", c.Absent);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}

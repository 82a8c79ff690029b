using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace InterviewSignals.Taxonomy;

/// <summary>Writes a set in the public JSON format, in a fixed property order so that the output (and the hash) is canonical.</summary>
internal static partial class CanonicalJsonWriter
{
    public static string ComputeHash(SignalSetBuilder.Snapshot s)
    {
        using var stream = new MemoryStream();
        Write(stream, s, indented: false);
#if NET8_0_OR_GREATER
        var hash = SHA256.HashData(stream.ToArray());
#else
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(stream.ToArray());
#endif
        var sb = new StringBuilder("sha256:", 7 + 64);
        foreach (var b in hash)
        {
            sb.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    public static void Write(Stream stream, SignalSetBuilder.Snapshot s, bool indented)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteNumber("formatVersion", SignalSet.FormatVersion);
        w.WriteString("id", s.Id);
        w.WriteString("version", s.Version);
        w.WriteString("title", s.Title);
        w.WriteString("description", s.Description);
        w.WriteString("intendedUse", JsonNames.Name(JsonNames.Uses, s.IntendedUse));
        w.WriteNumber("baseRate", s.BaseRate);
        w.WriteStartObject("bands");
        w.WriteNumber("encouragingFrom", s.Bands.EncouragingFrom);
        w.WriteNumber("concerningBelow", s.Bands.ConcerningBelow);
        w.WriteNumber("minimumCoverage", s.Bands.MinimumCoverage);
        w.WriteEndObject();
        if (s.BasedOn is not null)
        {
            w.WriteStartObject("basedOn");
            w.WriteString("id", s.BasedOn.Id);
            w.WriteString("version", s.BasedOn.Version);
            w.WriteString("contentHash", s.BasedOn.ContentHash);
            w.WriteEndObject();
        }

        if (s.TooEarlyWhen is not null)
        {
            w.WritePropertyName("tooEarlyWhen");
            WriteCondition(w, s.TooEarlyWhen);
        }

        Strings(w, "notes", s.Notes);
        WriteCalibration(w, s.Calibration);
        WriteFit(w, s.Fit);
        WriteWordClasses(w, s.WordClasses);
        w.WriteStartArray("categories");
        foreach (var c in s.Categories)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("title", c.Title);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("documents");
        foreach (var d in s.Documents)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("title", d.Title);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("facts");
        foreach (var f in s.Facts)
        {
            WriteFact(w, f);
        }

        w.WriteEndArray();
        w.WriteStartArray("signals");
        foreach (var x in s.Signals)
        {
            WriteSignal(w, x);
        }

        w.WriteEndArray();
        w.WriteStartArray("rules");
        foreach (var r in s.Rules)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("signal", r.Signal);
            w.WriteString("state", JsonNames.Name(JsonNames.States, r.State));
            w.WritePropertyName("when");
            WriteCondition(w, r.When);
            Optional(w, "description", r.Description);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("modifiers");
        foreach (var m in s.Modifiers)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            w.WriteString("title", m.Title);
            w.WritePropertyName("when");
            WriteCondition(w, m.When);
            w.WriteNumber("factor", m.Factor);
            Strings(w, "signals", m.Signals);
            Strings(w, "categories", m.Categories);
            w.WriteString("direction", JsonNames.Name(JsonNames.Directions, m.Direction));
            w.WriteString("caveat", m.Caveat);
            Sources(w, m.Sources);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteFact(Utf8JsonWriter w, FactDefinition f)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("title", f.Title);
        w.WriteString("kind", JsonNames.Name(JsonNames.FactKinds, f.Kind));
        Optional(w, "unit", f.Unit);
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
            Strings(w, "choices", f.Choices);
        }

        Optional(w, "question", f.Question);
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

        WriteFactCues(w, f.Cues);
        w.WriteEndObject();
    }

    private static void WriteSignal(Utf8JsonWriter w, SignalDefinition x)
    {
        w.WriteStartObject();
        w.WriteString("id", x.Id);
        w.WriteString("title", x.Title);
        Optional(w, "description", x.Description);
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

        Optional(w, "question", x.Question);
        w.WriteStartObject("texts");
        Optional(w, "present", x.PresentText);
        Optional(w, "absent", x.AbsentText);
        w.WriteEndObject();
        if (x.Advice is { IsWhenNotPresent: true })
        {
            w.WriteString("advice", x.Advice.Absent);
        }
        else if (x.Advice is not null)
        {
            w.WriteStartObject("advice");
            Optional(w, "present", x.Advice.Present);
            Optional(w, "absent", x.Advice.Absent);
            Optional(w, "unknown", x.Advice.Unknown);
            w.WriteEndObject();
        }
        WriteCues(w, x.Cues);
        w.WriteString("evidence", JsonNames.Name(JsonNames.Evidence, x.Evidence));
        Sources(w, x.Sources);
        w.WriteEndObject();
    }

    internal static void WriteCondition(Utf8JsonWriter w, Condition c)
    {
        w.WriteStartObject();
        switch (c)
        {
            case AllCondition a:
                w.WriteStartArray("all");
                foreach (var x in a.Conditions)
                {
                    WriteCondition(w, x);
                }

                w.WriteEndArray();
                break;
            case AnyCondition a:
                w.WriteStartArray("any");
                foreach (var x in a.Conditions)
                {
                    WriteCondition(w, x);
                }

                w.WriteEndArray();
                break;
            case NotCondition n:
                w.WritePropertyName("not");
                WriteCondition(w, n.Condition);
                break;
            case KnownCondition k:
                w.WriteString("known", k.Fact);
                break;
            case CompareCondition cmp:
                w.WritePropertyName("left");
                WriteOperand(w, cmp.Left);
                w.WriteString("op", JsonNames.Name(JsonNames.Operators, cmp.Operator));
                w.WritePropertyName("right");
                WriteOperand(w, cmp.Right);
                break;
            case RampCondition r:
                w.WriteStartObject("ramp");
                w.WritePropertyName("input");
                WriteOperand(w, r.Input);
                w.WritePropertyName("from");
                WriteOperand(w, r.From);
                w.WritePropertyName("to");
                WriteOperand(w, r.To);
                w.WriteEndObject();
                break;
            default:
                throw new NotSupportedException($"Unknown condition type {c.GetType().Name}.");
        }

        w.WriteEndObject();
    }

    private static void WriteOperand(Utf8JsonWriter w, Operand o)
    {
        switch (o.Kind)
        {
            case OperandKind.Constant:
                switch (o.Value.Kind)
                {
                    case FactKind.Number:
                        w.WriteNumberValue(o.Value.Number);
                        break;
                    case FactKind.Boolean:
                        w.WriteBooleanValue(o.Value.Boolean);
                        break;
                    default:
                        w.WriteStringValue(o.Value.ToString());
                        break;
                }

                break;
            default:
                w.WriteStartObject();
                w.WriteString(o.Kind == OperandKind.Fact ? "fact" : "daysSince", o.Fact);
                if (o.Add != 0)
                {
                    w.WriteNumber("add", o.Add);
                }

                w.WriteEndObject();
                break;
        }
    }

    /// <summary>Word classes by language, then name, in ordinal order, members as declared; written only when there are some, so that sets without them keep their hash.</summary>
    private static void WriteWordClasses(Utf8JsonWriter w, List<WordClass> classes)
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
                Strings(w, c.Name, c.Words);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
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
                Strings(w, language, c.Present);
                continue;
            }

            w.WriteStartObject(language);
            Strings(w, "present", c.Present);
            Strings(w, "absent", c.Absent);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>A fact's cues by language in ordinal order, values in ordinal order; written only when there are some, so that sets without cues keep their hash.</summary>
    private static void WriteFactCues(Utf8JsonWriter w, IReadOnlyDictionary<string, FactCues> cues)
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
                    Strings(w, value, c.Values[value]);
                }

                w.WriteEndObject();
            }

            if (c.Patterns.Count > 0)
            {
                Strings(w, "patterns", c.Patterns);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>The calibration, written only when there is one, so that every other set keeps its hash.</summary>
    private static void WriteCalibration(Utf8JsonWriter w, SetCalibration? c)
    {
        if (c is null)
        {
            return;
        }

        w.WriteStartObject("calibration");
        w.WriteNumber("intercept", c.Intercept);
        w.WriteNumber("slope", c.Slope);
        w.WriteNumber("cases", c.Cases);
        w.WriteNumber("offers", c.Offers);
        w.WriteString("description", c.Description);
        w.WriteString("date", Date(c.Date));
        WriteMetrics(w, "before", c.Before);
        WriteMetrics(w, "after", c.After);
        w.WriteEndObject();
    }

    /// <summary>Held-out measures, each written only when known.</summary>
    private static void WriteMetrics(Utf8JsonWriter w, string name, CalibrationMetrics? m)
    {
        if (m is null)
        {
            return;
        }

        w.WriteStartObject(name);
        foreach (var (key, value) in new[] { ("auc", m.Auc), ("brier", m.Brier), ("logLoss", m.LogLoss), ("calibrationIntercept", m.CalibrationIntercept), ("calibrationSlope", m.CalibrationSlope) })
        {
            if (value is { } v)
            {
                w.WriteNumber(key, v);
            }
        }

        w.WriteEndObject();
    }

    /// <summary>A date as the format writes it, to the second.</summary>
    private static string Date(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);

    private static void Sources(Utf8JsonWriter w, IReadOnlyList<SourceQuote> sources)
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

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            w.WriteString(name, value);
        }
    }
}

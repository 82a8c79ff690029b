using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InterviewSignals.Internal;

namespace InterviewSignals.Taxonomy;

/// <summary>
/// A whole signal-set document, read and written side by side with one converter per shape (settings, categories,
/// documents, word classes, facts, signals, rules, modifiers, what an extension changes, calibration, fit). The set's
/// identity is the hash of its canonical JSON, so the set's JSON lives beside the model; finding the set a document
/// extends is the caller's, through a resolver.
/// </summary>
internal static class SetDocumentJson
{
    public static ParsedSetDocument Open(byte[] utf8, string? source, SignalSetLimits limits)
    {
        var doc = new ParsedSetDocument(source);
        if (utf8.Length > limits.MaxDocumentBytes)
        {
            doc.Errors.Add(new InputError(SignalSetErrorCodes.LimitExceeded, "$", TaxonomyMessages.DocumentBytesLimit(utf8.Length, limits.MaxDocumentBytes), 1, 1, source));
            return doc;
        }

        var maxDepth = limits.MaxConditionDepth + 8;
        doc.Map = JsonPositionMap.Build(utf8, maxDepth, out var failure);
        if (failure is { } f)
        {
            var code = f.TooDeep ? SignalSetErrorCodes.LimitExceeded : SignalSetErrorCodes.MalformedJson;
            doc.Errors.Add(new InputError(code, f.Path, f.Message, f.Line, f.Column, source));
            return doc;
        }

        doc.Json = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = maxDepth + 1 });
        var root = doc.Json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            doc.Add(SignalSetErrorCodes.InvalidValue, "$", TaxonomyMessages.SignalSetJSONObjectFound(JsonObjectReader.Describe(root)));
            return doc;
        }

        if (!root.TryGetProperty("formatVersion", out var fv) || fv.ValueKind != JsonValueKind.Number || !fv.TryGetInt32(out var version) || version != SignalSet.FormatVersion)
        {
            var found = root.TryGetProperty("formatVersion", out fv) ? fv.GetRawText() : "nothing";
            doc.Add(SignalSetErrorCodes.UnknownFormatVersion, root.TryGetProperty("formatVersion", out _) ? "$.formatVersion" : "$", TaxonomyMessages.ExpectedFormatVersionFound(SignalSet.FormatVersion, found));
            return doc;
        }

        if (root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            doc.Id = id.GetString();
        }

        if (root.TryGetProperty("extends", out var ext) && ext.ValueKind == JsonValueKind.String)
        {
            doc.Extends = ext.GetString();
        }

        doc.Readable = true;
        return doc;
    }

    public static SignalSet? Build(ParsedSetDocument doc, SignalSet? baseSet, SignalSetLimits limits, IReadOnlyList<ProtectedCharacteristicWaiver> waivers)
    {
        var errors = new List<InputError>();
        var r = JsonObjectReader.Open(doc.Json!.RootElement, "$", errors, "a signal set")!;
        r.Get("formatVersion");
        var builder = new SignalSetBuilder(r.String("id") ?? string.Empty, r.String("version") ?? string.Empty).WithLimits(limits);
        if (r.Has("extends"))
        {
            r.String("extends");
            if (baseSet is not null)
            {
                builder.Extend(baseSet);
            }
        }

        SettingsJson.Read(r, builder, errors, baseSet, limits);
        CategoryJson.Read(r, builder, errors);
        DocumentJson.Read(r, builder, errors);
        WordClassJson.Read(r, builder, errors);
        FactJson.Read(r, builder, errors, baseSet, limits);
        SignalJson.Read(r, builder, errors, baseSet, limits);
        RuleJson.Read(r, builder, errors, limits);
        ModifierJson.Read(r, builder, errors, limits);
        ExtendingJson.Read(r, builder, errors);
        foreach (var note in r.Strings("notes"))
        {
            builder.AddNote(note);
        }

        builder.WithCalibration(CalibrationJson.Read(r, errors));
        if (FitJson.Read(r, errors, baseSet) is { } fit)
        {
            // Only a fit of the set's own: without one, the fit of the set it extends stays with the inherited weights.
            builder.WithFit(fit);
        }

        r.Finish();
        builder.ReportUnusedWaivers = false;
        foreach (var w in waivers)
        {
            builder.WaiveProtectedCharacteristic(w.ItemId, w.Justification);
        }

        SignalSet? set = null;
        if (errors.Count > 0)
        {
            // Parts that could not be read stand in as placeholders: report the model's problems too, but build nothing.
            errors.AddRange(builder.ValidateAndFreeze());
        }
        else
        {
            set = builder.TryBuild(errors);
        }

        if (errors.Count > 0)
        {
            doc.AddPositioned(errors);
            return null;
        }

        return set;
    }

    /// <summary>The content hash: <c>sha256:</c> and the hex SHA-256 of the canonical JSON, written compactly.</summary>
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

    /// <summary>Writes a set in the public format, in a fixed property order, so that the output (and the hash) is canonical.</summary>
    public static void Write(Stream stream, SignalSetBuilder.Snapshot s, bool indented)
    {
        using var w = JsonWriting.Open(stream, indented);
        w.WriteStartObject();
        w.WriteNumber("formatVersion", SignalSet.FormatVersion);
        w.WriteString("id", s.Id);
        w.WriteString("version", s.Version);
        SettingsJson.Write(w, s);
        JsonWriting.Strings(w, "notes", s.Notes);
        CalibrationJson.Write(w, s.Calibration);
        FitJson.Write(w, s.Fit);
        WordClassJson.Write(w, s.WordClasses);
        CategoryJson.Write(w, s.Categories);
        DocumentJson.Write(w, s.Documents);
        w.WriteStartArray("facts");
        foreach (var f in s.Facts)
        {
            FactJson.Write(w, f);
        }

        w.WriteEndArray();
        w.WriteStartArray("signals");
        foreach (var x in s.Signals)
        {
            SignalJson.Write(w, x);
        }

        w.WriteEndArray();
        RuleJson.Write(w, s.Rules);
        ModifierJson.Write(w, s.Modifiers);
        w.WriteEndObject();
    }
}

using System.Collections.Generic;

namespace InterviewSignals.Taxonomy;

/// <summary>A set's settings, read and written side by side: title, description, intended use, base rate, bands, where it came from and the too-early condition.</summary>
internal static class SettingsJson
{
    /// <summary>Reads the settings; <c>basedOn</c> records where an exported set came from, which an extending document says with <c>extends</c>.</summary>
    public static void Read(JsonObjectReader r, SignalSetBuilder builder, List<InputError> errors, SignalSet? baseSet, SignalSetLimits limits)
    {
        if (r.Has("basedOn"))
        {
            if (r.Has("extends"))
            {
                r.Error(SignalSetErrorCodes.InvalidValue, "$.basedOn", TaxonomyMessages.BasedOnRecordsWhereExportedSetCame());
            }

            var b = JsonObjectReader.Open(r.Get("basedOn")!.Value, "$.basedOn", errors, "a set reference");
            if (b is not null)
            {
                var reference = new SignalSetReference(b.String("id", true) ?? string.Empty, b.String("version", true) ?? string.Empty, b.String("contentHash", true) ?? string.Empty);
                b.Finish();
                builder.BasedOnForImport(reference);
            }
        }

        var title = r.String("title");
        if (title is not null)
        {
            builder.WithTitle(title);
        }

        var description = r.String("description");
        if (description is not null)
        {
            builder.WithDescription(description);
        }

        var use = r.Enum("intendedUse", JsonNames.Uses, baseSet is null);
        if (use is not null)
        {
            builder.WithIntendedUse(use.Value);
        }

        var baseRate = r.Number("baseRate", baseSet is null);
        if (baseRate is not null)
        {
            builder.WithBaseRate(baseRate.Value);
        }

        if (r.Get("bands") is { } bandsElement && JsonObjectReader.Open(bandsElement, "$.bands", errors, "bands") is { } b2)
        {
            var defaults = baseSet?.Bands ?? OutlookBands.Default;
            builder.WithBands(new OutlookBands(
                b2.Number("encouragingFrom") ?? defaults.EncouragingFrom,
                b2.Number("concerningBelow") ?? defaults.ConcerningBelow,
                b2.Number("minimumCoverage") ?? defaults.MinimumCoverage));
            b2.Finish();
        }

        if (r.Get("tooEarlyWhen") is { } te)
        {
            builder.WithTooEarlyWhen(ConditionJson.Read(te, "$.tooEarlyWhen", errors, 1, limits) ?? InvalidCondition.Instance);
        }
    }

    public static void Write(System.Text.Json.Utf8JsonWriter w, SignalSetBuilder.Snapshot s)
    {
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
            ConditionJson.Write(w, s.TooEarlyWhen);
        }
    }
}

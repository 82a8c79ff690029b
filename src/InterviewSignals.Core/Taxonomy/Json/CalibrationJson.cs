using System.Collections.Generic;
using System.Text.Json;

namespace InterviewSignals.Taxonomy;

/// <summary>A calibration fitted on outcomes, and the held-out measures a calibration or a fit records, read and written side by side.</summary>
internal static class CalibrationJson
{
    /// <summary>Reads <c>"calibration"</c>: the fitted intercept and slope with where they came from.</summary>
    public static SetCalibration? Read(JsonObjectReader r, List<InputError> errors)
    {
        if (r.Get("calibration") is not { } e || JsonObjectReader.Open(e, "$.calibration", errors, "a calibration") is not { } c)
        {
            return null;
        }

        var calibration = new SetCalibration
        {
            Intercept = c.Number("intercept", true) ?? 0,
            Slope = c.Number("slope", true) ?? 0,
            Cases = (long)(c.Number("cases", true) ?? 0),
            Offers = (long)(c.Number("offers", true) ?? 0),
            Description = c.String("description", true) ?? string.Empty,
            Date = CalibrationJson.ReadDate(c, TaxonomyMessages.CalibrationDateInvalid),
            Before = CalibrationJson.ReadMetrics(c, "before", errors),
            After = CalibrationJson.ReadMetrics(c, "after", errors),
        };
        c.Finish();
        return calibration;
    }

    /// <summary>The calibration, written only when there is one, so that every other set keeps its hash.</summary>
    public static void Write(Utf8JsonWriter w, SetCalibration? c)
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
        w.WriteString("date", JsonWriting.Date(c.Date));
        CalibrationJson.WriteMetrics(w, "before", c.Before);
        CalibrationJson.WriteMetrics(w, "after", c.After);
        w.WriteEndObject();
    }

    /// <summary>Held-out measures (<c>"before"</c>, <c>"after"</c>) of a calibration or a fit.</summary>
    public static CalibrationMetrics? ReadMetrics(JsonObjectReader c, string name, List<InputError> errors)
    {
        if (c.Get(name) is not { } m || JsonObjectReader.Open(m, c.PathOf(name), errors, "held-out measures") is not { } o)
        {
            return null;
        }

        var metrics = new CalibrationMetrics(o.Number("auc"), o.Number("brier"), o.Number("logLoss"), o.Number("calibrationIntercept"), o.Number("calibrationSlope"));
        o.Finish();
        return metrics;
    }

    /// <summary>Held-out measures, each written only when known.</summary>
    public static void WriteMetrics(Utf8JsonWriter w, string name, CalibrationMetrics? m)
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

    /// <summary>The required <c>"date"</c> of a calibration or a fit.</summary>
    public static System.DateTimeOffset ReadDate(JsonObjectReader c, System.Func<object?, string> invalid)
    {
        var dateText = c.String("date", true);
        var date = default(System.DateTimeOffset);
        if (dateText is not null && !System.DateTimeOffset.TryParse(dateText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out date))
        {
            c.Error(SignalSetErrorCodes.InvalidValue, c.PathOf("date"), invalid(dateText));
        }

        return date;
    }
}

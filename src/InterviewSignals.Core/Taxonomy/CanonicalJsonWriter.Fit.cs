using System.Text.Json;

namespace InterviewSignals.Taxonomy;

/// <summary>The fit record in the canonical form, so that it is part of the content hash.</summary>
internal static partial class CanonicalJsonWriter
{
    /// <summary>The fit, written only when there is one, so that every other set keeps its hash.</summary>
    internal static void WriteFit(Utf8JsonWriter w, SetFit? f)
    {
        if (f is null)
        {
            return;
        }

        w.WriteStartObject("fit");
        w.WriteStartObject("fittedOn");
        w.WriteString("id", f.FittedOn.Id);
        w.WriteString("version", f.FittedOn.Version);
        w.WriteString("contentHash", f.FittedOn.ContentHash);
        w.WriteEndObject();
        w.WriteNumber("cases", f.Cases);
        w.WriteNumber("offers", f.Offers);
        w.WriteString("description", f.Description);
        w.WriteString("date", Date(f.Date));
        w.WriteNumber("priorStrength", f.PriorStrength);
        w.WriteNumber("folds", f.Folds);
        w.WriteNumber("seed", f.Seed);
        w.WriteNumber("minimumSupport", f.MinimumSupport);
        w.WriteBoolean("allowSignChange", f.AllowSignChange);
        w.WriteBoolean("fitPrevalence", f.FitPrevalence);
        w.WriteStartArray("grid");
        foreach (var g in f.Grid)
        {
            w.WriteStartObject();
            w.WriteNumber("strength", g.Strength);
            w.WriteNumber("heldOutLogLoss", g.HeldOutLogLoss);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteMetrics(w, "before", f.Before);
        WriteMetrics(w, "after", f.After);
        w.WriteStartObject("base");
        w.WriteNumber("prior", f.BasePrior);
        w.WriteNumber("fitted", f.BaseFitted);
        if (f.BaseStandardError is { } bse)
        {
            w.WriteNumber("standardError", bse);
        }

        w.WriteEndObject();
        w.WriteStartArray("weights");
        foreach (var x in f.Weights)
        {
            w.WriteStartObject();
            w.WriteString("signal", x.SignalId);
            w.WriteString("state", JsonNames.Name(JsonNames.States, x.State));
            w.WriteNumber("prior", x.Prior);
            w.WriteNumber("fitted", x.Fitted);
            w.WriteNumber("support", x.Support);
            if (x.StandardError is { } se)
            {
                w.WriteNumber("standardError", se);
            }

            w.WriteString("status", JsonNames.Name(JsonNames.FitStatuses, x.Status));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}

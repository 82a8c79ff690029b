using System.Collections.Generic;
using System.Text.Json;

namespace InterviewSignals.Taxonomy;

/// <summary>The record of weights fitted to outcomes (<c>"fit"</c>), read and written side by side; part of the content hash.</summary>
internal static class FitJson
{
    /// <summary>Reads the fit; one made on another set than the one this document extends is refused, since its weights describe that set.</summary>
    public static SetFit? Read(JsonObjectReader r, List<InputError> errors, SignalSet? baseSet)
    {
        if (r.Get("fit") is not { } e || JsonObjectReader.Open(e, "$.fit", errors, "a fit") is not { } f)
        {
            return null;
        }

        var fittedOn = new SignalSetReference(string.Empty, string.Empty, string.Empty);
        if (f.Get("fittedOn", true) is { } on && JsonObjectReader.Open(on, f.PathOf("fittedOn"), errors, "a set reference") is { } o2)
        {
            fittedOn = new SignalSetReference(o2.String("id", true) ?? string.Empty, o2.String("version", true) ?? string.Empty, o2.String("contentHash", true) ?? string.Empty);
            o2.Finish();
        }

        var grid = new List<PriorStrengthScore>();
        foreach (var (g, p) in f.Array("grid"))
        {
            if (JsonObjectReader.Open(g, p, errors, "a prior strength tried") is { } o)
            {
                grid.Add(new PriorStrengthScore(o.Number("strength", true) ?? 0, o.Number("heldOutLogLoss", true) ?? 0));
                o.Finish();
            }
        }

        double basePrior = 0, baseFitted = 0;
        double? baseError = null;
        if (f.Get("base", true) is { } b && JsonObjectReader.Open(b, f.PathOf("base"), errors, "the fitted base score") is { } bo)
        {
            (basePrior, baseFitted, baseError) = (bo.Number("prior", true) ?? 0, bo.Number("fitted", true) ?? 0, bo.Number("standardError"));
            bo.Finish();
        }

        var fit = new SetFit
        {
            FittedOn = fittedOn,
            Cases = (long)(f.Number("cases", true) ?? 0),
            Offers = (long)(f.Number("offers", true) ?? 0),
            Description = f.String("description", true) ?? string.Empty,
            Date = CalibrationJson.ReadDate(f, TaxonomyMessages.FitDateInvalid),
            PriorStrength = f.Number("priorStrength", true) ?? 0,
            Folds = (int)(f.Number("folds", true) ?? 0),
            Seed = (int)(f.Number("seed") ?? 0),
            MinimumSupport = (int)(f.Number("minimumSupport") ?? 0),
            AllowSignChange = f.Boolean("allowSignChange") ?? false,
            FitPrevalence = f.Boolean("fitPrevalence") ?? false,
            Grid = grid,
            Before = CalibrationJson.ReadMetrics(f, "before", errors),
            After = CalibrationJson.ReadMetrics(f, "after", errors),
            BasePrior = basePrior,
            BaseFitted = baseFitted,
            BaseStandardError = baseError,
            Weights = FitJson.ReadWeights(f, errors),
        };
        f.Finish();
        if (baseSet is not null && r.Has("extends") && !Equals(fit.FittedOn, baseSet.Reference))
        {
            f.Error(SignalSetErrorCodes.InvalidValue, f.PathOf("fittedOn"), TaxonomyMessages.FitOnAnotherSet($"{fit.FittedOn.Id}@{fit.FittedOn.Version} ({fit.FittedOn.ContentHash})", $"{baseSet.Id}@{baseSet.Version} ({baseSet.ContentHash})"));
        }

        return fit;
    }

    /// <summary>The fit, written only when there is one, so that every other set keeps its hash.</summary>
    public static void Write(Utf8JsonWriter w, SetFit? f)
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
        w.WriteString("date", JsonWriting.Date(f.Date));
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
        CalibrationJson.WriteMetrics(w, "before", f.Before);
        CalibrationJson.WriteMetrics(w, "after", f.After);
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

    private static List<FittedWeight> ReadWeights(JsonObjectReader f, List<InputError> errors)
    {
        var weights = new List<FittedWeight>();
        foreach (var (e, p) in f.Array("weights", true))
        {
            if (JsonObjectReader.Open(e, p, errors, "a fitted weight") is { } o)
            {
                weights.Add(new FittedWeight
                {
                    SignalId = o.String("signal", true) ?? string.Empty,
                    State = o.Enum("state", JsonNames.RuleStates, true) ?? SignalState.Present,
                    Prior = o.Number("prior", true) ?? 0,
                    Fitted = o.Number("fitted", true) ?? 0,
                    Support = (long)(o.Number("support", true) ?? 0),
                    StandardError = o.Number("standardError"),
                    Status = o.Enum("status", JsonNames.FitStatuses, true) ?? FittedWeightStatus.Fitted,
                });
                o.Finish();
            }
        }

        return weights;
    }
}

using System.Collections.Generic;
using InterviewSignals.Internal;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Serialization;

/// <summary>Reads <c>"fit"</c>: weights fitted to outcomes, with where they came from.</summary>
internal static partial class SignalSetJsonReader
{
    /// <summary>Reads the fit; one made on another set than the one this document extends is refused, since its weights describe that set.</summary>
    private static SetFit? ReadFit(JsonObjectReader r, List<SignalSetError> errors, SignalSet? baseSet)
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
            Date = ReadDate(f, Messages.FitDateInvalid),
            PriorStrength = f.Number("priorStrength", true) ?? 0,
            Folds = (int)(f.Number("folds", true) ?? 0),
            Seed = (int)(f.Number("seed") ?? 0),
            MinimumSupport = (int)(f.Number("minimumSupport") ?? 0),
            AllowSignChange = f.Boolean("allowSignChange") ?? false,
            FitPrevalence = f.Boolean("fitPrevalence") ?? false,
            Grid = grid,
            Before = ReadMetrics(f, "before", errors),
            After = ReadMetrics(f, "after", errors),
            BasePrior = basePrior,
            BaseFitted = baseFitted,
            BaseStandardError = baseError,
            Weights = ReadFittedWeights(f, errors),
        };
        f.Finish();
        if (baseSet is not null && r.Has("extends") && !Equals(fit.FittedOn, baseSet.Reference))
        {
            f.Error(SignalSetErrorCodes.InvalidValue, f.PathOf("fittedOn"), Messages.FitOnAnotherSet($"{fit.FittedOn.Id}@{fit.FittedOn.Version} ({fit.FittedOn.ContentHash})", $"{baseSet.Id}@{baseSet.Version} ({baseSet.ContentHash})"));
        }

        return fit;
    }

    private static List<FittedWeight> ReadFittedWeights(JsonObjectReader f, List<SignalSetError> errors)
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

using System;
using System.Collections.Generic;

namespace InterviewSignals.Taxonomy;

/// <summary>The checks of a fit record: what it says about the cases, and that every weight it records is the set's own.</summary>
internal static partial class SignalSetValidator
{
    /// <summary>A changed weight would make the record, and every explanation that discloses it, untrue; so would a changed base rate.</summary>
    private const double FitTolerance = 1e-9;

    private static void ValidateFit(ValidationContext v, SignalSetBuilder.Snapshot s)
    {
        if (s.Fit is not { } f)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(f.Description))
        {
            v.Error(SignalSetErrorCodes.MissingText, "$.fit.description", TaxonomyMessages.FitNeedsDescription());
        }

        if (f.Cases < 1 || f.Offers < 0 || f.Offers > f.Cases)
        {
            v.Error(SignalSetErrorCodes.InvalidValue, "$.fit.cases", TaxonomyMessages.FitCasesInvalid(f.Cases, f.Offers));
        }

        if (!Positive(f.PriorStrength))
        {
            v.Error(SignalSetErrorCodes.InvalidValue, "$.fit.priorStrength", TaxonomyMessages.FitPriorStrengthInvalid(Num(f.PriorStrength)));
        }

        if (f.Folds < 2)
        {
            v.Error(SignalSetErrorCodes.InvalidValue, "$.fit.folds", TaxonomyMessages.FitFoldsInvalid(f.Folds));
        }

        for (var g = 0; g < f.Grid.Count; g++)
        {
            if (f.Grid[g] is null || !Positive(f.Grid[g].Strength) || !Finite(f.Grid[g].HeldOutLogLoss))
            {
                v.Error(SignalSetErrorCodes.InvalidValue, $"$.fit.grid[{g}]", TaxonomyMessages.FitGridInvalid());
            }
        }

        if (!Finite(f.BasePrior) || !Finite(f.BaseFitted) || (f.BaseStandardError is { } bse && !(bse >= 0 && Finite(bse))))
        {
            v.Error(SignalSetErrorCodes.InvalidValue, "$.fit.base", TaxonomyMessages.FitNotFinite());
        }
        else if (s.BaseRate > 0 && s.BaseRate < 1 && Math.Abs(Math.Log(s.BaseRate / (1 - s.BaseRate)) - f.BaseFitted) > FitTolerance)
        {
            v.Error(SignalSetErrorCodes.InvalidValue, "$.baseRate", TaxonomyMessages.FitBaseNotTheSets(Num(f.BaseFitted), Num(s.BaseRate)));
        }

        ValidateFittedWeights(v, s, f);
    }

    private static void ValidateFittedWeights(ValidationContext v, SignalSetBuilder.Snapshot s, SetFit f)
    {
        var signals = new Dictionary<string, SignalDefinition>(StringComparer.Ordinal);
        foreach (var x in s.Signals)
        {
            if (x?.Id is not null)
            {
                signals[x.Id] = x;
            }
        }

        var seen = new HashSet<(string, SignalState)>();
        for (var i = 0; i < f.Weights.Count; i++)
        {
            var path = $"$.fit.weights[{i}]";
            if (f.Weights[i] is not { } w)
            {
                v.Error(SignalSetErrorCodes.InvalidValue, path, TaxonomyMessages.ItemNotNull());
                continue;
            }

            if (w.State is not (SignalState.Present or SignalState.Absent))
            {
                v.Error(SignalSetErrorCodes.InvalidValue, path + ".state", TaxonomyMessages.FitWeightStateInvalid(w.SignalId));
                continue;
            }

            if (!Finite(w.Prior) || !Finite(w.Fitted) || w.Support < 0 || (w.StandardError is { } se && !(se >= 0 && Finite(se))))
            {
                v.Error(SignalSetErrorCodes.InvalidValue, path, TaxonomyMessages.FitNotFinite());
                continue;
            }

            var state = w.State == SignalState.Present ? "present" : "absent";
            if (!seen.Add((w.SignalId ?? string.Empty, w.State)))
            {
                v.Error(SignalSetErrorCodes.InvalidValue, path, TaxonomyMessages.FitWeightTwice(w.SignalId, state));
            }
            else if (w.SignalId is null || !signals.TryGetValue(w.SignalId, out var signal))
            {
                v.Error(SignalSetErrorCodes.UnknownReference, path + ".signal", TaxonomyMessages.FitWeightUnknownSignal(w.SignalId));
            }
            else if (signal.Weights is { } actual && Math.Abs(actual.For(w.State) - w.Fitted) > FitTolerance)
            {
                v.Error(SignalSetErrorCodes.InvalidValue, v.OriginOf(actual) ?? path + ".fitted", TaxonomyMessages.FitWeightNotTheSets(w.SignalId, state, Num(w.Fitted), Num(actual.For(w.State))));
            }
        }
    }

    private static bool Finite(double d) => !double.IsNaN(d) && !double.IsInfinity(d);

    private static bool Positive(double d) => Finite(d) && d > 0;
}

using System;
using System.Linq;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Outcomes;

/// <summary>
/// Chooses the prior strength by k-fold cross-validation and fits every case with it. The fit on every case runs along
/// the strengths, strongest first, each solution starting the next; at each strength, each fold's fit on the other
/// folds starts from the every-case solution, which is close, with the Hessian, loss and gradient of its own training
/// cases (the every-case ones less the fold's part), and the fold's cases are scored by it. The strength with the lowest mean held-out log loss wins (a tie goes to the stronger
/// prior), and the every-case solution at that strength is the one written.
/// </summary>
internal static class CrossValidatedFit
{
    private const double Tolerance = 1e-5;

    public static FitResult Run(EncodedCases data, double[] prior, bool[] speakable, OutcomeFitterOptions options)
    {
        var n = data.Count;
        var folds = options.Folds;
        var fold = new FoldAssignment(data.Offer, data.Count, folds, options.Seed);
        var strengths = options.PriorStrengths.Distinct().OrderByDescending(s => s).ToArray();
        var model = new PenalisedLogistic(data, prior, fold);
        var guarded = new GuardedFit(model, prior, data.Directional, speakable, options.MinimumSupport, options.AllowSignChange);
        var training = TrainingSupport(data, fold, folds);
        var all = new FitPath(prior, -1);
        var paths = Enumerable.Range(0, folds).Select(f => new FitPath(prior, f)).ToArray();
        var solutions = new FitPath.Solution[strengths.Length];
        var heldOut = new double[strengths.Length][];
        var grid = new PriorStrengthScore[strengths.Length];
        var best = 0;
        for (var g = 0; g < strengths.Length; g++)
        {
            guarded.FitAt(all, data.Support, strengths[g], Tolerance);
            solutions[g] = all.Keep();

            // An exact Hessian at this solution starts every fold (its own part removed) and the next strength.
            model.Hessian(all);
            heldOut[g] = new double[n];
            for (var f = 0; f < folds; f++)
            {
                paths[f].StartFrom(all);
                guarded.FitAt(paths[f], training[f], strengths[g], Tolerance);
                foreach (var c in fold.Members(f))
                {
                    heldOut[g][c] = model.Eta(c, paths[f].Weights, paths[f].Negative);
                }
            }

            grid[g] = new PriorStrengthScore(strengths[g], MeanLogLoss(heldOut[g], data.Offer, n));
            best = grid[g].HeldOutLogLoss < grid[best].HeldOutLogLoss ? g : best;
        }

        all.Restore(solutions[best]);
        return new FitResult(all, model.StandardErrors(all, strengths[best]), strengths[best], Enumerable.Reverse(grid).ToArray(), heldOut[best]);
    }

    /// <summary>Per fold, how many of the other folds' cases have each feature.</summary>
    private static long[][] TrainingSupport(EncodedCases data, FoldAssignment fold, int folds)
    {
        var outside = SupportByFold(data, fold, folds);
        for (var f = 0; f < folds; f++)
        {
            for (var j = 0; j < data.Features; j++)
            {
                outside[f][j] = data.Support[j] - outside[f][j];
            }
        }

        return outside;
    }

    private static long[][] SupportByFold(EncodedCases data, FoldAssignment fold, int folds)
    {
        var support = new long[folds][];
        for (var f = 0; f < folds; f++)
        {
            support[f] = new long[data.Features];
        }

        for (var c = 0; c < data.Count; c++)
        {
            var s = support[fold.Of[c]];
            s[0]++;
            for (var e = data.Start[c]; e < data.Start[c + 1]; e++)
            {
                s[data.Feature[e]]++;
            }
        }

        return support;
    }

    private static double MeanLogLoss(double[] eta, bool[] offer, int n)
    {
        double sum = 0;
        for (var c = 0; c < n; c++)
        {
            // −log σ(η) for an offer, −log(1 − σ(η)) otherwise, written so that neither overflows.
            var e = offer[c] ? -eta[c] : eta[c];
            sum += e > 0 ? e + Math.Log(1 + Math.Exp(-e)) : Math.Log(1 + Math.Exp(e));
        }

        return sum / n;
    }
}

/// <summary>The fit on every case at the chosen strength, with the held-out scores of the cross-validation at that strength.</summary>
internal sealed record FitResult(FitPath Path, double[] StandardErrors, double Strength, PriorStrengthScore[] Grid, double[] HeldOutScores);

using System;

namespace InterviewSignals.Outcomes;

/// <summary>
/// Fits logit(P(offer)) = a + b · score by maximum likelihood (Newton's method), with scores counted in narrow bins:
/// each bin's cases stand at the mean score of the bin, which is exact when a bin holds one distinct score. This is
/// the logistic recalibration of Cox (1958), and Platt's scaling when it is used to recalibrate.
/// </summary>
internal static class Calibration
{
    private const int MaxIterations = 100;

    /// <summary>The intercept and slope, or nulls when they cannot be fitted: one outcome only, every case at one score, or outcomes the score separates perfectly (the slope grows without bound).</summary>
    public static (double? Intercept, double? Slope) Fit(long[] offers, long[] noOffers, double[] scoreSums)
    {
        double a = 0, b = 1;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            double g0 = 0, g1 = 0, h00 = 0, h01 = 0, h11 = 0;
            for (var i = 0; i < offers.Length; i++)
            {
                var n = offers[i] + noOffers[i];
                if (n == 0)
                {
                    continue;
                }

                var x = scoreSums[i] / n;
                var p = 1 / (1 + Math.Exp(-(a + (b * x))));
                var residual = offers[i] - (n * p);
                var w = n * p * (1 - p);
                (g0, g1) = (g0 + residual, g1 + (residual * x));
                (h00, h01, h11) = (h00 + w, h01 + (w * x), h11 + (w * x * x));
            }

            var det = (h00 * h11) - (h01 * h01);
            if (!(det > 1e-12 * Math.Max(1, h00 * h11)))
            {
                return (null, null);
            }

            var da = ((h11 * g0) - (h01 * g1)) / det;
            var db = ((h00 * g1) - (h01 * g0)) / det;
            (a, b) = (a + da, b + db);
            if (double.IsNaN(a) || double.IsNaN(b) || Math.Abs(b) > 1e6)
            {
                return (null, null);
            }

            if (Math.Abs(da) < 1e-10 && Math.Abs(db) < 1e-10)
            {
                return (a, b);
            }
        }

        // No convergence: the outcomes are separated (or nearly), and the slope would keep growing.
        return (null, null);
    }
}

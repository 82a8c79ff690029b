using System;
using System.Collections.Generic;

namespace InterviewSignals.Outcomes;

/// <summary>The ROC curve and its area, from outlooks counted in bins, and a bootstrap interval for the area.</summary>
internal static class Roc
{
    private const int MaxPoints = 400;

    /// <summary>
    /// The area under the curve: over every pair of an offer case and a no-offer case, 1 when the offer case has the
    /// higher outlook, 0.5 for a tie (the same bin), 0 otherwise, averaged.
    /// </summary>
    public static double Auc(long[] offers, long[] noOffers, long totalOffers, long totalNoOffers)
    {
        double wins = 0;
        long below = 0;
        for (var i = 0; i < offers.Length; i++)
        {
            wins += offers[i] * (below + (0.5 * noOffers[i]));
            below += noOffers[i];
        }

        return wins / ((double)totalOffers * totalNoOffers);
    }

    /// <summary>
    /// The 2.5th and 97.5th percentiles of the area over resamples of the cases, each outcome group resampled on its
    /// own (the stratified bootstrap): a resample draws as many offer cases as there were, with replacement, which on
    /// counted bins is a multinomial draw over the bins, made bin by bin as binomials.
    /// </summary>
    public static (double? Lower, double? Upper) BootstrapInterval(long[] offers, long[] noOffers, long totalOffers, long totalNoOffers, int replicates, int seed)
    {
        var random = new Random(seed);
        var used = new List<int>();
        for (var i = 0; i < offers.Length; i++)
        {
            if (offers[i] + noOffers[i] > 0)
            {
                used.Add(i);
            }
        }

        var areas = new double[replicates];
        var resampledOffers = new long[used.Count];
        var resampledNoOffers = new long[used.Count];
        for (var r = 0; r < replicates; r++)
        {
            Resample(offers, totalOffers, used, resampledOffers, random);
            Resample(noOffers, totalNoOffers, used, resampledNoOffers, random);
            areas[r] = Auc(resampledOffers, resampledNoOffers, totalOffers, totalNoOffers);
        }

        Array.Sort(areas);
        return (Percentile(areas, 0.025), Percentile(areas, 0.975));
    }

    /// <summary>Points of the curve, one per bin from the highest outlook down, thinned to at most a few hundred.</summary>
    public static List<RocPoint> Points(long[] offers, long[] noOffers, long totalOffers, long totalNoOffers)
    {
        var all = new List<RocPoint> { new(0, 0) };
        long tp = 0, fp = 0;
        for (var i = offers.Length - 1; i >= 0; i--)
        {
            if (offers[i] + noOffers[i] == 0)
            {
                continue;
            }

            (tp, fp) = (tp + offers[i], fp + noOffers[i]);
            all.Add(new RocPoint((double)fp / totalNoOffers, (double)tp / totalOffers));
        }

        if (all.Count <= MaxPoints)
        {
            return all;
        }

        var step = (double)(all.Count - 1) / (MaxPoints - 1);
        var thinned = new List<RocPoint>(MaxPoints);
        for (var k = 0; k < MaxPoints; k++)
        {
            thinned.Add(all[(int)Math.Round(k * step)]);
        }

        return thinned;
    }

    private static void Resample(long[] counts, long total, List<int> used, long[] into, Random random)
    {
        var remaining = total;
        var mass = (double)total;
        for (var k = 0; k < used.Count; k++)
        {
            var here = counts[used[k]];
            var draw = k == used.Count - 1 ? remaining : Binomial(remaining, mass <= 0 ? 0 : here / mass, random);
            into[k] = draw;
            remaining -= draw;
            mass -= here;
        }
    }

    /// <summary>A binomial draw: by inversion when the expected count is small, by the normal approximation otherwise.</summary>
    internal static long Binomial(long n, double p, Random random)
    {
        if (n <= 0 || p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return n;
        }

        if (p > 0.5)
        {
            return n - Binomial(n, 1 - p, random);
        }

        var mean = n * p;
        if (mean < 30)
        {
            // Inversion: walk the probabilities up from 0 until they pass a uniform draw.
            var u = random.NextDouble();
            var q = Math.Pow(1 - p, n);
            var cumulative = q;
            long k = 0;
            while (u > cumulative && k < n)
            {
                q *= (double)(n - k) / (k + 1) * p / (1 - p);
                cumulative += q;
                k++;
            }

            return k;
        }

        var z = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return Math.Max(0, Math.Min(n, (long)Math.Round(mean + (z * Math.Sqrt(mean * (1 - p))))));
    }

    private static double Percentile(double[] sorted, double q)
    {
        var at = q * (sorted.Length - 1);
        var lo = (int)Math.Floor(at);
        var hi = Math.Min(sorted.Length - 1, lo + 1);
        return sorted[lo] + ((at - lo) * (sorted[hi] - sorted[lo]));
    }
}

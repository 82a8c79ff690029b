namespace InterviewSignals.Benchmarks.Validation;

/// <summary>
/// Bootstrap intervals for two scores of the same cases and for the difference of their ROC AUCs: each resample draws
/// as many offer cases and as many no-offer cases as there were, with replacement, and both scores are measured on the
/// same draw, so that the interval of the difference reflects that they were held against the same cases.
/// </summary>
internal static class PairedBootstrap
{
    public static (double Lower1, double Upper1, double Lower2, double Upper2, double LowerDiff, double UpperDiff) Interval(IReadOnlyList<(double First, double Second, bool Offer)> cases, int replicates, int seed = 1)
    {
        var offers = cases.Where(c => c.Offer).ToArray();
        var none = cases.Where(c => !c.Offer).ToArray();
        var random = new Random(seed);
        var (first, second, diff) = (new double[replicates], new double[replicates], new double[replicates]);
        var (o, n) = (new (double, double, bool)[offers.Length], new (double, double, bool)[none.Length]);
        for (var r = 0; r < replicates; r++)
        {
            for (var i = 0; i < o.Length; i++)
            {
                o[i] = offers[random.Next(offers.Length)];
            }

            for (var i = 0; i < n.Length; i++)
            {
                n[i] = none[random.Next(none.Length)];
            }

            first[r] = Auc(o.Select(c => c.Item1).ToArray(), n.Select(c => c.Item1).ToArray());
            second[r] = Auc(o.Select(c => c.Item2).ToArray(), n.Select(c => c.Item2).ToArray());
            diff[r] = second[r] - first[r];
        }

        return (Percentile(first, 0.025), Percentile(first, 0.975), Percentile(second, 0.025), Percentile(second, 0.975), Percentile(diff, 0.025), Percentile(diff, 0.975));
    }

    /// <summary>The chance that an offer case scores above a no-offer case, ties counting half (by ranks: Mann–Whitney).</summary>
    public static double Auc(double[] offers, double[] none)
    {
        var all = offers.Select(v => (v, Offer: true)).Concat(none.Select(v => (v, Offer: false))).OrderBy(x => x.v).ToArray();
        double rankSum = 0;
        for (var i = 0; i < all.Length;)
        {
            var j = i;
            while (j < all.Length && all[j].v == all[i].v)
            {
                j++;
            }

            var rank = ((i + 1) + j) / 2.0;
            for (var k = i; k < j; k++)
            {
                rankSum += all[k].Offer ? rank : 0;
            }

            i = j;
        }

        return (rankSum - (offers.Length * (offers.Length + 1) / 2.0)) / ((double)offers.Length * none.Length);
    }

    private static double Percentile(double[] values, double q)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        var at = q * (sorted.Length - 1);
        var lo = (int)Math.Floor(at);
        var hi = Math.Min(sorted.Length - 1, lo + 1);
        return sorted[lo] + ((at - lo) * (sorted[hi] - sorted[lo]));
    }
}

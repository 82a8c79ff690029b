using System;
using InterviewSignals.Evaluation;

namespace InterviewSignals.Questionnaires;

/// <summary>The chances of each final band, from the final score's mean and variance (a normal approximation) and the chances of "too early".</summary>
internal static class BandOdds
{
    /// <summary>The chances of each final band: too early with the given chances, otherwise the band of a normal score with the given moments.</summary>
    public static BandChances Of(PlanningModel model, in Moments score, double pTooEarly, double pThin)
    {
        var scored = (1 - pTooEarly) * (1 - pThin);
        double below, belowConcerning;
        if (score.Variance <= 1e-12)
        {
            below = score.Mean < model.Compiled.EncouragingScore ? 1 : 0;
            belowConcerning = score.Mean < model.Compiled.ConcerningScore ? 1 : 0;
        }
        else
        {
            var sd = Math.Sqrt(score.Variance);
            below = NormalCdf((model.Compiled.EncouragingScore - score.Mean) / sd);
            belowConcerning = Math.Min(below, NormalCdf((model.Compiled.ConcerningScore - score.Mean) / sd));
        }

        return new BandChances(1 - scored, scored * belowConcerning, scored * (below - belowConcerning), scored * (1 - below));
    }

    /// <summary>The standard normal distribution function (Abramowitz and Stegun 7.1.26; error below 1.5e-7).</summary>
    public static double NormalCdf(double z)
    {
        var x = Math.Abs(z) * 0.7071067811865476;
        var t = 1.0 / (1.0 + (0.3275911 * x));
        var poly = ((((((((1.061405429 * t) - 1.453152027) * t) + 1.421413741) * t) - 0.284496736) * t) + 0.254829592) * t;
        var y = 1.0 - (poly * Math.Exp(-x * x));
        return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
    }
}

/// <summary>Mean and variance of a sum of independent parts (both add up).</summary>
internal readonly struct Moments
{
    public Moments(double mean, double variance)
    {
        Mean = mean;
        Variance = variance;
    }

    public double Mean { get; }

    public double Variance { get; }

    public static Moments Of(double x1, double p1, double x2, double p2, double x3, double p3)
    {
        var m = (p1 * x1) + (p2 * x2) + (p3 * x3);
        double d1 = x1 - m, d2 = x2 - m, d3 = x3 - m;
        return new Moments(m, (p1 * d1 * d1) + (p2 * d2 * d2) + (p3 * d3 * d3));
    }

    /// <summary>From probability-weighted sums of x and x² over outcomes whose chances add up to <paramref name="p"/>.</summary>
    public static Moments FromSums(double p, double sx, double sx2)
    {
        var m = sx / p;
        return new Moments(m, Math.Max(0, (sx2 / p) - (m * m)));
    }

    public Moments Plus(in Moments other) => new(Mean + other.Mean, Variance + other.Variance);

    public Moments Minus(in Moments other) => new(Mean - other.Mean, Math.Max(0, Variance - other.Variance));

    public Moments Shifted(double x) => new(Mean + x, Variance);
}

internal readonly struct BandChances
{
    public BandChances(double tooEarly, double concerning, double mixed, double encouraging)
    {
        TooEarly = tooEarly;
        Concerning = concerning;
        Mixed = mixed;
        Encouraging = encouraging;
    }

    public double TooEarly { get; }

    public double Concerning { get; }

    public double Mixed { get; }

    public double Encouraging { get; }

    public double Of(OutlookBand band) => band switch
    {
        OutlookBand.TooEarlyToTell => TooEarly,
        OutlookBand.Concerning => Concerning,
        OutlookBand.Mixed => Mixed,
        _ => Encouraging,
    };

    /// <summary>The total variation distance between two band distributions.</summary>
    public double Distance(in BandChances other)
        => 0.5 * (Math.Abs(TooEarly - other.TooEarly) + Math.Abs(Concerning - other.Concerning) + Math.Abs(Mixed - other.Mixed) + Math.Abs(Encouraging - other.Encouraging));
}

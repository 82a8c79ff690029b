using System.Text.Json.Serialization;

namespace InterviewSignals.Outcomes;

/// <summary>One decile of the outlook in the reliability table.</summary>
public sealed record ReliabilityBin
{
    /// <summary>Initializes a new instance of the <see cref="ReliabilityBin"/> record.</summary>
    /// <param name="from">The lowest outlook in the decile.</param>
    /// <param name="to">The highest outlook in the decile.</param>
    /// <param name="cases">The number of cases.</param>
    /// <param name="meanOutlook">The mean outlook of its cases.</param>
    /// <param name="offerRate">The share of its cases that led to an offer.</param>
    [JsonConstructor]
    internal ReliabilityBin(double from, double to, long cases, double meanOutlook, double offerRate)
    {
        From = from;
        To = to;
        Cases = cases;
        MeanOutlook = meanOutlook;
        OfferRate = offerRate;
    }

    /// <summary>Gets the lowest outlook in the decile.</summary>
    public double From { get; }

    /// <summary>Gets the highest outlook in the decile.</summary>
    public double To { get; }

    /// <summary>Gets the number of cases.</summary>
    public long Cases { get; }

    /// <summary>Gets the mean outlook of its cases.</summary>
    public double MeanOutlook { get; }

    /// <summary>Gets the share of its cases that led to an offer.</summary>
    public double OfferRate { get; }

    /// <summary>Deconstructs the record into its parts.</summary>
    /// <param name="from">The lowest outlook in the decile.</param>
    /// <param name="to">The highest outlook in the decile.</param>
    /// <param name="cases">The number of cases.</param>
    /// <param name="meanOutlook">The mean outlook of its cases.</param>
    /// <param name="offerRate">The share of its cases that led to an offer.</param>
    public void Deconstruct(out double from, out double to, out long cases, out double meanOutlook, out double offerRate)
    {
        from = From;
        to = To;
        cases = Cases;
        meanOutlook = MeanOutlook;
        offerRate = OfferRate;
    }
}


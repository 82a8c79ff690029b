namespace InterviewSignals.Outcomes;

/// <summary>One decile of the outlook in the reliability table.</summary>
/// <param name="From">The lowest outlook in the decile.</param>
/// <param name="To">The highest outlook in the decile.</param>
/// <param name="Cases">The number of cases.</param>
/// <param name="MeanOutlook">The mean outlook of its cases.</param>
/// <param name="OfferRate">The share of its cases that led to an offer.</param>
public sealed record ReliabilityBin(double From, double To, long Cases, double MeanOutlook, double OfferRate);

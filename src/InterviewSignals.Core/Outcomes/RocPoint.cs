namespace InterviewSignals.Outcomes;

/// <summary>A point of the ROC curve.</summary>
/// <param name="FalsePositiveRate">The share of no-offer cases at or above the threshold.</param>
/// <param name="TruePositiveRate">The share of offer cases at or above the threshold.</param>
public sealed record RocPoint(double FalsePositiveRate, double TruePositiveRate);

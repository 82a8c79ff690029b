namespace InterviewSignals.Evaluation;

/// <summary>How much of the set was answered and whether the evidence agrees.</summary>
/// <param name="Coverage">The share of the set's total reach (largest weight magnitude per signal) that was answered or derived, from 0 to 1.</param>
/// <param name="Conflicting">Whether strong evidence points both ways (at least one log-odds point each way).</param>
/// <param name="Level">The resulting level.</param>
public sealed record Confidence(double Coverage, bool Conflicting, ConfidenceLevel Level);

namespace InterviewSignals.Taxonomy;

/// <summary>One prior strength the fit tried, with the mean log loss of the outcomes on the held-out folds.</summary>
/// <param name="Strength">The prior strength: the precision of the Gaussian prior around each weight (1 / variance, in 1 / log-odds points squared).</param>
/// <param name="HeldOutLogLoss">The mean log loss on the held-out folds, in nats; the lowest wins.</param>
public sealed record PriorStrengthScore(double Strength, double HeldOutLogLoss);

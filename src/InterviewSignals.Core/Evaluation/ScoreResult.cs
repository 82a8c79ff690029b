namespace InterviewSignals.Evaluation;

/// <summary>The score and band alone, computed without allocating.</summary>
/// <param name="Score">The score in log-odds points.</param>
/// <param name="Outlook">The outlook index from 0 to 1.</param>
/// <param name="Band">The band.</param>
/// <param name="Coverage">The share of the set's reach that was answered or derived.</param>
public readonly record struct ScoreResult(double Score, double Outlook, OutlookBand Band, double Coverage);

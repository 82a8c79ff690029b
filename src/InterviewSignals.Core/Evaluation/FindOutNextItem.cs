namespace InterviewSignals.Evaluation;

/// <summary>An unknown signal worth finding out about, with where each answer would leave the outlook.</summary>
public sealed record FindOutNextItem
{
    /// <summary>Gets the signal id.</summary>
    public required string SignalId { get; init; }

    /// <summary>Gets the question to ask.</summary>
    public required string Question { get; init; }

    /// <summary>Gets the score if the sign turned out present.</summary>
    public required double ScoreIfPresent { get; init; }

    /// <summary>Gets the band if the sign turned out present.</summary>
    public required OutlookBand BandIfPresent { get; init; }

    /// <summary>Gets the score if the sign turned out absent.</summary>
    public required double ScoreIfAbsent { get; init; }

    /// <summary>Gets the band if the sign turned out absent.</summary>
    public required OutlookBand BandIfAbsent { get; init; }

    /// <summary>Gets the largest move either answer would make to the score, in log-odds points.</summary>
    public required double Reach { get; init; }
}

using InterviewSignals.Evaluation;

namespace InterviewSignals.Questionnaires;

/// <summary>
/// The outlooks still reachable: the lowest and highest any answers to the remaining questions (including "not sure")
/// could give. Sound: the true range is never wider, and may be narrower, than this.
/// </summary>
public sealed record OutlookRange
{
    /// <summary>Results are built by the library; a host reads them.</summary>
    internal OutlookRange()
    {
    }

    /// <summary>Gets the lowest reachable score, in log-odds.</summary>
    public double LowestScore { get; internal init; }

    /// <summary>Gets the highest reachable score, in log-odds.</summary>
    public double HighestScore { get; internal init; }

    /// <summary>Gets the lowest reachable outlook (0 to 1), through the set's calibration when it has one.</summary>
    public double LowestOutlook { get; internal init; }

    /// <summary>Gets the highest reachable outlook (0 to 1).</summary>
    public double HighestOutlook { get; internal init; }

    /// <summary>Gets the band of the lowest outlook by score alone (never <see cref="OutlookBand.TooEarlyToTell"/>).</summary>
    public OutlookBand LowestBand { get; internal init; }

    /// <summary>Gets the band of the highest outlook by score alone (never <see cref="OutlookBand.TooEarlyToTell"/>).</summary>
    public OutlookBand HighestBand { get; internal init; }

    /// <summary>Gets whether some answers would leave the outlook too early to tell (too little known, or the employer's timeline not yet passed).</summary>
    public bool CanBeTooEarly { get; internal init; }

    /// <summary>Gets whether some answers would give a band from the score (the outlook is not too early to tell whatever is answered).</summary>
    public bool CanBeScored { get; internal init; }

    /// <summary>Gets the number of bands the remaining answers can still lead to; 1 means settled.</summary>
    public int ReachableBands => (CanBeTooEarly ? 1 : 0) + (CanBeScored ? (int)HighestBand - (int)LowestBand + 1 : 0);
}

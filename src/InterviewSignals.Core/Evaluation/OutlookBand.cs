namespace InterviewSignals.Evaluation;

/// <summary>The band an outlook index falls in.</summary>
public enum OutlookBand
{
    /// <summary>Too little is known, or the employer's own timeline has not passed yet.</summary>
    TooEarlyToTell,

    /// <summary>The outlook index is below the set's concerning threshold.</summary>
    Concerning,

    /// <summary>Between the two thresholds.</summary>
    Mixed,

    /// <summary>At or above the set's encouraging threshold.</summary>
    Encouraging,
}

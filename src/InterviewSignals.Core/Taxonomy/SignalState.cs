namespace InterviewSignals.Taxonomy;

/// <summary>The observed state of a signal.</summary>
public enum SignalState
{
    /// <summary>Not answered or not known. Unknown never counts as absent.</summary>
    Unknown,

    /// <summary>The sign was observed.</summary>
    Present,

    /// <summary>The sign was looked for and not observed.</summary>
    Absent,
}

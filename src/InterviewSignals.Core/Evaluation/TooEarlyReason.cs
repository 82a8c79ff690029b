namespace InterviewSignals.Evaluation;

/// <summary>Why an assessment is too early to tell.</summary>
public enum TooEarlyReason
{
    /// <summary>It is not too early.</summary>
    None,

    /// <summary>Too little of the set's weight was answered.</summary>
    TooLittleKnown,

    /// <summary>The set's too-early condition holds (for example, the employer's stated timeline has not passed).</summary>
    TimelineNotPassed,
}

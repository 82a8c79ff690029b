namespace InterviewSignals.Evaluation;

/// <summary>How much an assessment can be relied on.</summary>
public enum ConfidenceLevel
{
    /// <summary>Little was answered, or strong evidence points both ways.</summary>
    Low,

    /// <summary>A fair share was answered.</summary>
    Moderate,

    /// <summary>Most of the set's weight was answered and the evidence agrees.</summary>
    High,
}

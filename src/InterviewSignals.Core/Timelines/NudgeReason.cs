namespace InterviewSignals.Timelines;

/// <summary>Why a recruiter should act now.</summary>
public enum NudgeReason
{
    /// <summary>Silence since the interview has passed the set's threshold: the candidate may read it as a rejection.</summary>
    Silence,

    /// <summary>The day the candidate was promised an answer by has passed without a word.</summary>
    PromisePassed,

    /// <summary>Interview feedback is still missing after the time it was due.</summary>
    FeedbackMissing,
}

namespace InterviewSignals.Taxonomy;

/// <summary>When, relative to the interview, a signal can be observed.</summary>
public enum InterviewPhase
{
    /// <summary>While the interview is under way.</summary>
    During,

    /// <summary>At the close of the interview, when next steps are discussed.</summary>
    Closing,

    /// <summary>After the interview: follow-up notes, replies and silence.</summary>
    After,
}

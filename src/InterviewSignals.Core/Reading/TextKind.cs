namespace InterviewSignals.Reading;

/// <summary>What a text is, which changes who "they" and "I" are.</summary>
public enum TextKind
{
    /// <summary>A candidate's own account of the interview.</summary>
    Narrative,

    /// <summary>A message from the employer, such as the reply to a thank-you note.</summary>
    EmployerMessage,

    /// <summary>An interviewer's or recruiter's notes.</summary>
    Notes,
}

namespace InterviewSignals.Reading;

/// <summary>Why a cue that matched was set aside rather than proposed.</summary>
public enum CueSetAside
{
    /// <summary>A condition, wish or possibility: "if they had asked…", "they may call".</summary>
    Hypothetical,

    /// <summary>Someone else's experience: "a friend who interviewed there…".</summary>
    SomeoneElse,

    /// <summary>Advice to the reader rather than an account: "be ready to discuss salary".</summary>
    AdviceToReader,

    /// <summary>A fact's cue under a negation that leaves the value unknown: "it did not last an hour" says less than an hour, not how long.</summary>
    Negated,

    /// <summary>A process described in general rather than this interview told: "the process has three rounds: … a managerial round", "they usually ask about salary".</summary>
    Generic,

    /// <summary>The words describe someone whose action or quality does not fit the signal's driver: "I found the recruiter unprofessional" is not the candidate's conduct.</summary>
    OtherActor,
}

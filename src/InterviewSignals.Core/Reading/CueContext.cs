namespace InterviewSignals.Reading;

/// <summary>What the words around a cue do to it.</summary>
internal enum CueContext
{
    /// <summary>The cue says what it says: the sign is there (or, for a cue of absence, it is not).</summary>
    Affirmed,

    /// <summary>A negation in the same clause turns it round: "they never asked when I could start".</summary>
    Negated,

    /// <summary>A condition, wish or possibility voids it: "if they had asked…", "they may call".</summary>
    Hypothetical,

    /// <summary>It happened to someone else: "a friend who interviewed there was introduced to the team".</summary>
    SomeoneElse,

    /// <summary>It is advice to the reader, not an account: "be ready to discuss salary".</summary>
    AdviceToReader,

    /// <summary>It describes a process in general, not this interview: "the process has three rounds", "they usually ask".</summary>
    Generic,

    /// <summary>Its words describe someone whose action does not fit the signal: "I found the recruiter unprofessional".</summary>
    OtherActor,
}

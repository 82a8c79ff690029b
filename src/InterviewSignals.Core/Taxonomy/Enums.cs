namespace InterviewSignals.Taxonomy;

/// <summary>Who, in the interview, drives a signal.</summary>
public enum SignalDriver
{
    /// <summary>The interviewer's behaviour: questions asked, warmth, what they explained.</summary>
    Interviewer,

    /// <summary>The candidate's own behaviour and preparation.</summary>
    Candidate,

    /// <summary>The hiring process: next steps, invitations, follow-up and timing.</summary>
    Process,

    /// <summary>The organisation: budgets, internal candidates, the number of applicants.</summary>
    Organisation,
}

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

/// <summary>How strong the evidence behind a signal's weights is.</summary>
public enum EvidenceGrade
{
    /// <summary>A practitioner's anecdote or a single reader's story.</summary>
    Anecdote,

    /// <summary>Career advice from articles written by recruiters, coaches or hiring managers.</summary>
    ArticleAdvice,

    /// <summary>Peer-reviewed research or outcome data.</summary>
    ResearchBacked,
}

/// <summary>The kind of value a context fact holds.</summary>
public enum FactKind
{
    /// <summary>A number, optionally with a unit and bounds.</summary>
    Number,

    /// <summary>Yes or no.</summary>
    Boolean,

    /// <summary>One of a declared list of choices.</summary>
    Choice,

    /// <summary>A calendar date (an instant, compared by days).</summary>
    Date,
}

/// <summary>What a signal set is for. Employer use carries a human-review requirement in every result.</summary>
public enum IntendedUse
{
    /// <summary>A candidate reflecting on their own interview.</summary>
    CandidateSelfAssessment,

    /// <summary>An employer looking at its own process through the candidate's eyes (candidate experience). Never for ranking or rejecting people.</summary>
    EmployerProcessInsight,
}

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

/// <summary>Which contributions a modifier scales.</summary>
public enum ModifierDirection
{
    /// <summary>Contributions of either sign.</summary>
    Both,

    /// <summary>Only contributions that raise the outlook.</summary>
    Positive,

    /// <summary>Only contributions that lower the outlook.</summary>
    Negative,
}

/// <summary>A comparison between two operands.</summary>
public enum ComparisonOperator
{
    /// <summary>Equal (<c>eq</c>).</summary>
    Equal,

    /// <summary>Not equal (<c>ne</c>).</summary>
    NotEqual,

    /// <summary>Greater than (<c>gt</c>).</summary>
    GreaterThan,

    /// <summary>Greater than or equal (<c>gte</c>).</summary>
    GreaterThanOrEqual,

    /// <summary>Less than (<c>lt</c>).</summary>
    LessThan,

    /// <summary>Less than or equal (<c>lte</c>).</summary>
    LessThanOrEqual,
}

namespace InterviewSignals.Questionnaires;

/// <summary>How a question is answered.</summary>
public enum AnswerKind
{
    /// <summary>Yes, no or not sure (a signal: present, absent, unknown).</summary>
    YesNoUnsure,

    /// <summary>A number, with a unit and bounds when the fact declares them.</summary>
    Number,

    /// <summary>Yes or no (a boolean fact).</summary>
    Boolean,

    /// <summary>One of a list of choices.</summary>
    Choice,

    /// <summary>A date, ISO 8601 (<c>2026-11-10</c>).</summary>
    Date,
}

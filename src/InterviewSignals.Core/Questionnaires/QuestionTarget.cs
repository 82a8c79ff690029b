namespace InterviewSignals.Questionnaires;

/// <summary>What a question fills in.</summary>
public enum QuestionTarget
{
    /// <summary>A signal's state.</summary>
    Signal,

    /// <summary>A fact's value.</summary>
    Fact,
}

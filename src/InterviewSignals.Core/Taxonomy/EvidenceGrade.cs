namespace InterviewSignals.Taxonomy;

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

namespace InterviewSignals.Taxonomy;

/// <summary>What a signal set is for. Employer use carries a human-review requirement in every result.</summary>
public enum IntendedUse
{
    /// <summary>A candidate reflecting on their own interview.</summary>
    CandidateSelfAssessment,

    /// <summary>An employer looking at its own process through the candidate's eyes (candidate experience). Never for ranking or rejecting people.</summary>
    EmployerProcessInsight,
}

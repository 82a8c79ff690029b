namespace InterviewSignals.Questionnaires;

/// <summary>Why the planner chose a question.</summary>
public enum PlanReason
{
    /// <summary>One of its answers alone would move the outlook into another band.</summary>
    CanChangeBand,

    /// <summary>No single answer changes the band, but it moves the chances of the final band the most.</summary>
    SharpensOutlook,
}

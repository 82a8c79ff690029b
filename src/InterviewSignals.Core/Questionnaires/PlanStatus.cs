namespace InterviewSignals.Questionnaires;

/// <summary>How settled an outlook is, as <see cref="QuestionPlanner.Plan"/> judges it.</summary>
public enum PlanStatus
{
    /// <summary>More answers could well change the band.</summary>
    Open,

    /// <summary>
    /// Under the set's priors, the chance that the remaining questions change the band is below
    /// <see cref="QuestionPlannerOptions.LikelySettledBelow"/>. An estimate: asking more may still change it.
    /// </summary>
    LikelySettled,

    /// <summary>No answers to the remaining questions can change the band. A guarantee, not an estimate.</summary>
    Settled,
}

namespace InterviewSignals.Questionnaires;

/// <summary>A question the planner would ask, with why. Look its wording up with <see cref="Questionnaire.TryGetQuestion"/>.</summary>
public sealed record PlannedQuestion
{
    /// <summary>Results are built by the library; a host reads them.</summary>
    internal PlannedQuestion()
    {
    }

    /// <summary>Gets the question's id: a signal or fact id of the set.</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>Gets whether the question asks about a signal or, in its natural form, about a fact.</summary>
    public QuestionTarget Target { get; internal init; }

    /// <summary>Gets why it was chosen.</summary>
    public PlanReason Reason { get; internal init; }

    /// <summary>
    /// Gets the expected change in the chances of the final band that answering it brings, under the set's priors:
    /// the total variation distance between the band probabilities before and after the answer, averaged over the
    /// answers (0 to 1). Questions are ranked by it.
    /// </summary>
    public double ExpectedBandShift { get; internal init; }

    /// <summary>Gets the expected absolute change of the expected score, in log-odds, that answering it brings. Breaks ties.</summary>
    public double ExpectedScoreChange { get; internal init; }
}

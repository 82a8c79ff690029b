using InterviewSignals.Evaluation;

namespace InterviewSignals.Questionnaires;

/// <summary>What <see cref="QuestionPlanner.Plan"/> found: the outlook so far, how far it can still move, how settled it is and what to ask next.</summary>
public sealed record QuestionPlan
{
    /// <summary>Results are built by the library; a host reads them.</summary>
    internal QuestionPlan()
    {
    }

    /// <summary>Gets how settled the outlook is.</summary>
    public PlanStatus Status { get; internal init; }

    /// <summary>
    /// Gets the question to ask next, or <see langword="null"/> when the outlook is settled or nothing is left to ask.
    /// Given also when <see cref="PlanStatus.LikelySettled"/>, for a person who wants to go on.
    /// </summary>
    public PlannedQuestion? Next { get; internal init; }

    /// <summary>Gets the score of the answers so far, in log-odds (as <see cref="ScoreResult.Score"/>).</summary>
    public double Score { get; internal init; }

    /// <summary>Gets the outlook of the answers so far (as <see cref="ScoreResult.Outlook"/>).</summary>
    public double Outlook { get; internal init; }

    /// <summary>Gets the band of the answers so far (as <see cref="ScoreResult.Band"/>).</summary>
    public OutlookBand Band { get; internal init; }

    /// <summary>Gets the outlooks the remaining questions can still reach.</summary>
    public OutlookRange Range { get; internal init; } = null!;

    /// <summary>
    /// Gets the estimated chance, under the set's priors, that answering every remaining question ends in another band
    /// than <see cref="Band"/>. 0 when settled.
    /// </summary>
    public double BandChangeProbability { get; internal init; }

    /// <summary>Gets how many questions are left to ask (the person's own; derived signals and supplied signals are never asked).</summary>
    public int QuestionsLeft { get; internal init; }

    /// <summary>
    /// Gets the lowest outlook of the likely range: under the set's priors, the final outlook falls between
    /// <see cref="LikelyLowestOutlook"/> and <see cref="LikelyHighestOutlook"/> in about 80% of the ways the remaining
    /// answers could go (a normal approximation), always inside <see cref="Range"/>. Equal to the range when settled.
    /// </summary>
    public double LikelyLowestOutlook { get; internal init; }

    /// <summary>Gets the highest outlook of the likely range (see <see cref="LikelyLowestOutlook"/>).</summary>
    public double LikelyHighestOutlook { get; internal init; }

    /// <summary>
    /// Gets an estimate of how many more questions, asked in the planner's order, the band is likely to need before it
    /// is likely settled, if the answers fall as the priors expect. 0 once it is likely settled or settled; at most
    /// <see cref="QuestionsLeft"/>.
    /// </summary>
    public int QuestionsLikelyLeft { get; internal init; }
}

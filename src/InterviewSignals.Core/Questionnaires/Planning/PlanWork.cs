using System.Collections.Generic;
using InterviewSignals.Evaluation;

namespace InterviewSignals.Questionnaires;

/// <summary>A question the planner could ask next, with what its answer is expected to do.</summary>
internal record struct Candidate(int Signal, int Fact, double IfPresent, double IfAbsent, double Prevalence)
{
    public GroupResult? Group { get; init; }

    public int GroupSlot { get; init; }

    public double Shift { get; init; }

    public double ScoreChange { get; init; }

    public bool CanChange { get; init; }

    public int Order { get; init; }
}

/// <summary>One call's results: the range, the estimates and the candidates.</summary>
internal sealed class PlanWork
{
    private readonly PlannerState _state;
    private readonly PlanningModel _model;

    public PlanWork(PlannerState state, OutlookRange range, PlanningModel model)
    {
        _state = state;
        Range = range;
        _model = model;
    }

    public OutlookRange Range { get; }

    public ScoreResult Now => _state.Now;

    public PlanStatus Status { get; set; }

    public double ChangeProbability { get; set; }

    /// <summary>Gets or sets the final score's mean and variance under the priors.</summary>
    public Moments Final { get; set; }

    /// <summary>Gets or sets the chance that the final band is "too early to tell".</summary>
    public double TooEarly { get; set; }

    /// <summary>Gets or sets the chance that coverage stays too thin to score.</summary>
    public double Thin { get; set; }

    public PlannerState State => _state;

    public int Best { get; set; } = -1;

    public List<Candidate> Candidates { get; } = new();

    /// <summary>Best first: the larger band shift, then the larger score change, then the questionnaire's order.</summary>
    public int Compare(int a, int b)
    {
        var x = Candidates[a];
        var y = Candidates[b];
        if (x.Shift != y.Shift)
        {
            return y.Shift.CompareTo(x.Shift);
        }

        return x.ScoreChange != y.ScoreChange ? y.ScoreChange.CompareTo(x.ScoreChange) : x.Order.CompareTo(y.Order);
    }

    public PlannedQuestion Question(int index)
    {
        var c = Candidates[index];
        return new PlannedQuestion
        {
            Id = c.Signal >= 0 ? _model.Compiled.Signals[c.Signal].Id : _model.Facts[c.Fact].Definition.Id,
            Target = c.Signal >= 0 ? QuestionTarget.Signal : QuestionTarget.Fact,
            Reason = c.CanChange ? PlanReason.CanChangeBand : PlanReason.SharpensOutlook,
            ExpectedBandShift = c.Shift,
            ExpectedScoreChange = c.ScoreChange,
        };
    }
}

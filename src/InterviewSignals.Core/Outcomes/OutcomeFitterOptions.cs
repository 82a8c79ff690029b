using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Evaluation;

namespace InterviewSignals.Outcomes;

/// <summary>How an <see cref="OutcomeFitter"/> fits: the folds, the prior strengths it chooses from, and its guards.</summary>
public sealed record OutcomeFitterOptions
{
    /// <summary>Gets the default options.</summary>
    /// <value>A shared instance.</value>
    public static OutcomeFitterOptions Default { get; } = new();

    /// <summary>Gets the number of folds of the cross-validation that chooses the prior strength and measures the fit.</summary>
    /// <value>5.</value>
    public int Folds { get; init; } = 5;

    /// <summary>
    /// Gets the prior strengths to choose from: the precision of the Gaussian prior around each of the set's weights,
    /// in 1 / log-odds points squared (strength 1 is a prior standard deviation of 1 point; 100, of 0.1).
    /// </summary>
    /// <value>0.3, 1, 3, 10, 30, 100, 300 and 1000.</value>
    public IReadOnlyList<double> PriorStrengths { get; init; } = new[] { 0.3, 1, 3, 10, 30, 100, 300, 1000 };

    /// <summary>Gets the fewest cases a state must be seen in (with a strength above 0) for its weight to be fitted; a rarer state keeps its prior.</summary>
    /// <value>30.</value>
    public int MinimumSupport { get; init; } = 30;

    /// <summary>Gets a value indicating whether a weight may take the opposite sign to its prior. When not, such a weight is held at zero and reported.</summary>
    /// <value><see langword="false"/>.</value>
    public bool AllowSignChange { get; init; }

    /// <summary>
    /// Gets a value indicating whether each asked signal's prevalence (the adaptive questionnaire's prior) becomes how
    /// often it was present among the cases that answered it, for signals answered in at least <see cref="MinimumSupport"/>
    /// cases. Meaningful for questionnaire answers; texts rarely say a sign was absent.
    /// </summary>
    /// <value><see langword="false"/>.</value>
    public bool FitPrevalence { get; init; }

    /// <summary>Gets the seed that deals the cases to folds, so that the same cases give the same fit.</summary>
    /// <value>1.</value>
    public int Seed { get; init; } = 1;

    /// <summary>Gets the options cases are weighed with (the clock for observations without an as-of instant, evidence providers).</summary>
    /// <value><see cref="InterviewEvaluatorOptions.Default"/>.</value>
    public InterviewEvaluatorOptions Evaluator { get; init; } = InterviewEvaluatorOptions.Default;

    /// <summary>Lists every problem with the options, so that one exception can name them all.</summary>
    internal List<string> Problems()
    {
        var problems = new List<string>();
        if (Folds < 2 || Folds > 20)
        {
            problems.Add(OutcomeMessages.FitterFolds(Folds));
        }

        if (PriorStrengths is null || PriorStrengths.Count == 0 || PriorStrengths.Any(s => double.IsNaN(s) || double.IsInfinity(s) || s <= 0))
        {
            problems.Add(OutcomeMessages.FitterPriorStrengths());
        }

        if (MinimumSupport < 1)
        {
            problems.Add(OutcomeMessages.FitterMinimumSupport(MinimumSupport));
        }

        if (Evaluator is null)
        {
            problems.Add(OutcomeMessages.FitterEvaluatorNull());
        }
        else
        {
            problems.AddRange(Evaluator.Problems());
        }

        return problems;
    }
}

using System;
using System.Collections.Generic;
using InterviewSignals.Internal;

namespace InterviewSignals.Taxonomy;

/// <summary>
/// A record of weights fitted to outcomes (see <c>OutcomeFitter</c> and <c>interview-signals fit</c>): penalised
/// logistic regression whose Gaussian prior is centred on the weights of the set that was fitted, so that the cases move
/// a weight only as far as their evidence goes. It says what the cases were, how the prior strength was chosen, how the
/// outlook did on held-out folds before and after, and every weight's prior, fitted value, support and standard error.
/// Rules, modifiers and thresholds are the set's own and were not fitted. A set that extends a fitted set inherits the
/// record with the weights, and may not change a fitted weight without fitting again.
/// </summary>
public sealed record SetFit
{
    private readonly IReadOnlyList<PriorStrengthScore> _grid = ValueList<PriorStrengthScore>.Empty;
    private readonly IReadOnlyList<FittedWeight> _weights = ValueList<FittedWeight>.Empty;

    /// <summary>Gets the set whose weights were fitted (the prior), with its content hash: a document that extends another set is refused with this fit.</summary>
    public required SignalSetReference FittedOn { get; init; }

    /// <summary>Gets the number of cases with an outcome the weights were fitted on.</summary>
    public required long Cases { get; init; }

    /// <summary>Gets how many of them led to an offer.</summary>
    public required long Offers { get; init; }

    /// <summary>Gets the description of the data, as the person who fitted it gave it ("our 2026 hires, engineering roles").</summary>
    public required string Description { get; init; }

    /// <summary>Gets when the weights were fitted.</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>Gets the prior strength chosen: the precision of the Gaussian prior around every weight (a prior standard deviation of 1 / √strength log-odds points).</summary>
    public required double PriorStrength { get; init; }

    /// <summary>Gets the prior strengths tried, each with its held-out log loss.</summary>
    public IReadOnlyList<PriorStrengthScore> Grid { get => _grid; init => _grid = Values.List(value); }

    /// <summary>Gets the number of folds of the cross-validation that chose the prior strength and measured the result.</summary>
    public required int Folds { get; init; }

    /// <summary>Gets the seed that assigned the cases to folds.</summary>
    public int Seed { get; init; }

    /// <summary>Gets the fewest cases a state had to be seen in for its weight to be fitted.</summary>
    public int MinimumSupport { get; init; }

    /// <summary>Gets a value indicating whether a weight was allowed to take the opposite sign to its prior.</summary>
    public bool AllowSignChange { get; init; }

    /// <summary>Gets a value indicating whether the fit also set each signal's prevalence to how often it was present in the cases.</summary>
    public bool FitPrevalence { get; init; }

    /// <summary>Gets the measures of the outlook before the fit, on the held-out folds.</summary>
    public CalibrationMetrics? Before { get; init; }

    /// <summary>Gets the measures after the fit, on the same folds, each fold weighed by weights fitted without it.</summary>
    public CalibrationMetrics? After { get; init; }

    /// <summary>Gets the base score (the logit of the base rate) before the fit.</summary>
    public required double BasePrior { get; init; }

    /// <summary>Gets the base score after the fit; the fitted set's base rate is its logistic.</summary>
    public required double BaseFitted { get; init; }

    /// <summary>Gets the standard error of the fitted base score.</summary>
    public double? BaseStandardError { get; init; }

    /// <summary>Gets every weight of the set, present and absent, in the set's signal order.</summary>
    public required IReadOnlyList<FittedWeight> Weights { get => _weights; init => _weights = Values.List(value); }
}

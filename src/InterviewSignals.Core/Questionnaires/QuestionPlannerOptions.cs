using System;
using System.Collections.Generic;

namespace InterviewSignals.Questionnaires;

/// <summary>Options for <see cref="QuestionPlanner.Create"/>.</summary>
public sealed record QuestionPlannerOptions
{
    /// <summary>Gets the default options.</summary>
    /// <value>A shared instance.</value>
    public static QuestionPlannerOptions Default { get; } = new();

    /// <summary>
    /// Gets the chance of a band change below which the outlook counts as likely settled. Lower asks more questions and
    /// agrees more often with the full questionnaire.
    /// </summary>
    /// <value>0.05.</value>
    public double LikelySettledBelow { get; init; } = 0.05;

    /// <summary>Gets the assumed chance that a person answers "not sure" (or skips a fact question); part of the priors.</summary>
    /// <value>0.1.</value>
    public double UnsureRate { get; init; } = 0.1;

    /// <summary>
    /// Gets the signals an evidence provider of the host will supply. They are never asked, and count as free (any
    /// answer) in the reachable range and by their prevalence in the estimates.
    /// </summary>
    /// <value>None.</value>
    public IReadOnlyCollection<string> SuppliedSignals { get; init; } = Array.Empty<string>();

    /// <summary>Gets the clock used when an observation has no as-of instant.</summary>
    /// <value><see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    internal List<string> Problems()
    {
        var problems = new List<string>();
        if (double.IsNaN(LikelySettledBelow) || LikelySettledBelow <= 0 || LikelySettledBelow >= 1)
        {
            problems.Add(QuestionnaireMessages.PlannerOptionBetween(nameof(LikelySettledBelow), LikelySettledBelow));
        }

        if (double.IsNaN(UnsureRate) || UnsureRate < 0 || UnsureRate >= 1)
        {
            problems.Add(QuestionnaireMessages.PlannerUnsureRate(UnsureRate));
        }

        if (SuppliedSignals is null)
        {
            problems.Add(Internal.Messages.PlannerSuppliedNull);
        }

        if (TimeProvider is null)
        {
            problems.Add(Internal.Messages.PlannerTimeProviderNull);
        }

        return problems;
    }
}

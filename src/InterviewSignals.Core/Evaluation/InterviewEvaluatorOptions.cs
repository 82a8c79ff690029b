using System;
using System.Collections.Generic;

namespace InterviewSignals.Evaluation;

/// <summary>Options for <see cref="InterviewEvaluator.Create"/>.</summary>
public sealed record InterviewEvaluatorOptions
{
    /// <summary>Gets the default options.</summary>
    /// <value>A shared instance.</value>
    public static InterviewEvaluatorOptions Default { get; } = new();

    /// <summary>Gets the clock used when an observation has no as-of instant.</summary>
    /// <value><see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets the host's evidence providers, run in order for every observation.</summary>
    /// <value>None.</value>
    public IReadOnlyList<IEvidenceProvider> EvidenceProviders { get; init; } = Array.Empty<IEvidenceProvider>();

    /// <summary>Gets how many unknown signals <see cref="Assessment.FindOutNext"/> lists at most.</summary>
    /// <value>5.</value>
    public int MaxFindOutNext { get; init; } = 5;

    /// <summary>Lists every problem with the options, so that one exception can name them all.</summary>
    /// <returns>The problems; empty when the options are valid.</returns>
    internal List<string> Problems()
    {
        var problems = new List<string>();
        if (TimeProvider is null)
        {
            problems.Add(EvaluationMessages.TimeProviderNull());
        }

        if (EvidenceProviders is null)
        {
            problems.Add(EvaluationMessages.EvidenceProvidersNull());
        }
        else
        {
            for (var i = 0; i < EvidenceProviders.Count; i++)
            {
                if (EvidenceProviders[i] is null)
                {
                    problems.Add(EvaluationMessages.EvidenceProviderNull(i));
                }
            }
        }

        if (MaxFindOutNext < 0)
        {
            problems.Add(EvaluationMessages.MaxFindOutNextNegative(MaxFindOutNext));
        }

        return problems;
    }
}

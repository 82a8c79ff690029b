using System;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Evaluation;

/// <summary>Compiles signal sets into evaluators.</summary>
public static class InterviewEvaluator
{
    /// <summary>Compiles a set into an immutable, thread-safe evaluator. Compile once and reuse it.</summary>
    /// <param name="set">The set.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The evaluator.</returns>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public static IInterviewEvaluator Create(SignalSet set, InterviewEvaluatorOptions? options = null)
    {
        Internal.Guard.NotNull(set);
        options ??= InterviewEvaluatorOptions.Default;
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(EvaluationMessages.EvaluatorOptionsInvalid() + string.Join("\n  ", problems), nameof(options));
        }

        return new SignalSetEvaluator(set, options);
    }
}

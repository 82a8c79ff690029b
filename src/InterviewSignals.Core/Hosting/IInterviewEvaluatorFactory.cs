using InterviewSignals.Evaluation;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Hosting;

/// <summary>Creates evaluators for sets. Replace it to change how every set is evaluated.</summary>
public interface IInterviewEvaluatorFactory
{
    /// <summary>Compiles a set.</summary>
    /// <param name="set">The set.</param>
    /// <returns>An immutable, thread-safe evaluator.</returns>
    IInterviewEvaluator Create(SignalSet set);
}

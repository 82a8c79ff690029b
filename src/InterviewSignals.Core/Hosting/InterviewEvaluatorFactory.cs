using InterviewSignals.Evaluation;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Hosting;

/// <summary>The default factory: <see cref="InterviewEvaluator.Create"/> with fixed options.</summary>
public sealed class InterviewEvaluatorFactory : IInterviewEvaluatorFactory
{
    private readonly InterviewEvaluatorOptions _options;

    /// <summary>Initializes a new instance of the <see cref="InterviewEvaluatorFactory"/> class.</summary>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    public InterviewEvaluatorFactory(InterviewEvaluatorOptions? options = null) => _options = options ?? InterviewEvaluatorOptions.Default;

    /// <inheritdoc/>
    public IInterviewEvaluator Create(SignalSet set) => InterviewEvaluator.Create(set, _options);
}

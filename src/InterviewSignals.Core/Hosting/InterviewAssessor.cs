using System;
using System.Linq;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Hosting;

/// <summary>The default assessor: a registry and an explanation generator.</summary>
public sealed class InterviewAssessor : IInterviewAssessor
{
    private readonly ISignalSetRegistry _registry;
    private readonly IExplanationGenerator _generator;

    /// <summary>Initializes a new instance of the <see cref="InterviewAssessor"/> class.</summary>
    /// <param name="registry">The registry.</param>
    /// <param name="generator">The explanation generator.</param>
    public InterviewAssessor(ISignalSetRegistry registry, IExplanationGenerator generator)
    {
        _registry = Internal.Guard.NotNull(registry);
        _generator = Internal.Guard.NotNull(generator);
    }

    /// <inheritdoc/>
    public Assessment Assess(Observation observation, string? setId = null) => _registry.GetEvaluator(setId).Assess(observation);

    /// <inheritdoc/>
    public Explanation Explain(Assessment assessment, string? language = null)
    {
        Internal.Guard.NotNull(assessment);
        if (!_registry.TryGetSet(assessment.SignalSet, out var set))
        {
            var current = _registry.Sets.FirstOrDefault(r => string.Equals(r.Id, assessment.SignalSet.Id, StringComparison.Ordinal));
            throw new SignalSetMismatchException(assessment.SignalSet, current);
        }

        return _generator.Generate(assessment, set, language);
    }
}

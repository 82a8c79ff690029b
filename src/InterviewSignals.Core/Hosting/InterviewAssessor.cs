using System.Globalization;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;

namespace InterviewSignals.Hosting;

/// <summary>The one service most hosts need: weigh an observation with a registered set, and explain the result.</summary>
public interface IInterviewAssessor
{
    /// <summary>Weighs an observation.</summary>
    /// <param name="observation">The observation.</param>
    /// <param name="setId">The set id, or <see langword="null"/> for the default set.</param>
    /// <returns>The assessment.</returns>
    Assessment Assess(Observation observation, string? setId = null);

    /// <summary>Explains an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="culture">The culture, or <see langword="null"/> for English.</param>
    /// <returns>The explanation.</returns>
    Explanation Explain(Assessment assessment, CultureInfo? culture = null);
}

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
    public Explanation Explain(Assessment assessment, CultureInfo? culture = null) => _generator.Generate(assessment, culture);
}

using System.Collections.Generic;
using InterviewSignals.Internal;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Evaluation;

/// <summary>One signal's exact contribution to the score.</summary>
public sealed record Contribution
{
    private readonly IReadOnlyList<ModifierFactor> _modifiers = ValueList<ModifierFactor>.Empty;
    private readonly IReadOnlyList<TextEvidence> _evidence = ValueList<TextEvidence>.Empty;

    /// <summary>Gets the signal id.</summary>
    public required string SignalId { get; init; }

    /// <summary>Gets the observed state.</summary>
    public required SignalState State { get; init; }

    /// <summary>Gets the strength, from 0 to 1.</summary>
    public required double Strength { get; init; }

    /// <summary>Gets the declared weight for the state, in log-odds points.</summary>
    public required double Weight { get; init; }

    /// <summary>Gets the ids of the modifiers that scaled this contribution, with their factors.</summary>
    public required IReadOnlyList<ModifierFactor> Modifiers { get => _modifiers; init => _modifiers = Values.List(value); }

    /// <summary>Gets the contribution: weight × strength × each modifier factor, in log-odds points.</summary>
    public required double Value { get; init; }

    /// <summary>Gets where the state came from.</summary>
    public required ContributionSource Source { get; init; }

    /// <summary>Gets the rule id or evidence provider name that supplied the state, or <see langword="null"/> for an answer.</summary>
    public string? SourceId { get; init; }

    /// <summary>
    /// Gets the words of a text behind the state: for <see cref="ContributionSource.Text"/>, the words that showed the
    /// sign; for <see cref="ContributionSource.Rule"/>, the words that gave the facts the rule read, when a text gave them.
    /// </summary>
    /// <value>Empty when no text was involved.</value>
    public IReadOnlyList<TextEvidence> Evidence { get => _evidence; init => _evidence = Values.List(value); }
}

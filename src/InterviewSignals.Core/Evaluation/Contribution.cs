using System.Collections.Generic;
using System.Text.Json.Serialization;
using InterviewSignals.Internal;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Evaluation;

/// <summary>One signal's exact contribution to the score.</summary>
public sealed record Contribution
{
    private readonly IReadOnlyList<ModifierFactor> _modifiers = ValueList<ModifierFactor>.Empty;
    private readonly IReadOnlyList<TextEvidence> _evidence = ValueList<TextEvidence>.Empty;

    /// <summary>Results are built by the library; a host reads them.</summary>
    [JsonConstructor]
    internal Contribution()
    {
    }

    /// <summary>Gets the signal id.</summary>
    [JsonInclude]
    [JsonRequired]
    public string SignalId { get; internal init; } = null!;

    /// <summary>Gets the observed state.</summary>
    [JsonInclude]
    [JsonRequired]
    public SignalState State { get; internal init; }

    /// <summary>Gets the strength, from 0 to 1.</summary>
    [JsonInclude]
    [JsonRequired]
    public double Strength { get; internal init; }

    /// <summary>Gets the declared weight for the state, in log-odds points.</summary>
    [JsonInclude]
    [JsonRequired]
    public double Weight { get; internal init; }

    /// <summary>Gets the ids of the modifiers that scaled this contribution, with their factors.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<ModifierFactor> Modifiers { get => _modifiers; internal init => _modifiers = Values.List(value); }

    /// <summary>Gets the contribution: weight × strength × each modifier factor, in log-odds points.</summary>
    [JsonInclude]
    [JsonRequired]
    public double Value { get; internal init; }

    /// <summary>Gets where the state came from.</summary>
    [JsonInclude]
    [JsonRequired]
    public ContributionSource Source { get; internal init; }

    /// <summary>Gets the rule id or evidence provider name that supplied the state, or <see langword="null"/> for an answer.</summary>
    [JsonInclude]
    public string? SourceId { get; internal init; }

    /// <summary>
    /// Gets the words of a text behind the state: for <see cref="ContributionSource.Text"/>, the words that showed the
    /// sign; for <see cref="ContributionSource.Rule"/>, the words that gave the facts the rule read, when a text gave them.
    /// </summary>
    /// <value>Empty when no text was involved.</value>
    [JsonInclude]
    public IReadOnlyList<TextEvidence> Evidence { get => _evidence; internal init => _evidence = Values.List(value); }
}

using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Evaluation;

/// <summary>The band an outlook index falls in.</summary>
public enum OutlookBand
{
    /// <summary>Too little is known, or the employer's own timeline has not passed yet.</summary>
    TooEarlyToTell,

    /// <summary>The outlook index is below the set's concerning threshold.</summary>
    Concerning,

    /// <summary>Between the two thresholds.</summary>
    Mixed,

    /// <summary>At or above the set's encouraging threshold.</summary>
    Encouraging,
}

/// <summary>Why an assessment is too early to tell.</summary>
public enum TooEarlyReason
{
    /// <summary>It is not too early.</summary>
    None,

    /// <summary>Too little of the set's weight was answered.</summary>
    TooLittleKnown,

    /// <summary>The set's too-early condition holds (for example, the employer's stated timeline has not passed).</summary>
    TimelineNotPassed,
}

/// <summary>How much an assessment can be relied on.</summary>
public enum ConfidenceLevel
{
    /// <summary>Little was answered, or strong evidence points both ways.</summary>
    Low,

    /// <summary>A fair share was answered.</summary>
    Moderate,

    /// <summary>Most of the set's weight was answered and the evidence agrees.</summary>
    High,
}

/// <summary>Where a signal's state came from.</summary>
public enum ContributionSource
{
    /// <summary>The observation answered it.</summary>
    Answer,

    /// <summary>A rule derived it from facts.</summary>
    Rule,

    /// <summary>A host's evidence provider supplied it.</summary>
    EvidenceProvider,
}

/// <summary>How much of the set was answered and whether the evidence agrees.</summary>
/// <param name="Coverage">The share of the set's total reach (largest weight magnitude per signal) that was answered or derived, from 0 to 1.</param>
/// <param name="Conflicting">Whether strong evidence points both ways (at least one log-odds point each way).</param>
/// <param name="Level">The resulting level.</param>
public sealed record Confidence(double Coverage, bool Conflicting, ConfidenceLevel Level);

/// <summary>A modifier whose condition held.</summary>
/// <param name="ModifierId">The modifier id.</param>
/// <param name="Degree">How fully the condition held, from 0 to 1.</param>
/// <param name="Factor">The factor applied to targeted contributions: 1 + (declared factor − 1) × degree.</param>
/// <param name="AffectedSignals">How many contributions it scaled.</param>
public sealed record AppliedModifier(string ModifierId, double Degree, double Factor, int AffectedSignals)
{
    /// <summary>Gets the modifier definition, for explanations; not serialised.</summary>
    [JsonIgnore]
    public ModifierDefinition? Definition { get; init; }
}

/// <summary>One signal's exact contribution to the score.</summary>
public sealed record Contribution
{
    /// <summary>Gets the signal id.</summary>
    public required string SignalId { get; init; }

    /// <summary>Gets the observed state.</summary>
    public required SignalState State { get; init; }

    /// <summary>Gets the strength, from 0 to 1.</summary>
    public required double Strength { get; init; }

    /// <summary>Gets the declared weight for the state, in log-odds points.</summary>
    public required double Weight { get; init; }

    /// <summary>Gets the ids of the modifiers that scaled this contribution, with their factors.</summary>
    public required IReadOnlyList<ModifierFactor> Modifiers { get; init; }

    /// <summary>Gets the contribution: weight × strength × each modifier factor, in log-odds points.</summary>
    public required double Value { get; init; }

    /// <summary>Gets where the state came from.</summary>
    public required ContributionSource Source { get; init; }

    /// <summary>Gets the rule id or evidence provider name that supplied the state, or <see langword="null"/> for an answer.</summary>
    public string? SourceId { get; init; }

    /// <summary>Gets the signal definition, for explanations; not serialised.</summary>
    [JsonIgnore]
    public SignalDefinition? Signal { get; init; }
}

/// <summary>A modifier factor applied to one contribution.</summary>
/// <param name="ModifierId">The modifier id.</param>
/// <param name="Factor">The factor.</param>
public sealed record ModifierFactor(string ModifierId, double Factor);

/// <summary>An unknown signal worth finding out about, with where each answer would leave the outlook.</summary>
public sealed record FindOutNextItem
{
    /// <summary>Gets the signal id.</summary>
    public required string SignalId { get; init; }

    /// <summary>Gets the question to ask.</summary>
    public required string Question { get; init; }

    /// <summary>Gets the score if the sign turned out present.</summary>
    public required double ScoreIfPresent { get; init; }

    /// <summary>Gets the band if the sign turned out present.</summary>
    public required OutlookBand BandIfPresent { get; init; }

    /// <summary>Gets the score if the sign turned out absent.</summary>
    public required double ScoreIfAbsent { get; init; }

    /// <summary>Gets the band if the sign turned out absent.</summary>
    public required OutlookBand BandIfAbsent { get; init; }

    /// <summary>Gets the largest move either answer would make to the score, in log-odds points.</summary>
    public required double Reach { get; init; }

    /// <summary>Gets the signal definition, for explanations; not serialised.</summary>
    [JsonIgnore]
    public SignalDefinition? Signal { get; init; }
}

/// <summary>A change the candidate can still make.</summary>
/// <param name="SignalId">The signal id.</param>
/// <param name="From">The current state.</param>
/// <param name="Gain">How far making the sign present would raise the score, in log-odds points.</param>
public sealed record SuggestedChange(string SignalId, SignalState From, double Gain)
{
    /// <summary>Gets the signal definition, for explanations; not serialised.</summary>
    [JsonIgnore]
    public SignalDefinition? Signal { get; init; }
}

/// <summary>What would change the outlook: the fewest changes the candidate can still make to move the band up, and the negatives that weigh most.</summary>
public sealed record WhatWouldChange
{
    /// <summary>Gets the band the changes aim for, or <see langword="null"/> when the outlook is already encouraging.</summary>
    public OutlookBand? TargetBand { get; init; }

    /// <summary>Gets a value indicating whether the changes reach <see cref="TargetBand"/>.</summary>
    public bool Reachable { get; init; }

    /// <summary>Gets the changes, largest gain first: the smallest set that reaches the target band, or every useful change when none does.</summary>
    public required IReadOnlyList<SuggestedChange> Changes { get; init; }

    /// <summary>Gets the observed negatives that weigh most, heaviest first (at most three).</summary>
    public required IReadOnlyList<Contribution> HeaviestNegatives { get; init; }
}

/// <summary>
/// The result of weighing an observation with a signal set. The outlook is an index for reflection, not the
/// probability of an offer. <see cref="BaseScore"/> plus every <see cref="Contribution.Value"/>, added in order, equals <see cref="Score"/> exactly.
/// </summary>
public sealed class Assessment
{
    internal Assessment()
    {
    }

    /// <summary>Gets the set that weighed the observation: id, version and content hash.</summary>
    public required SignalSetReference SignalSet { get; init; }

    /// <summary>Gets the set's intended use.</summary>
    public required IntendedUse IntendedUse { get; init; }

    /// <summary>Gets a value indicating whether a person must review the result before anyone acts on it (always so for employer use).</summary>
    public required bool HumanReviewRequired { get; init; }

    /// <summary>Gets the version of this library that produced the result.</summary>
    public required string LibraryVersion { get; init; }

    /// <summary>Gets the instant the observation was weighed as of.</summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>Gets the logit of the set's base rate: where the score starts.</summary>
    public required double BaseScore { get; init; }

    /// <summary>Gets the score in log-odds points.</summary>
    public required double Score { get; init; }

    /// <summary>Gets the outlook index from 0 to 1: the logistic of the score. An index, not the probability of an offer.</summary>
    public required double Outlook { get; init; }

    /// <summary>Gets the band.</summary>
    public required OutlookBand Band { get; init; }

    /// <summary>Gets the band the outlook index alone would give, even when it is too early to tell.</summary>
    public required OutlookBand IndexBand { get; init; }

    /// <summary>Gets why it is too early to tell, or <see cref="TooEarlyReason.None"/>.</summary>
    public required TooEarlyReason TooEarlyReason { get; init; }

    /// <summary>Gets how far the result can be relied on.</summary>
    public required Confidence Confidence { get; init; }

    /// <summary>Gets every non-zero contribution, in the set's signal order.</summary>
    public required IReadOnlyList<Contribution> Contributions { get; init; }

    /// <summary>Gets the modifiers whose condition held.</summary>
    public required IReadOnlyList<AppliedModifier> AppliedModifiers { get; init; }

    /// <summary>Gets the unknown signals worth finding out about, most informative first.</summary>
    public required IReadOnlyList<FindOutNextItem> FindOutNext { get; init; }

    /// <summary>Gets what would change the outlook.</summary>
    public required WhatWouldChange WhatWouldChange { get; init; }

    /// <summary>Gets the date on which the assessment would next change on its own (for example when silence starts to count), or <see langword="null"/>.</summary>
    public DateTimeOffset? RecheckOn { get; init; }

    /// <summary>Gets the host's waivers for items keyed to protected characteristics, with their written justifications; empty for almost every set.</summary>
    public required IReadOnlyList<AppliedWaiver> Waivers { get; init; }

    /// <summary>Gets the set, for explanations; not serialised.</summary>
    [JsonIgnore]
    public Taxonomy.SignalSet? Set { get; init; }
}

/// <summary>The score and band alone, computed without allocating.</summary>
/// <param name="Score">The score in log-odds points.</param>
/// <param name="Outlook">The outlook index from 0 to 1.</param>
/// <param name="Band">The band.</param>
/// <param name="Coverage">The share of the set's reach that was answered or derived.</param>
public readonly record struct ScoreResult(double Score, double Outlook, OutlookBand Band, double Coverage);

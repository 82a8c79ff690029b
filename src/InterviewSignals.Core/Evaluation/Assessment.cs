using System;
using System.Collections.Generic;
using InterviewSignals.Internal;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Evaluation;

/// <summary>
/// The result of weighing an observation with a signal set: plain data that serialises with
/// <c>InterviewSignalsJson</c> and reads back equal, so a stored assessment can be explained again later with the set
/// its <see cref="SignalSet"/> reference names. The outlook is an index for reflection, not the
/// probability of an offer. <see cref="BaseScore"/> plus every <see cref="Contribution.Value"/>, added in order, equals <see cref="Score"/> exactly.
/// </summary>
public sealed record Assessment
{
    private readonly IReadOnlyList<Contribution> _contributions = ValueList<Contribution>.Empty;
    private readonly IReadOnlyList<AppliedModifier> _applied = ValueList<AppliedModifier>.Empty;
    private readonly IReadOnlyList<FindOutNextItem> _findOutNext = ValueList<FindOutNextItem>.Empty;
    private readonly IReadOnlyList<AppliedWaiver> _waivers = ValueList<AppliedWaiver>.Empty;

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

    /// <summary>
    /// Gets the score through the set's recalibration (intercept + slope × score), when the set was calibrated on
    /// outcomes; the outlook and the bands then follow it. <see langword="null"/> for a set without one.
    /// </summary>
    public double? CalibratedScore { get; init; }

    /// <summary>Gets the outlook index from 0 to 1: the logistic of the score (of the calibrated score when there is one). An index, not the probability of an offer.</summary>
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
    public required IReadOnlyList<Contribution> Contributions { get => _contributions; init => _contributions = Values.List(value); }

    /// <summary>Gets the modifiers whose condition held.</summary>
    public required IReadOnlyList<AppliedModifier> AppliedModifiers { get => _applied; init => _applied = Values.List(value); }

    /// <summary>Gets the unknown signals worth finding out about, most informative first.</summary>
    public required IReadOnlyList<FindOutNextItem> FindOutNext { get => _findOutNext; init => _findOutNext = Values.List(value); }

    /// <summary>Gets what would change the outlook.</summary>
    public required WhatWouldChange WhatWouldChange { get; init; }

    /// <summary>Gets the date on which the assessment would next change on its own (for example when silence starts to count), or <see langword="null"/>.</summary>
    public DateTimeOffset? RecheckOn { get; init; }

    /// <summary>Gets the host's waivers for items keyed to protected characteristics, with their written justifications; empty for almost every set.</summary>
    public required IReadOnlyList<AppliedWaiver> Waivers { get => _waivers; init => _waivers = Values.List(value); }
}

using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
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

    /// <summary>Results are built by the library; a host reads them.</summary>
    [JsonConstructor]
    internal Assessment()
    {
    }

    /// <summary>Gets the set that weighed the observation: id, version and content hash.</summary>
    [JsonInclude]
    [JsonRequired]
    public SignalSetReference SignalSet { get; internal init; } = null!;

    /// <summary>Gets the set's intended use.</summary>
    [JsonInclude]
    [JsonRequired]
    public IntendedUse IntendedUse { get; internal init; }

    /// <summary>Gets a value indicating whether a person must review the result before anyone acts on it (always so for employer use).</summary>
    [JsonInclude]
    [JsonRequired]
    public bool HumanReviewRequired { get; internal init; }

    /// <summary>Gets the version of this library that produced the result.</summary>
    [JsonInclude]
    [JsonRequired]
    public string LibraryVersion { get; internal init; } = null!;

    /// <summary>Gets the instant the observation was weighed as of.</summary>
    [JsonInclude]
    [JsonRequired]
    public DateTimeOffset AsOf { get; internal init; }

    /// <summary>Gets the logit of the set's base rate: where the score starts.</summary>
    [JsonInclude]
    [JsonRequired]
    public double BaseScore { get; internal init; }

    /// <summary>Gets the score in log-odds points.</summary>
    [JsonInclude]
    [JsonRequired]
    public double Score { get; internal init; }

    /// <summary>
    /// Gets the score through the set's recalibration (intercept + slope × score), when the set was calibrated on
    /// outcomes; the outlook and the bands then follow it. <see langword="null"/> for a set without one.
    /// </summary>
    [JsonInclude]
    public double? CalibratedScore { get; internal init; }

    /// <summary>Gets the outlook index from 0 to 1: the logistic of the score (of the calibrated score when there is one). An index, not the probability of an offer.</summary>
    [JsonInclude]
    [JsonRequired]
    public double Outlook { get; internal init; }

    /// <summary>Gets the band.</summary>
    [JsonInclude]
    [JsonRequired]
    public OutlookBand Band { get; internal init; }

    /// <summary>Gets the band the outlook index alone would give, even when it is too early to tell.</summary>
    [JsonInclude]
    [JsonRequired]
    public OutlookBand IndexBand { get; internal init; }

    /// <summary>Gets why it is too early to tell, or <see cref="TooEarlyReason.None"/>.</summary>
    [JsonInclude]
    [JsonRequired]
    public TooEarlyReason TooEarlyReason { get; internal init; }

    /// <summary>Gets how far the result can be relied on.</summary>
    [JsonInclude]
    [JsonRequired]
    public Confidence Confidence { get; internal init; } = null!;

    /// <summary>Gets every non-zero contribution, in the set's signal order.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<Contribution> Contributions { get => _contributions; internal init => _contributions = Values.List(value); }

    /// <summary>Gets the modifiers whose condition held.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<AppliedModifier> AppliedModifiers { get => _applied; internal init => _applied = Values.List(value); }

    /// <summary>Gets the unknown signals worth finding out about, most informative first.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<FindOutNextItem> FindOutNext { get => _findOutNext; internal init => _findOutNext = Values.List(value); }

    /// <summary>Gets what would change the outlook.</summary>
    [JsonInclude]
    [JsonRequired]
    public WhatWouldChange WhatWouldChange { get; internal init; } = null!;

    /// <summary>Gets the date on which the assessment would next change on its own (for example when silence starts to count), or <see langword="null"/>.</summary>
    [JsonInclude]
    public DateTimeOffset? RecheckOn { get; internal init; }

    /// <summary>Gets the host's waivers for items keyed to protected characteristics, with their written justifications; empty for almost every set.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<AppliedWaiver> Waivers { get => _waivers; internal init => _waivers = Values.List(value); }
}

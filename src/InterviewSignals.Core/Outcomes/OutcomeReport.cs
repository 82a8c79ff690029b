using System.Collections.Generic;
using System.Text.Json.Serialization;
using InterviewSignals.Internal;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Outcomes;

/// <summary>
/// How well a set's outlook separated interviews that led to an offer from those that did not, and how far its
/// numbers can be read as rates. Plain data: it serialises and reads back equal.
/// </summary>
public sealed record OutcomeReport
{
    private readonly IReadOnlyList<ReliabilityBin> _reliability = ValueList<ReliabilityBin>.Empty;
    private readonly IReadOnlyList<BandOutcome> _bands = ValueList<BandOutcome>.Empty;
    private readonly IReadOnlyList<SignalOutcome> _signals = ValueList<SignalOutcome>.Empty;
    private readonly IReadOnlyList<RocPoint> _roc = ValueList<RocPoint>.Empty;

    /// <summary>Results are built by the library; a host reads them.</summary>
    [JsonConstructor]
    internal OutcomeReport()
    {
    }

    /// <summary>Gets the set whose outlooks were evaluated.</summary>
    [JsonInclude]
    [JsonRequired]
    public SignalSetReference SignalSet { get; internal init; } = null!;

    /// <summary>Gets the number of cases with an outcome (offer or no offer).</summary>
    [JsonInclude]
    [JsonRequired]
    public long Cases { get; internal init; }

    /// <summary>Gets the number of cases that led to an offer.</summary>
    [JsonInclude]
    [JsonRequired]
    public long Offers { get; internal init; }

    /// <summary>Gets the number of cases left out because the outcome was neither (the candidate withdrew, or it is unknown).</summary>
    [JsonInclude]
    [JsonRequired]
    public long LeftOut { get; internal init; }

    /// <summary>Gets the share of cases that led to an offer.</summary>
    [JsonInclude]
    public double? BaseRate { get; internal init; }

    /// <summary>Gets the area under the ROC curve: the chance that a random offer case had a higher outlook than a random no-offer case (ties count half); <see langword="null"/> without cases of both outcomes.</summary>
    [JsonInclude]
    public double? Auc { get; internal init; }

    /// <summary>Gets the lower end of the bootstrap 95% interval of <see cref="Auc"/> (cases resampled within each outcome).</summary>
    [JsonInclude]
    public double? AucLower { get; internal init; }

    /// <summary>Gets the upper end of the bootstrap 95% interval of <see cref="Auc"/>.</summary>
    [JsonInclude]
    public double? AucUpper { get; internal init; }

    /// <summary>Gets the mean squared difference between the outlook and the outcome (0 or 1).</summary>
    [JsonInclude]
    public double? Brier { get; internal init; }

    /// <summary>Gets the Brier skill score against always predicting the base rate: above 0 is better than the base rate.</summary>
    [JsonInclude]
    public double? BrierSkill { get; internal init; }

    /// <summary>Gets the mean negative log-likelihood of the outcomes under the outlook, in nats.</summary>
    [JsonInclude]
    public double? LogLoss { get; internal init; }

    /// <summary>Gets the calibration intercept: <c>a</c> in logit(P(offer)) = a + b · logit(outlook), fitted to the cases. 0 when the outlook is right on average.</summary>
    [JsonInclude]
    public double? CalibrationIntercept { get; internal init; }

    /// <summary>Gets the calibration slope <c>b</c>: 1 when the outlook spreads as much as the outcomes do, below 1 when it is too extreme; <see langword="null"/> when it cannot be fitted (one outcome only, one outlook only, or outcomes the outlook separates perfectly).</summary>
    [JsonInclude]
    public double? CalibrationSlope { get; internal init; }

    /// <summary>Gets the reliability table: deciles of the outlook, each with its mean outlook and observed offer rate.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<ReliabilityBin> Reliability { get => _reliability; internal init => _reliability = Values.List(value); }

    /// <summary>Gets the observed offer rate in each band.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<BandOutcome> Bands { get => _bands; internal init => _bands = Values.List(value); }

    /// <summary>Gets, for each signal, how often it was present or absent in each outcome group, and the lift.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<SignalOutcome> Signals { get => _signals; internal init => _signals = Values.List(value); }

    /// <summary>Gets points of the ROC curve, from (0, 0) to (1, 1), thinned to at most a few hundred.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<RocPoint> Roc { get => _roc; internal init => _roc = Values.List(value); }
}

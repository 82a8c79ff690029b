namespace InterviewSignals.Taxonomy;

/// <summary>One weight of a fitted set: where it started, where the outcomes took it, and how much they had to say.</summary>
public sealed record FittedWeight
{
    /// <summary>Gets the signal id.</summary>
    public required string SignalId { get; init; }

    /// <summary>Gets the state the weight is for: <see cref="SignalState.Present"/> or <see cref="SignalState.Absent"/>.</summary>
    public required SignalState State { get; init; }

    /// <summary>Gets the weight before the fit (the articles' weight, or the weight of the set that was fitted), in log-odds points: the centre of the prior.</summary>
    public required double Prior { get; init; }

    /// <summary>Gets the weight after the fit, which the fitted set uses.</summary>
    public required double Fitted { get; init; }

    /// <summary>Gets how many cases with an outcome had the state (with a strength above 0).</summary>
    public required long Support { get; init; }

    /// <summary>Gets the standard error of the fitted weight (the prior included), or <see langword="null"/> for a weight that was not fitted.</summary>
    public double? StandardError { get; init; }

    /// <summary>Gets what became of the weight.</summary>
    public required FittedWeightStatus Status { get; init; }
}

namespace InterviewSignals.Taxonomy;

/// <summary>The weights of a signal in log-odds points, one per observed state.</summary>
/// <param name="Present">Added to the score when the sign was observed (scaled by strength).</param>
/// <param name="Absent">Added to the score when the sign was looked for and not observed.</param>
public sealed record SignalWeights(double Present, double Absent)
{
    /// <summary>Gets the weight for a state; <see cref="SignalState.Unknown"/> weighs nothing.</summary>
    /// <param name="state">The observed state.</param>
    /// <returns>The weight in log-odds points.</returns>
    public double For(SignalState state) => state switch
    {
        SignalState.Present => Present,
        SignalState.Absent => Absent,
        _ => 0d,
    };

    /// <summary>Gets the largest magnitude of the two weights: how much the signal can move a score.</summary>
    /// <value>The larger of |Present| and |Absent|.</value>
    public double Reach => System.Math.Max(System.Math.Abs(Present), System.Math.Abs(Absent));
}

namespace InterviewSignals.Outcomes;

/// <summary>How an <see cref="OutcomeCheck"/> computes its interval.</summary>
public sealed record OutcomeCheckOptions
{
    /// <summary>Gets the default options: 200 bootstrap replicates, seed 1.</summary>
    /// <value>A shared instance.</value>
    public static OutcomeCheckOptions Default { get; } = new();

    /// <summary>Gets how many times the cases are resampled for the AUC's 95% interval; 0 leaves the interval out.</summary>
    /// <value>200.</value>
    public int BootstrapReplicates { get; init; } = 200;

    /// <summary>Gets the seed of the resampling, so that the same cases give the same interval.</summary>
    /// <value>1.</value>
    public int Seed { get; init; } = 1;
}

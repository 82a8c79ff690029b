namespace InterviewSignals.Taxonomy;

/// <summary>The outlook thresholds that turn an index into a band.</summary>
/// <param name="EncouragingFrom">The outlook index at or above which the band is encouraging.</param>
/// <param name="ConcerningBelow">The outlook index below which the band is concerning.</param>
/// <param name="MinimumCoverage">The share of the set's weight that must be answered before any band but too-early is given.</param>
public sealed record OutlookBands(double EncouragingFrom = 0.6, double ConcerningBelow = 0.4, double MinimumCoverage = 0.15)
{
    /// <summary>Gets the default thresholds.</summary>
    /// <value>Encouraging from 0.6, concerning below 0.4, at least 15% of the weight answered.</value>
    public static OutlookBands Default { get; } = new();
}

using System;

namespace InterviewSignals.Taxonomy;

/// <summary>
/// A two-parameter recalibration of a set's outlook, fitted on outcomes (Platt's method): the outlook becomes
/// σ(<see cref="Intercept"/> + <see cref="Slope"/> × score), where the score is the sum of the contributions as before.
/// It records where it came from, because a calibration describes the cases it was fitted on and nothing else.
/// Individual weights are never refitted.
/// </summary>
public sealed record SetCalibration
{
    /// <summary>Gets the intercept, in log-odds points.</summary>
    public required double Intercept { get; init; }

    /// <summary>Gets the slope; always above 0, so that a higher score never means a lower outlook.</summary>
    public required double Slope { get; init; }

    /// <summary>Gets the number of cases it was fitted on.</summary>
    public required long Cases { get; init; }

    /// <summary>Gets how many of them led to an offer.</summary>
    public required long Offers { get; init; }

    /// <summary>Gets the description of the data, as the person who fitted it gave it ("our 2026 hires, engineering roles").</summary>
    public required string Description { get; init; }

    /// <summary>Gets when it was fitted.</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>Gets the measures of the outlook before calibration, on held-out folds; <see langword="null"/> when not recorded.</summary>
    public CalibrationMetrics? Before { get; init; }

    /// <summary>Gets the measures after calibration, on the same held-out folds (each fold calibrated by a fit that did not see it).</summary>
    public CalibrationMetrics? After { get; init; }
}

using System;
using System.Collections.Generic;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Serialization;

/// <summary>Options for reading signal sets from JSON.</summary>
public sealed record SignalSetJsonOptions
{
    /// <summary>Gets the default options: default limits, built-in sets resolvable by <c>extends</c>.</summary>
    /// <value>A shared instance.</value>
    public static SignalSetJsonOptions Default { get; } = new();

    /// <summary>Gets the limits applied while reading.</summary>
    /// <value><see cref="SignalSetLimits.Default"/>.</value>
    public SignalSetLimits Limits { get; init; } = SignalSetLimits.Default;

    /// <summary>Gets a function that finds a set by id for <c>extends</c>, tried after the documents being loaded together and before the built-in sets.</summary>
    /// <value><see langword="null"/> by default.</value>
    public Func<string, SignalSet?>? ResolveExtends { get; init; }

    /// <summary>Gets the host's written waivers for items keyed to protected characteristics, applied to every set loaded.</summary>
    /// <value>None.</value>
    public IReadOnlyList<ProtectedCharacteristicWaiver> ProtectedCharacteristicWaivers { get; init; } = Array.Empty<ProtectedCharacteristicWaiver>();
}

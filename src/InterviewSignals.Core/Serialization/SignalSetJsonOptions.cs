using System;
using System.Collections.Generic;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Serialization;

/// <summary>Options for reading signal sets from JSON.</summary>
public sealed record SignalSetJsonOptions
{
    /// <summary>Gets the default options: default limits and no resolver, so a set can extend only a set read in the same batch.</summary>
    /// <value>A shared instance.</value>
    public static SignalSetJsonOptions Default { get; } = new();

    /// <summary>Gets the limits applied while reading.</summary>
    /// <value><see cref="SignalSetLimits.Default"/>.</value>
    public SignalSetLimits Limits { get; init; } = SignalSetLimits.Default;

    /// <summary>
    /// Gets a function that finds a set by id for <c>extends</c>, tried after the documents being loaded together. The
    /// JSON reader knows no sets of its own: pass <c>BuiltInSignalSets.Find</c> (or use <c>BuiltInSignalSets.JsonOptions</c>)
    /// for the built-in sets, or a registry's lookup.
    /// </summary>
    /// <value><see langword="null"/> by default.</value>
    public Func<string, SignalSet?>? ResolveExtends { get; init; }

    /// <summary>Gets the host's written waivers for items keyed to protected characteristics, applied to every set loaded.</summary>
    /// <value>None.</value>
    public IReadOnlyList<ProtectedCharacteristicWaiver> ProtectedCharacteristicWaivers { get; init; } = Array.Empty<ProtectedCharacteristicWaiver>();
}

using InterviewSignals.Taxonomy;

namespace InterviewSignals.Observations;

/// <summary>An answer about one signal: its state and, for a present sign, how strongly it showed.</summary>
/// <param name="State">The state. Not answering is <see cref="SignalState.Unknown"/>, never absent.</param>
/// <param name="Strength">How strongly a present sign showed, from 0 to 1; 1 for absent.</param>
public readonly record struct SignalAnswer(SignalState State, double Strength = 1.0);

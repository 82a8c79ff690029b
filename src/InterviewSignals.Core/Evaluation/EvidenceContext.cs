using System;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Evaluation;

/// <summary>What an evidence provider sees.</summary>
/// <param name="Set">The set being evaluated.</param>
/// <param name="Observation">The observation being weighed.</param>
/// <param name="AsOf">The instant it is weighed as of.</param>
public sealed record EvidenceContext(SignalSet Set, Observation Observation, DateTimeOffset AsOf);

using System.Collections.Generic;
using System.Collections.ObjectModel;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Timelines;

/// <summary>
/// What a mapping made of a timeline: the observation to weigh, the provenance of each of its answers (naming the
/// events behind it, so that a nudge can say why), and the snapshot it was read from.
/// </summary>
public sealed class TimelineObservation
{
    internal TimelineObservation(Observation observation, Dictionary<string, AnswerProvenance> provenance, TimelineSnapshot timeline, SignalSetReference signalSet, string mapping)
    {
        Observation = observation;
        Provenance = new ReadOnlyDictionary<string, AnswerProvenance>(provenance);
        Timeline = timeline;
        SignalSet = signalSet;
        Mapping = mapping;
    }

    /// <summary>Gets the observation, weighed as of the snapshot's date.</summary>
    public Observation Observation { get; }

    /// <summary>Gets, by signal or fact id, why the mapping gave each answer.</summary>
    public IReadOnlyDictionary<string, AnswerProvenance> Provenance { get; }

    /// <summary>Gets the timeline as of the observation's date.</summary>
    public TimelineSnapshot Timeline { get; }

    /// <summary>Gets the set the observation is for.</summary>
    public SignalSetReference SignalSet { get; }

    /// <summary>Gets the name of the mapping that made it.</summary>
    public string Mapping { get; }
}

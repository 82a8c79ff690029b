using System;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Timelines;

/// <summary>
/// Turns an application's timeline, as of a date, into an observation for a signal set, each answer with the events
/// behind it. <see cref="TimelineMapping.InterviewOutlook"/> is built in; derive from <see cref="TimelineMapping"/> or
/// use <see cref="TimelineMapping.Create"/> for a set of your own. Implementations are pure and thread-safe.
/// </summary>
public interface ITimelineMapping
{
    /// <summary>Gets a name that identifies the mapping in results and errors.</summary>
    string Name { get; }

    /// <summary>Maps a timeline as of an instant.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="set">The set the observation is for.</param>
    /// <param name="asOf">The instant; events after it are left out and the observation is weighed as of it.</param>
    /// <returns>The observation and the provenance of each answer.</returns>
    TimelineObservation Map(ApplicationTimeline timeline, SignalSet set, DateTimeOffset asOf);
}

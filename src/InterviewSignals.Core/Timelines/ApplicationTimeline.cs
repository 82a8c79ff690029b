using System;
using System.Collections.Generic;
using InterviewSignals.Internal;

namespace InterviewSignals.Timelines;

/// <summary>
/// What happened to one application: its events, one per id, in time order. The same events give the same timeline
/// whatever order they arrive in and however often one repeats, because systems deliver webhooks out of order and
/// more than once. Should two different events share an id, the later one (in timeline order) is kept, so the choice
/// does not depend on arrival either. Immutable and thread-safe; <see cref="At"/> views it as of a date.
/// </summary>
public sealed class ApplicationTimeline
{
    private ApplicationTimeline(ApplicationEvent[] events) => Events = Array.AsReadOnly(events);

    /// <summary>Gets a timeline with no events.</summary>
    /// <value>A shared instance.</value>
    public static ApplicationTimeline Empty { get; } = new(Array.Empty<ApplicationEvent>());

    /// <summary>Gets the events, one per id, ordered by instant, then kind, then id.</summary>
    public IReadOnlyList<ApplicationEvent> Events { get; }

    /// <summary>Creates a timeline from events in any order, repeats included.</summary>
    /// <param name="events">The events.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentException">The sequence holds a null event.</exception>
    public static ApplicationTimeline Create(IEnumerable<ApplicationEvent> events)
    {
        var byId = new Dictionary<string, ApplicationEvent>(StringComparer.Ordinal);
        foreach (var e in Guard.NotNull(events))
        {
            if (e is null)
            {
                throw new ArgumentException(TimelineMessages.SequenceHoldsNullEvent(), nameof(events));
            }

            if (!byId.TryGetValue(e.Id, out var kept) || ApplicationEvent.Compare(e, kept) > 0)
            {
                byId[e.Id] = e;
            }
        }

        var sorted = new ApplicationEvent[byId.Count];
        byId.Values.CopyTo(sorted, 0);
        Array.Sort(sorted, ApplicationEvent.Compare);
        return new ApplicationTimeline(sorted);
    }

    /// <summary>Returns a timeline with more events added, under the same rules.</summary>
    /// <param name="events">The events to add.</param>
    /// <returns>The new timeline.</returns>
    public ApplicationTimeline With(IEnumerable<ApplicationEvent> events)
    {
        var all = new List<ApplicationEvent>(Events);
        all.AddRange(Guard.NotNull(events));
        return Create(all);
    }

    /// <summary>Views the timeline as of an instant: events after it are left out, and an interview whose end has passed counts as held.</summary>
    /// <param name="asOf">The instant.</param>
    /// <returns>The snapshot.</returns>
    public TimelineSnapshot At(DateTimeOffset asOf)
    {
        var count = 0;
        while (count < Events.Count && Events[count].OccurredAt <= asOf)
        {
            count++;
        }

        var upTo = new ApplicationEvent[count];
        for (var i = 0; i < count; i++)
        {
            upTo[i] = Events[i];
        }

        return new TimelineSnapshot(upTo, asOf);
    }
}

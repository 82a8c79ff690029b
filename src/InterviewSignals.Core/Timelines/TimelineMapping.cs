using System;
using InterviewSignals.Internal;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Timelines;

/// <summary>A base class for timeline mappings, with the built-in one for the outlook set and a factory for the one-lambda case.</summary>
public abstract class TimelineMapping : ITimelineMapping
{
    /// <summary>Initializes a new instance of the <see cref="TimelineMapping"/> class.</summary>
    /// <param name="name">The mapping's name.</param>
    protected TimelineMapping(string name) => Name = Guard.NotNullOrWhiteSpace(name);

    /// <summary>
    /// Gets the built-in mapping for the <c>interview-outlook</c> set and sets that extend it: from the last interview
    /// that took place, its date, length and interviewer count; whether anything reached the candidate since it ended
    /// (heard back); the days from it to a promised date (the employer's stated timeline); and a later stage or
    /// interview (invited to a further round). It answers nothing before the first interview, and proves no absence
    /// it cannot see: an invitation is only ever present.
    /// </summary>
    /// <value>A shared, stateless instance.</value>
    public static TimelineMapping InterviewOutlook { get; } = new OutlookTimelineMapping();

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>Creates a mapping from a delegate that answers from a snapshot.</summary>
    /// <param name="name">The mapping's name.</param>
    /// <param name="answer">Gives the answers, each with its provenance.</param>
    /// <returns>The mapping.</returns>
    public static ITimelineMapping Create(string name, Action<TimelineSnapshot, TimelineAnswers> answer)
        => new DelegateMapping(name, Guard.NotNull(answer));

    /// <summary>
    /// Finds the built-in mapping for a set: <see cref="InterviewOutlook"/> for any set that declares the outlook
    /// set's <c>interview-date</c> (a date) and <c>heard-back</c> (a boolean) facts, as the built-in set and every set
    /// that extends it do.
    /// </summary>
    /// <param name="set">The set.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ArgumentException">No built-in mapping fits the set; supply your own.</exception>
    public static ITimelineMapping For(SignalSet set)
        => OutlookTimelineMapping.Fits(Guard.NotNull(set)) ? InterviewOutlook : throw new ArgumentException(TimelineMessages.NoMappingFor(set.Id), nameof(set));

    /// <inheritdoc/>
    public TimelineObservation Map(ApplicationTimeline timeline, SignalSet set, DateTimeOffset asOf)
    {
        var snapshot = Guard.NotNull(timeline).At(asOf);
        var answers = new TimelineAnswers(Guard.NotNull(set), asOf);
        Answer(snapshot, answers);
        return answers.Build(Name, snapshot);
    }

    /// <summary>Gives the answers for a snapshot.</summary>
    /// <param name="snapshot">The timeline as of the observation's date.</param>
    /// <param name="answers">Receives the answers and their provenance.</param>
    protected abstract void Answer(TimelineSnapshot snapshot, TimelineAnswers answers);

    private sealed class DelegateMapping : TimelineMapping
    {
        private readonly Action<TimelineSnapshot, TimelineAnswers> _answer;

        public DelegateMapping(string name, Action<TimelineSnapshot, TimelineAnswers> answer)
            : base(name) => _answer = answer;

        protected override void Answer(TimelineSnapshot snapshot, TimelineAnswers answers) => _answer(snapshot, answers);
    }
}

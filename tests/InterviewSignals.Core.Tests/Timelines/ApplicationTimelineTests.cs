using CsCheck;
using InterviewSignals.Serialization;
using InterviewSignals.Timelines;
using static InterviewSignals.Tests.Timelines.TimelineExamples;

namespace InterviewSignals.Tests.Timelines;

public class ApplicationTimelineTests
{
    /// <summary>Two rounds, a moved second round, notes with a promise, an internal note, a rejection undone.</summary>
    private static readonly ApplicationEvent[] Story =
    {
        Applied(),
        ApplicationEvent.StageAdvanced("stage-screen", InterviewStart.AddDays(-5), new StageChange("Screen", "Applied", 1)),
        Invited(),
        Held(feedback: FeedbackState.Pending),
        PromisedFromNotes("notes-1", new DateTimeOffset(2026, 11, 6, 0, 0, 0, TimeSpan.Zero), "back to her by Friday"),
        Emailed("note-internal", InterviewEnd.AddDays(1), candidateFacing: false),
        ApplicationEvent.Rejected("rejected", InterviewEnd.AddDays(2)),
        ApplicationEvent.Reopened("reopened", InterviewEnd.AddDays(2).AddHours(1)),
        ApplicationEvent.StageAdvanced("stage-onsite", InterviewEnd.AddDays(3), new StageChange("Onsite", "Screen", 2)),
        Invited("int-2", InterviewStart.AddDays(9), minutes: 90, interviewers: 4),
        ApplicationEvent.InterviewScheduled("moved-int-2", InterviewEnd.AddDays(5), "int-2", new InterviewDetails(InterviewStart.AddDays(10), InterviewStart.AddDays(10).AddMinutes(90), 4)),
    };

    private static readonly DateTimeOffset Later = InterviewStart.AddDays(30);

    [Fact]
    public void Any_arrival_order_with_any_repeats_gives_the_same_timeline_observation_and_advice()
    {
        var reference = ApplicationTimeline.Create(Story);
        var expectedObservation = ObservationJson.ToJson(Map(reference, Later).Observation, indented: false);
        var expectedAdvice = InterviewSignalsJson.ToJson(Advise(reference, Later), indented: false);

        Gen.Select(Gen.Shuffle(Story), Gen.Int[0, Story.Length - 1].Array[0, Story.Length]).Sample(t =>
        {
            var (shuffled, repeats) = t;
            var arrived = shuffled.Concat(repeats.Select(i => Story[i])).ToArray();
            var timeline = ApplicationTimeline.Create(arrived);

            Assert.Equal(reference.Events, timeline.Events);
            var mapped = Map(timeline, Later);
            Assert.Equal(expectedObservation, ObservationJson.ToJson(mapped.Observation, indented: false));
            Assert.Equal(Map(reference, Later).Provenance, mapped.Provenance);
            Assert.Equal(expectedAdvice, InterviewSignalsJson.ToJson(Advise(timeline, Later), indented: false));
        });
    }

    [Fact]
    public void Events_are_kept_in_time_order_one_per_id()
    {
        var timeline = ApplicationTimeline.Create(Story.Reverse().Concat(Story));

        Assert.Equal(Story.Length, timeline.Events.Count);
        Assert.Equal(timeline.Events.OrderBy(e => e.OccurredAt).Select(e => e.Id), timeline.Events.Select(e => e.Id));
        Assert.Equal(timeline.Events, ApplicationTimeline.Empty.With(Story).With(Story).Events);
    }

    [Fact]
    public void Two_different_events_under_one_id_keep_the_later_whatever_the_order()
    {
        var first = ApplicationEvent.StageAdvanced("same", InterviewStart, new StageChange("Screen"));
        var second = ApplicationEvent.StageAdvanced("same", InterviewStart.AddHours(1), new StageChange("Onsite"));

        Assert.Equal(new[] { second }, ApplicationTimeline.Create(new[] { first, second }).Events);
        Assert.Equal(new[] { second }, ApplicationTimeline.Create(new[] { second, first }).Events);
    }

    [Fact]
    public void A_snapshot_leaves_out_what_happened_after_its_date()
    {
        var timeline = ApplicationTimeline.Create(Story);

        var snapshot = timeline.At(InterviewEnd.AddDays(2).AddMinutes(30));

        Assert.Equal("rejected", snapshot.Events[^1].Id);
        Assert.Equal(ApplicationStatus.Rejected, snapshot.Status);
        Assert.Equal(ApplicationStatus.Active, timeline.At(Later).Status);
    }

    [Fact]
    public void A_null_event_is_refused()
        => Assert.Throws<ArgumentException>(() => ApplicationTimeline.Create(new[] { Applied(), null! }));
}

using InterviewSignals.Timelines;
using static InterviewSignals.Tests.Timelines.TimelineExamples;

namespace InterviewSignals.Tests.Timelines;

public class TimelineSnapshotTests
{
    private static readonly DateTimeOffset Later = InterviewStart.AddDays(20);

    [Fact]
    public void The_last_decision_sets_the_status_until_one_is_undone_and_an_erasure_ends_everything()
    {
        var hired = ApplicationEvent.Hired("hired", InterviewEnd.AddDays(3));
        Assert.Equal(ApplicationStatus.Active, Interviewed().At(Later).Status);
        Assert.Null(Interviewed().At(Later).Decision);
        Assert.Equal(hired, Interviewed(hired).At(Later).Decision);
        Assert.Equal(ApplicationStatus.Hired, Interviewed(hired).At(Later).Status);
        Assert.Equal(ApplicationStatus.Active, Interviewed(hired, ApplicationEvent.Reopened("unhired", InterviewEnd.AddDays(4))).At(Later).Status);
        Assert.Equal(ApplicationStatus.Withdrawn, Interviewed(ApplicationEvent.Rejected("r", InterviewEnd.AddDays(1)), ApplicationEvent.Withdrawn("w", InterviewEnd.AddDays(2))).At(Later).Status);

        var erased = Interviewed(ApplicationEvent.Anonymised("anon", InterviewEnd.AddDays(1)), ApplicationEvent.Reopened("late", InterviewEnd.AddDays(2))).At(Later);
        Assert.Equal(ApplicationStatus.Erased, erased.Status);
        Assert.Equal("anon", erased.Decision!.Id);
    }

    [Fact]
    public void An_interview_takes_its_latest_times_and_latest_known_feedback_from_all_its_events()
    {
        var moved = ApplicationEvent.InterviewScheduled("moved", InterviewStart.AddDays(-1), "int-1", new InterviewDetails(InterviewStart.AddHours(3), InterviewStart.AddHours(4), 3));
        var timeline = ApplicationTimeline.Create(new[] { Invited(feedback: FeedbackState.Pending), moved });

        var interview = Assert.Single(timeline.At(Later).Interviews);

        Assert.Equal(InterviewStart.AddHours(3), interview.Start);
        Assert.Equal(3, interview.InterviewerCount);
        Assert.Equal(FeedbackState.Pending, interview.Feedback);
        Assert.Equal(new[] { "scheduled-int-1", "moved" }, interview.Events.Select(e => e.Id));
    }

    [Fact]
    public void An_interview_is_held_once_its_end_has_passed_or_it_is_marked_held_and_not_once_called_off()
    {
        var timeline = ApplicationTimeline.Create(new[] { Invited() });
        Assert.False(timeline.At(InterviewStart.AddMinutes(30)).Interviews[0].IsHeld);
        Assert.True(timeline.At(InterviewEnd).Interviews[0].IsHeld);
        Assert.True(timeline.With(new[] { Held() }).At(InterviewStart.AddMinutes(30).AddHours(2)).Interviews[0].IsHeld);

        var cancelled = timeline.With(new[] { ApplicationEvent.InterviewCancelled("off", InterviewStart.AddHours(-1), "int-1") }).At(Later);
        Assert.True(cancelled.Interviews[0].IsCancelled);
        Assert.Null(cancelled.LastHeldInterview);

        var again = ApplicationEvent.InterviewScheduled("again", InterviewStart, "int-1", new InterviewDetails(InterviewStart.AddDays(2), InterviewStart.AddDays(2).AddHours(1)));
        var revived = timeline.With(new[] { ApplicationEvent.InterviewCancelled("off", InterviewStart.AddHours(-1), "int-1"), again }).At(Later);
        Assert.False(revived.Interviews[0].IsCancelled);
        Assert.Equal(InterviewStart.AddDays(2), revived.LastHeldInterview!.Start);

        Assert.Empty(ApplicationTimeline.Create(new[] { ApplicationEvent.InterviewCancelled("off", InterviewStart, "int-9") }).At(Later).Interviews);
    }

    [Fact]
    public void Only_what_reached_the_candidate_counts_as_contact_and_a_later_interview_counts_whenever_it_was_sent()
    {
        // Both rounds were booked at once, before the first took place.
        var secondRound = ApplicationEvent.InterviewScheduled("round-2", InterviewStart.AddDays(-1), "int-2", new InterviewDetails(InterviewStart.AddDays(7), InterviewStart.AddDays(7).AddHours(1)));
        var timeline = Interviewed(
            Emailed("internal", InterviewEnd.AddDays(1), candidateFacing: false),
            Held(id: "marked-after"),
            secondRound);

        var contacts = timeline.At(InterviewStart.AddDays(5)).CandidateContactsSince(InterviewEnd);

        Assert.Equal(new[] { secondRound }, contacts);
        Assert.True(secondRound.OccurredAt < InterviewEnd);
        Assert.Empty(Interviewed(Emailed("internal", InterviewEnd.AddDays(1), candidateFacing: false)).At(Later).CandidateContactsSince(InterviewEnd));
        Assert.Single(Interviewed(ApplicationEvent.OfferExtended("offer", InterviewEnd.AddDays(4))).At(Later).CandidateContactsSince(InterviewEnd));
    }

    [Fact]
    public void The_last_contact_is_the_latest_of_a_contact_an_offer_an_invitation_or_an_interview_that_ended()
    {
        Assert.Equal(InterviewEnd, Interviewed(Emailed("internal", InterviewEnd.AddDays(1), candidateFacing: false)).At(Later).LastCandidateContact);
        Assert.Equal(InterviewEnd.AddDays(2), Interviewed(Emailed("mail", InterviewEnd.AddDays(2))).At(Later).LastCandidateContact);
        Assert.Equal(Later.AddDays(-1), ApplicationTimeline.Create(new[] { Invited(start: Later.AddDays(3)) }).At(Later).LastCandidateContact);
        Assert.Null(ApplicationTimeline.Create(new[] { Applied() }).At(Later).LastCandidateContact);
    }

    [Fact]
    public void A_stage_move_is_progress_unless_both_orders_are_known_and_it_goes_back_or_stays()
    {
        var timeline = ApplicationTimeline.Create(new[]
        {
            ApplicationEvent.StageAdvanced("onsite", InterviewStart.AddDays(1), new StageChange("Onsite", "Screen", 3)),
            ApplicationEvent.StageAdvanced("back", InterviewStart.AddDays(2), new StageChange("Screen", "Onsite", 2)),
            ApplicationEvent.StageAdvanced("unordered", InterviewStart.AddDays(3), new StageChange("stage-77", "stage-12")),
            ApplicationEvent.StageAdvanced("same", InterviewStart.AddDays(4), new StageChange("stage-77", "stage-77")),
            ApplicationEvent.StageAdvanced("final", InterviewStart.AddDays(5), new StageChange("Final", Order: 4)),
        });

        Assert.Equal(new[] { "onsite", "unordered", "final" }, timeline.At(Later).ProgressSince(InterviewStart).Select(e => e.Id));
        Assert.Equal(new[] { "final" }, timeline.At(Later).ProgressSince(InterviewStart.AddDays(4)).Select(e => e.Id));
    }
}

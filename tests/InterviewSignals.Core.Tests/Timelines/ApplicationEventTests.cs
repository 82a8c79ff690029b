using InterviewSignals.Timelines;

namespace InterviewSignals.Tests.Timelines;

public class ApplicationEventTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_kind_takes_exactly_the_details_its_factory_takes()
    {
        var extra = Assert.Throws<ArgumentException>(() => ApplicationEvent.Create("e", ApplicationEventKind.Hired, At, stage: new StageChange("Offer")));
        Assert.StartsWith("An event of kind Hired carries no stage.", extra.Message, StringComparison.Ordinal);
        Assert.Equal("stage", extra.ParamName);

        var missing = Assert.Throws<ArgumentException>(() => ApplicationEvent.Create("e", ApplicationEventKind.InterviewHeld, At, interviewId: "int-1"));
        Assert.StartsWith("An event of kind InterviewHeld needs its interview details.", missing.Message, StringComparison.Ordinal);

        var cancelled = ApplicationEvent.Create("e", ApplicationEventKind.InterviewCancelled, At, interviewId: "int-1");
        Assert.Equal(ApplicationEvent.InterviewCancelled("e", At, "int-1"), cancelled);
        Assert.Throws<ArgumentException>(() => ApplicationEvent.Create("e", ApplicationEventKind.InterviewCancelled, At, interviewId: "int-1", interview: new InterviewDetails(At, At)));
    }

    [Fact]
    public void An_interview_that_ends_before_it_starts_or_has_no_interviewers_is_refused_with_the_values()
    {
        var backwards = Assert.Throws<ArgumentException>(() => ApplicationEvent.InterviewScheduled("e", At, "int-1", new InterviewDetails(At, At.AddMinutes(-5))));
        Assert.StartsWith("The interview ends (2026-11-02T09:55:00.0000000+00:00) before it starts (2026-11-02T10:00:00.0000000+00:00).", backwards.Message, StringComparison.Ordinal);

        var nobody = Assert.Throws<ArgumentException>(() => ApplicationEvent.InterviewHeld("e", At, "int-1", new InterviewDetails(At, At.AddHours(1), InterviewerCount: 0)));
        Assert.StartsWith("An interview has at least 1 interviewer; the count given is 0.", nobody.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => ApplicationEvent.StageAdvanced("e", At, new StageChange(" ")));
        Assert.Throws<ArgumentException>(() => ApplicationEvent.Hired(" ", At));
    }

    [Fact]
    public void Events_are_equal_when_every_part_is_and_differ_when_any_detail_does()
    {
        ApplicationEvent Make(FeedbackState feedback, int count = 2) => ApplicationEvent.InterviewHeld("e", At, "int-1", new InterviewDetails(At, At.AddHours(1), count, feedback));

        Assert.Equal(Make(FeedbackState.Pending), Make(FeedbackState.Pending));
        Assert.Equal(Make(FeedbackState.Pending).GetHashCode(), Make(FeedbackState.Pending).GetHashCode());
        Assert.NotEqual(Make(FeedbackState.Pending), Make(FeedbackState.Submitted));
        Assert.NotEqual(Make(FeedbackState.Pending), Make(FeedbackState.Pending, count: 3));
        Assert.NotEqual(ApplicationEvent.StageAdvanced("e", At, new StageChange("b", From: null)), ApplicationEvent.StageAdvanced("e", At, new StageChange("b", From: string.Empty)));
        Assert.NotEqual(ApplicationEvent.Hired("e", At), ApplicationEvent.Rejected("e", At));
    }

    [Theory]
    [InlineData(ApplicationEventKind.Hired, true)]
    [InlineData(ApplicationEventKind.Rejected, true)]
    [InlineData(ApplicationEventKind.Archived, true)]
    [InlineData(ApplicationEventKind.Withdrawn, true)]
    [InlineData(ApplicationEventKind.OfferExtended, false)]
    [InlineData(ApplicationEventKind.Reopened, false)]
    [InlineData(ApplicationEventKind.Deleted, false)]
    [InlineData(ApplicationEventKind.Applied, false)]
    public void Only_hire_rejection_archive_and_withdrawal_are_decisions(ApplicationEventKind kind, bool decision)
        => Assert.Equal(decision, ApplicationEvent.Create("e", kind, At).IsDecision);
}

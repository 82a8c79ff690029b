using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;

namespace InterviewSignals.Tests.Evaluation;

/// <summary>No word before the employer's own timeline is not a negative; after it, silence weighs in over a week.</summary>
public class SilenceTests
{
    private static readonly IInterviewEvaluator Outlook = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook);
    private static readonly DateTimeOffset Interview = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private static Assessment Silent(double daysLater, int? timeline, string size = "medium")
    {
        var b = Observation.CreateBuilder()
            .Fact("interview-date", Interview).Fact("heard-back", false).Fact("company-size", size)
            .Absent("next-steps-explained").Present("salary-discussed").Present("detailed-job-description")
            .AsOf(Interview.AddDays(daysLater));
        if (timeline is int t)
        {
            b.Fact("employer-timeline-days", t);
        }

        return Outlook.Assess(b.Build());
    }

    private static double? Silence(Assessment a) => a.Contributions.SingleOrDefault(c => c.SignalId == "no-word-since-interview")?.Value;

    [Fact]
    public void Before_the_stated_timeline_silence_is_not_counted_and_it_is_too_early_to_tell()
    {
        var a = Silent(5, timeline: 10);

        Assert.Null(Silence(a));
        Assert.Equal(OutlookBand.TooEarlyToTell, a.Band);
        Assert.Equal(TooEarlyReason.TimelineNotPassed, a.TooEarlyReason);
        Assert.Equal(Interview.AddDays(10), a.RecheckOn);
    }

    [Fact]
    public void After_the_stated_timeline_silence_ramps_in_over_a_week()
    {
        var halfway = Silent(13.5, timeline: 10);
        Assert.Equal(-0.72 * 0.5, Silence(halfway)!.Value, 12);
        Assert.Equal(0.5, halfway.Contributions.Single(c => c.SignalId == "no-word-since-interview").Strength, 12);
        Assert.Equal("silence-after-stated-timeline", halfway.Contributions.Single(c => c.SignalId == "no-word-since-interview").SourceId);
        Assert.NotEqual(OutlookBand.TooEarlyToTell, halfway.Band);
        Assert.Equal(Interview.AddDays(17), halfway.RecheckOn);

        Assert.Equal(-0.72, Silence(Silent(30, timeline: 10))!.Value, 12);
    }

    [Theory]
    [InlineData(6, null)]
    [InlineData(10.5, 0.5)]
    [InlineData(14, 1.0)]
    [InlineData(40, 1.0)]
    public void Without_a_timeline_silence_counts_from_day_7_and_fully_at_day_14(double days, double? strength)
    {
        var a = Silent(days, timeline: null);
        Assert.Equal(strength is null ? null : -0.72 * strength, Silence(a));
    }

    [Fact]
    public void Without_a_timeline_the_recheck_date_is_the_next_ramp_point()
    {
        Assert.Equal(Interview.AddDays(7), Silent(3, null).RecheckOn);
        Assert.Equal(Interview.AddDays(14), Silent(10, null).RecheckOn);
        Assert.Null(Silent(20, null).RecheckOn);
    }

    [Fact]
    public void Hearing_back_ends_the_silence()
    {
        var a = Outlook.Assess(Observation.CreateBuilder().Fact("interview-date", Interview).Fact("heard-back", true).AsOf(Interview.AddDays(30)).Build());
        Assert.Null(Silence(a));
    }

    [Fact]
    public void At_a_startup_silence_counts_less()
    {
        Assert.Equal(-0.72 * 0.6, Silence(Silent(30, null, "startup"))!.Value, 12);
    }
}

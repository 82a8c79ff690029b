using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Evaluation;

/// <summary>The context caveats of the outlook set, checked against the weights they scale.</summary>
public class OutlookModifierTests
{
    private static readonly IInterviewEvaluator Outlook = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook);

    private static Contribution ContributionOf(Assessment a, string signal) => a.Contributions.Single(c => c.SignalId == signal);

    [Fact]
    public void With_several_interviewers_a_long_interview_counts_less()
    {
        Assessment With(int interviewers) => Outlook.Assess(Observation.CreateBuilder().Fact("interview-length-minutes", 60).Fact("interviewer-count", interviewers).AsOf(TestSets.Monday).Build());

        var panel = ContributionOf(With(3), "interview-over-30-minutes");
        var single = ContributionOf(With(1), "interview-over-30-minutes");

        Assert.Equal(0.36 * 0.5, panel.Value, 12);
        Assert.Equal(0.36 * 1.3, single.Value, 12);
        Assert.Equal("several-interviewers", Assert.Single(panel.Modifiers).ModifierId);
    }

    [Fact]
    public void At_a_large_corporation_a_flat_reserved_interview_counts_less_against()
    {
        Assessment At(string size) => Outlook.Assess(Observation.CreateBuilder().Present("interviewer-seemed-disinterested").Absent("comfortable-atmosphere").Fact("company-size", size).AsOf(TestSets.Monday).Build());

        var large = At("large");
        var medium = At("medium");

        Assert.Equal(ContributionOf(medium, "interviewer-seemed-disinterested").Value * 0.5, ContributionOf(large, "interviewer-seemed-disinterested").Value, 12);
        Assert.Equal(ContributionOf(medium, "comfortable-atmosphere").Value * 0.5, ContributionOf(large, "comfortable-atmosphere").Value, 12);
        Assert.True(large.Score > medium.Score);
        var caveats = Explain.Of(large).Caveats.Select(c => c.Code);
        Assert.Contains("modifiers.interview-outlook.large-corporation.caveat", caveats);
    }

    [Fact]
    public void A_large_corporation_does_not_discount_positive_rapport()
    {
        Assessment At(string size) => Outlook.Assess(Observation.CreateBuilder().Present("interviewer-smiled").Fact("company-size", size).AsOf(TestSets.Monday).Build());
        Assert.Equal(ContributionOf(At("medium"), "interviewer-smiled").Value, ContributionOf(At("large"), "interviewer-smiled").Value);
    }

    [Fact]
    public void A_self_doubting_candidate_s_negative_impressions_count_less_and_a_caveat_says_why()
    {
        Assessment With(bool doubts) => Outlook.Assess(Observation.CreateBuilder().Present("you-think-you-blew-it").Present("nervous-or-unprepared").Fact("candidate-self-doubts", doubts).AsOf(TestSets.Monday).Build());

        var doubter = With(true);
        var other = With(false);

        Assert.Equal(ContributionOf(other, "you-think-you-blew-it").Value * 0.5, ContributionOf(doubter, "you-think-you-blew-it").Value, 12);
        Assert.Equal(ContributionOf(other, "nervous-or-unprepared").Value * 0.5, ContributionOf(doubter, "nervous-or-unprepared").Value, 12);
        var caveat = Explain.Of(doubter).Caveats[0];
        Assert.Equal("modifiers.interview-outlook.self-doubting-candidate.caveat", caveat.Code);
        Assert.Contains("doubt yourself", caveat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reserved_interviewer_discounts_coolness_and_a_warm_one_discounts_warmth()
    {
        Assessment With(string manner) => Outlook.Assess(Observation.CreateBuilder().Present("interviewer-smiled").Present("interviewer-negative-body-language").Fact("interviewer-manner", manner).AsOf(TestSets.Monday).Build());

        var typical = With("typical");
        var reserved = With("reserved");
        var warm = With("especially-warm");

        Assert.Equal(ContributionOf(typical, "interviewer-negative-body-language").Value * 0.5, ContributionOf(reserved, "interviewer-negative-body-language").Value, 12);
        Assert.Equal(ContributionOf(typical, "interviewer-smiled").Value, ContributionOf(reserved, "interviewer-smiled").Value);
        Assert.Equal(ContributionOf(typical, "interviewer-smiled").Value * 0.5, ContributionOf(warm, "interviewer-smiled").Value, 12);
    }
}

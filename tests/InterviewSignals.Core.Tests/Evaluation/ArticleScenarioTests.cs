using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Observations;

using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Evaluation;

/// <summary>For each source article, an interview told the way the article tells it, with the band and the top reasons it implies.</summary>
public class ArticleScenarioTests
{
    private static readonly DateTimeOffset Interview = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly IInterviewEvaluator Outlook = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook);
    private static readonly IInterviewEvaluator Review = InterviewEvaluator.Create(BuiltInSignalSets.RejectionReview);

    private static IReadOnlyList<string> Top(IEnumerable<ExplanationReason> reasons, int n) => reasons.Take(n).Select(r => r.SignalId).ToList();

    [Fact]
    public void Signs_you_did_not_get_the_job_no_next_steps_no_follow_up_questions_thin_answers_and_a_perfunctory_description()
    {
        var a = Outlook.Assess(Observation.CreateBuilder()
            .Absent("next-steps-explained").Absent("clarifying-questions-asked").Absent("full-answers-to-your-questions").Absent("detailed-job-description")
            .Present("asked-prepared-questions")
            .AsOf(Interview.AddDays(1)).Build());
        var e = Explain.Of(a);

        Assert.Equal(OutlookBand.Concerning, a.Band);
        Assert.Equal(new[] { "next-steps-explained", "clarifying-questions-asked", "full-answers-to-your-questions" }, Top(e.ReasonsAgainst, 3));
        Assert.Contains("advice.keep-searching", e.Advice.Select(x => x.Code));
    }

    [Fact]
    public void My_interview_went_well_but_I_did_not_get_the_job_separates_what_to_work_on_from_what_was_never_yours()
    {
        var a = Review.Assess(Observation.CreateBuilder()
            .Present("misread-the-room").Present("no-close-or-follow-up").Present("weak-references")
            .Present("candidate-already-in-mind").Present("job-disappeared")
            .Absent("social-media-mismatch")
            .Build());
        var e = Explain.Of(a);

        Assert.Equal(OutlookBand.Mixed, a.Band);
        Assert.Equal(new[] { "misread-the-room", "no-close-or-follow-up", "weak-references" }, Top(e.ReasonsFor, 3));
        Assert.Equal(new[] { "candidate-already-in-mind", "job-disappeared" }, Top(e.ReasonsAgainst, 2));
        Assert.Equal("What you can work on", e.Headings["reasonsFor"]);
        Assert.Equal("What was never yours to control", e.Headings["reasonsAgainst"]);
        Assert.Equal("headline.rejection-review.mixed", e.Headline.Code);
        Assert.Contains(e.NotAboutYou, i => i.Code == "signals.rejection-review.candidate-already-in-mind.title");
        Assert.Contains(e.Advice, i => i.Code == "signals.rejection-review.misread-the-room.advice.present");
    }

    [Fact]
    public void Passed_or_failed_the_positive_signs_point_the_right_way()
    {
        var a = Outlook.Assess(Observation.CreateBuilder()
            .Present("comfortable-atmosphere").Present("interviewer-smiled").Present("positive-feedback").Present("detailed-job-description")
            .Present("company-culture-discussed").Present("talked-about-your-future")
            .AsOf(Interview.AddDays(1)).Build());
        var e = Explain.Of(a);

        Assert.Equal(OutlookBand.Encouraging, a.Band);
        Assert.Equal(new[] { "positive-feedback", "talked-about-your-future", "detailed-job-description" }, Top(e.ReasonsFor, 3));
        Assert.Empty(e.ReasonsAgainst);
    }

    [Fact]
    public void Passed_or_failed_no_instructions_a_flat_interview_vague_details_and_two_weeks_of_silence()
    {
        var a = Outlook.Assess(Observation.CreateBuilder()
            .Absent("next-steps-explained").Present("interviewer-seemed-disinterested").Absent("detailed-job-description").Absent("company-culture-discussed")
            .Fact("interview-date", Interview).Fact("heard-back", false)
            .AsOf(Interview.AddDays(15)).Build());
        var e = Explain.Of(a);

        Assert.Equal(OutlookBand.Concerning, a.Band);
        Assert.Equal(new[] { "next-steps-explained", "detailed-job-description", "no-word-since-interview" }, Top(e.ReasonsAgainst, 3));
    }

    [Fact]
    public void Why_no_offer_the_start_up_that_said_a_couple_of_days_is_too_early_to_tell_until_those_days_pass()
    {
        // A two-hour call with one VP who set a second problem, praised the answers, said they hire smart people
        // "because its a start up" and would "get back to me in the next couple of days".
        Observation On(double day) => Observation.CreateBuilder()
            .Fact("interview-length-minutes", 120).Fact("interviewer-count", 1).Fact("company-size", "startup")
            .Fact("interview-date", Interview).Fact("employer-timeline-days", 2).Fact("heard-back", false)
            .Present("positive-feedback").Present("sold-you-the-job").Present("next-steps-explained")
            .AsOf(Interview.AddDays(day)).Build();

        var early = Outlook.Assess(On(1));
        Assert.Equal(OutlookBand.TooEarlyToTell, early.Band);
        Assert.Equal(Interview.AddDays(2), early.RecheckOn);
        Assert.Equal(OutlookBand.Encouraging, early.IndexBand);

        var later = Outlook.Assess(On(12));
        Assert.NotEqual(OutlookBand.TooEarlyToTell, later.Band);
        var silence = later.Contributions.Single(c => c.SignalId == "no-word-since-interview");
        Assert.Equal("startup-timing", Assert.Single(silence.Modifiers).ModifierId);
        Assert.Contains("modifiers.interview-outlook.startup-timing.caveat", Explain.Of(later).Caveats.Select(c => c.Code));
    }

    [Fact]
    public void Why_no_offer_things_that_turn_an_interview_cold_are_yours_to_work_on()
    {
        var a = Review.Assess(Observation.CreateBuilder().Present("low-energy-or-vague").Present("late-or-dress").Present("no-chemistry").Build());
        var e = Explain.Of(a);

        Assert.Equal(new[] { "low-energy-or-vague", "late-or-dress" }, Top(e.ReasonsFor, 2));
        Assert.Equal(new[] { "no-chemistry" }, Top(e.ReasonsAgainst, 1));
        Assert.All(e.ReasonsFor, r => Assert.True(BuiltInSignalSets.RejectionReview.Signals.Single(s => s.Id == r.SignalId).WithinCandidateControl));
    }

    [Fact]
    public void Signs_your_interview_went_well_a_second_interview_invitation_is_the_best_sign()
    {
        var a = Outlook.Assess(Observation.CreateBuilder()
            .Present("invited-to-next-round").Present("asked-when-you-could-start").Present("salary-discussed").Present("introduced-to-staff").Present("contact-details-shared")
            .Fact("interview-date", Interview).Fact("heard-back", true)
            .AsOf(Interview.AddDays(4)).Build());
        var e = Explain.Of(a);

        Assert.Equal(OutlookBand.Encouraging, a.Band);
        Assert.Equal("invited-to-next-round", e.ReasonsFor[0].SignalId);
        Assert.Contains(e.Advice, i => i.Code == "signals.interview-outlook.invited-to-next-round.advice.present");
    }
}

using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;
using InterviewSignals.Timelines;
using static InterviewSignals.Tests.Timelines.TimelineExamples;

namespace InterviewSignals.Tests.Timelines;

public class TimelineMappingTests
{
    private static readonly DateTimeOffset TwoWeeksOn = InterviewEnd.AddDays(14);

    [Fact]
    public void The_last_interview_gives_its_date_length_and_interviewers_with_the_events_behind_them()
    {
        var mapped = Map(Interviewed(), TwoWeeksOn);

        var facts = mapped.Observation.Facts;
        Assert.Equal(InterviewStart, facts["interview-date"].Date);
        Assert.Equal(45, facts["interview-length-minutes"].Number);
        Assert.Equal(2, facts["interviewer-count"].Number);
        Assert.Equal(TwoWeeksOn, mapped.Observation.AsOf);
        Assert.Equal(new AnswerProvenance(TimelineBasis.LastHeldInterview, new[] { "scheduled-int-1", "held-int-1" }, InterviewStart), mapped.Provenance["interview-date"]);
        Assert.Equal("interview-outlook", mapped.Mapping);
    }

    [Fact]
    public void Silence_since_the_interview_is_not_having_heard_back_counted_from_the_end_of_the_interview()
    {
        var silent = Map(Interviewed(Emailed("internal", InterviewEnd.AddDays(1), candidateFacing: false)), TwoWeeksOn);
        Assert.False(silent.Observation.Facts["heard-back"].Boolean);
        Assert.Equal(new AnswerProvenance(TimelineBasis.NoCandidateContactSinceInterview, new[] { "scheduled-int-1", "held-int-1" }, InterviewEnd), silent.Provenance["heard-back"]);

        var answered = Map(Interviewed(Emailed("thanks", InterviewEnd.AddDays(3))), TwoWeeksOn);
        Assert.True(answered.Observation.Facts["heard-back"].Boolean);
        Assert.Equal(new AnswerProvenance(TimelineBasis.CandidateContactSinceInterview, new[] { "thanks" }, InterviewEnd.AddDays(3)), answered.Provenance["heard-back"]);
    }

    [Fact]
    public void Fourteen_silent_days_weigh_as_no_word_and_one_does_not()
    {
        Assert.Contains(Outlook.Assess(Map(Interviewed(), TwoWeeksOn).Observation).Contributions, c => c.SignalId == "no-word-since-interview" && c.Strength == 1);
        Assert.DoesNotContain(Outlook.Assess(Map(Interviewed(), InterviewEnd.AddDays(1)).Observation).Contributions, c => c.SignalId == "no-word-since-interview");
    }

    [Fact]
    public void A_promise_becomes_the_employers_timeline_in_days_from_the_interview_with_the_words_of_the_notes()
    {
        var friday = new DateTimeOffset(2026, 11, 6, 0, 0, 0, TimeSpan.Zero);
        var mapped = Map(Interviewed(PromisedFromNotes("notes-1", friday, "back to her by Friday")), TwoWeeksOn);

        Assert.Equal(4, mapped.Observation.Facts["employer-timeline-days"].Number);
        Assert.Equal(new AnswerProvenance(TimelineBasis.PromiseFromNotes, new[] { "notes-1" }, friday, "back to her by Friday"), mapped.Provenance["employer-timeline-days"]);

        var field = ApplicationEvent.PromiseRecorded("field", InterviewEnd, new RecordedPromise(friday, PromiseSource.Field));
        Assert.Equal(TimelineBasis.Promise, Map(Interviewed(field), TwoWeeksOn).Provenance["employer-timeline-days"].Basis);
    }

    [Fact]
    public void A_promise_for_a_day_before_the_last_interview_belonged_to_an_earlier_round()
    {
        var stale = ApplicationEvent.PromiseRecorded("old", InterviewStart.AddDays(-9), new RecordedPromise(InterviewStart.AddDays(-2), PromiseSource.Field));

        Assert.False(Map(Interviewed(stale), TwoWeeksOn).Observation.Facts.ContainsKey("employer-timeline-days"));
    }

    [Fact]
    public void A_later_stage_or_a_later_interview_is_an_invitation_to_a_further_round_and_nothing_is_not_an_absence()
    {
        var onsite = ApplicationEvent.StageAdvanced("onsite", InterviewEnd.AddDays(2), new StageChange("Onsite"));
        var mapped = Map(Interviewed(onsite, Invited("int-2", InterviewStart.AddDays(16))), TwoWeeksOn);

        Assert.Equal(SignalState.Present, mapped.Observation.Signals["invited-to-next-round"].State);
        Assert.Equal(new[] { "onsite", "scheduled-int-2" }, mapped.Provenance["invited-to-next-round"].EventIds);
        Assert.False(Map(Interviewed(), TwoWeeksOn).Observation.Signals.ContainsKey("invited-to-next-round"));
    }

    [Fact]
    public void Before_the_first_interview_nothing_is_answered()
    {
        var mapped = Map(ApplicationTimeline.Create(new[] { Applied(), Invited(start: TwoWeeksOn.AddDays(2)) }), TwoWeeksOn);

        Assert.Empty(mapped.Observation.Facts);
        Assert.Empty(mapped.Observation.Signals);
        Assert.Empty(mapped.Provenance);
        Assert.Equal(TwoWeeksOn, mapped.Observation.AsOf);
    }

    [Fact]
    public void An_assessment_day_longer_than_the_set_allows_is_kept_within_its_bounds()
    {
        var mapped = Map(ApplicationTimeline.Create(new[] { Invited(minutes: 11 * 60) }), TwoWeeksOn);

        Assert.Equal(600, mapped.Observation.Facts["interview-length-minutes"].Number);
        Outlook.Assess(mapped.Observation);
    }

    [Fact]
    public void The_built_in_mapping_fits_the_outlook_set_and_sets_that_extend_it_and_refuses_others()
    {
        var extended = SignalSet.CreateBuilder("our-process", "1.0.0").Extend(BuiltInSignalSets.InterviewOutlook).Build();
        Assert.Same(TimelineMapping.InterviewOutlook, TimelineMapping.For(BuiltInSignalSets.InterviewOutlook));
        Assert.Same(TimelineMapping.InterviewOutlook, TimelineMapping.For(extended));

        var error = Assert.Throws<ArgumentException>(() => TimelineMapping.For(BuiltInSignalSets.RejectionReview));
        Assert.StartsWith("No built-in timeline mapping fits the set 'rejection-review': the built-in one is for 'interview-outlook' and sets that extend it. Supply your own with TimelineMapping.Create or a TimelineMapping subclass.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_maps_a_set_of_its_own_with_a_lambda_and_its_answers_keep_their_provenance()
    {
        var set = TestSets.Builder("offer-watch").AddSignal(TestSets.Signal("offer-sent", 2.0, 0)).Build();
        var mapping = TimelineMapping.Create("offer-watch", (snapshot, answers) =>
        {
            var offers = snapshot.Events.Where(e => e.Kind == ApplicationEventKind.OfferExtended).ToList();
            if (offers.Count > 0)
            {
                answers.Signal("offer-sent", SignalState.Present, TimelineAnswers.Because("offer", offers));
            }
        });

        var mapped = mapping.Map(Interviewed(ApplicationEvent.OfferExtended("offer-1", InterviewEnd.AddDays(3))), set, TwoWeeksOn);

        Assert.Equal(SignalState.Present, mapped.Observation.Signals["offer-sent"].State);
        Assert.Equal(new[] { "offer-1" }, mapped.Provenance["offer-sent"].EventIds);
        Assert.Equal("offer-watch", mapped.Mapping);
        Assert.Equal(2.0, InterviewEvaluator.Create(set).Assess(mapped.Observation).Contributions.Single().Value);

        var wrong = TimelineMapping.Create("wrong", (_, answers) => answers.Fact("salary", FactValue.FromNumber(1), TimelineAnswers.Because("x", Array.Empty<ApplicationEvent>())));
        var error = Assert.Throws<ArgumentException>(() => wrong.Map(Interviewed(), set, TwoWeeksOn));
        Assert.StartsWith("The mapping answered fact 'salary', which the set 'offer-watch' does not declare.", error.Message, StringComparison.Ordinal);
    }
}

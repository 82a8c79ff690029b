using InterviewSignals.BuiltIn;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;
using InterviewSignals.Texts;
using InterviewSignals.Timelines;
using static InterviewSignals.Tests.Timelines.TimelineExamples;

namespace InterviewSignals.Tests.Timelines;

public class NudgeAdvisorTests
{
    private static readonly DateTimeOffset TwoWeeksOn = InterviewEnd.AddDays(14);
    private static readonly DateTimeOffset Friday = new(2026, 11, 6, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_candidate_interviewed_fourteen_days_ago_with_no_contact_since_is_nudged_with_the_events_behind_it()
    {
        var advice = Advise(Interviewed(Emailed("internal", InterviewEnd.AddDays(1), candidateFacing: false)), TwoWeeksOn);

        Assert.True(advice.ActNow);
        var nudge = Assert.Single(advice.Nudges);
        Assert.Equal(NudgeReason.Silence, nudge.Reason);
        Assert.Equal(14, nudge.DaysWaited);
        Assert.Equal(InterviewEnd, nudge.WaitingSince);
        Assert.Equal("Nobody has been in touch with the candidate for 14 days, since the interview of 2026-11-02. They may read the silence as a rejection: write to them, even if there is no decision yet.", nudge.Text.Text);
        Assert.Equal(new[] { "The last interview took place on 2026-11-02.", "Nothing that reached the candidate is recorded since that interview ended on 2026-11-02." }, nudge.Because.Select(b => b.Text));
        Assert.Equal("scheduled-int-1, held-int-1", nudge.Because[0].Arguments["events"]);
        Assert.Equal(new[] { "scheduled-int-1", "held-int-1" }, nudge.EventIds);
        Assert.Equal(14, advice.DaysSinceCandidateContact);
    }

    [Fact]
    public void A_candidate_interviewed_yesterday_is_not_nudged()
    {
        var advice = Advise(Interviewed(), InterviewEnd.AddDays(1));

        Assert.False(advice.ActNow);
        Assert.Empty(advice.Nudges);
        Assert.Equal(ApplicationStatus.Active, advice.Status);
    }

    [Fact]
    public void Word_to_the_candidate_since_the_interview_ends_the_silence()
        => Assert.Empty(Advise(Interviewed(Emailed("update", InterviewEnd.AddDays(6))), TwoWeeksOn).Nudges);

    [Theory]
    [InlineData(ApplicationEventKind.Hired, ApplicationStatus.Hired)]
    [InlineData(ApplicationEventKind.Rejected, ApplicationStatus.Rejected)]
    [InlineData(ApplicationEventKind.Archived, ApplicationStatus.Archived)]
    [InlineData(ApplicationEventKind.Withdrawn, ApplicationStatus.Withdrawn)]
    [InlineData(ApplicationEventKind.Deleted, ApplicationStatus.Erased)]
    public void A_decision_clears_every_nudge(ApplicationEventKind decision, ApplicationStatus status)
    {
        var open = Interviewed(PromisedFromNotes("notes-1", Friday, "back to her by Friday"), Held(feedback: FeedbackState.Pending, id: "feedback-asked"));
        Assert.Equal(3, Advise(open, TwoWeeksOn).Nudges.Count);

        var decided = Advise(open.With(new[] { ApplicationEvent.Create("decided", decision, InterviewEnd.AddDays(10)) }), TwoWeeksOn);

        Assert.Equal(status, decided.Status);
        Assert.False(decided.ActNow);
    }

    [Fact]
    public void Undoing_a_decision_brings_the_nudge_back()
    {
        var timeline = Interviewed(ApplicationEvent.Hired("hired", InterviewEnd.AddDays(3)), ApplicationEvent.Reopened("unhired", InterviewEnd.AddDays(4)));

        Assert.Equal(NudgeReason.Silence, Assert.Single(Advise(timeline, TwoWeeksOn).Nudges).Reason);
    }

    [Fact]
    public void A_promised_day_that_passed_without_a_word_is_nudged_and_quotes_the_notes()
    {
        var advice = Advise(Interviewed(PromisedFromNotes("notes-1", Friday, "back to her by Friday")), TwoWeeksOn);

        Assert.Equal(new[] { NudgeReason.Silence, NudgeReason.PromisePassed }, advice.Nudges.Select(n => n.Reason));
        var promise = advice.Nudges[1];
        Assert.Equal(10, promise.DaysWaited);
        Assert.Equal("The candidate was told they would hear by 2026-11-06. That day passed 10 days ago and nobody has written to them since.", promise.Text.Text);
        Assert.Equal(new[] { "The candidate was promised an answer by 2026-11-06; the notes say “back to her by Friday”.", "Nothing that reached the candidate is recorded since the promise was made on 2026-11-02." }, promise.Because.Select(b => b.Text));
        Assert.Contains("The candidate was promised an answer by 2026-11-06; the notes say “back to her by Friday”.", advice.Nudges[0].Because.Select(b => b.Text));
        Assert.Equal(new[] { "notes-1" }, promise.EventIds);
    }

    [Fact]
    public void A_promise_is_not_nudged_on_its_own_day_nor_once_the_candidate_has_heard()
    {
        var promised = Interviewed(PromisedFromNotes("notes-1", Friday, "back to her by Friday"));

        Assert.DoesNotContain(Advise(promised, Friday.AddHours(23)).Nudges, n => n.Reason == NudgeReason.PromisePassed);
        Assert.Single(Advise(promised, Friday.AddDays(1)).Nudges, n => n.Reason == NudgeReason.PromisePassed);
        Assert.Empty(Advise(promised.With(new[] { Emailed("still-deciding", Friday.AddHours(12)) }), TwoWeeksOn).Nudges);
    }

    [Fact]
    public void Feedback_still_pending_two_days_after_the_interview_is_nudged_and_not_before_nor_once_it_is_in()
    {
        var pending = Interviewed(Held(feedback: FeedbackState.Pending, id: "feedback-asked"));

        Assert.Empty(Advise(pending, InterviewEnd.AddDays(1)).Nudges);
        var nudge = Assert.Single(Advise(pending, InterviewEnd.AddDays(2)).Nudges);
        Assert.Equal(NudgeReason.FeedbackMissing, nudge.Reason);
        Assert.Equal("Feedback on the interview of 2026-11-02 is still missing after 2 days. Ask the interviewers for it, so the candidate is not kept waiting on it.", nudge.Text.Text);
        Assert.Equal(new[] { "Feedback on the interview of 2026-11-02 is marked as pending." }, nudge.Because.Select(b => b.Text));

        var submitted = ApplicationEvent.InterviewHeld("scored", InterviewEnd.AddDays(1), "int-1", new InterviewDetails(InterviewStart, InterviewEnd, 2, FeedbackState.Submitted));
        Assert.Empty(Advise(pending.With(new[] { submitted }), InterviewEnd.AddDays(2)).Nudges);
        Assert.Single(Advise(pending, InterviewEnd.AddDays(1), advisor: new NudgeAdvisor(new NudgeOptions { FeedbackDueAfter = TimeSpan.FromHours(12) })).Nudges);
    }

    [Fact]
    public void Nudges_are_worded_in_Spanish_from_the_catalogue()
    {
        var advice = Advise(Interviewed(PromisedFromNotes("notes-1", Friday, "le diremos algo el viernes")), Friday.AddDays(1), "es-MX");

        Assert.Equal("es", advice.Language);
        var nudge = advice.Nudges.Single(n => n.Reason == NudgeReason.PromisePassed);
        Assert.Equal("A la persona candidata se le dijo que tendría noticias el 2026-11-06 a más tardar. Ese día pasó hace 1 día y nadie le ha escrito desde entonces.", nudge.Text.Text);
        Assert.Equal("Se prometió una respuesta a la persona candidata para el 2026-11-06; las notas dicen “le diremos algo el viernes”.", nudge.Because[0].Text);
        Assert.StartsWith("Nadie se ha puesto en contacto con la persona candidata en 14 días, desde la entrevista del 2026-11-02.", Advise(Interviewed(), TwoWeeksOn, "es").Nudges[0].Text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_nudge_text_exists_in_English_and_Spanish()
    {
        var codes = new[] { "nudge.days.one", "nudge.days.other", "nudge.silence", "nudge.promise-passed", "nudge.feedback-missing", "timeline.basis.other" }
            .Concat(typeof(TimelineBasis).GetFields().Select(f => "timeline.basis." + (string)f.GetValue(null)!));
        foreach (var code in codes)
        {
            Assert.True(TextCatalog.Default.TryGetTemplate(code, "en", out _), code);
            Assert.True(TextCatalog.Default.TryGetTemplate(code, "es", out _), code);
        }
    }

    [Fact]
    public void A_basis_the_catalogue_does_not_word_names_its_events()
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        var mapping = TimelineMapping.Create("custom", (s, answers) =>
        {
            answers.Fact("interview-date", FactValue.FromDate(InterviewStart), TimelineAnswers.Because("our-calendar", s.Events.Take(1)));
            answers.Fact("heard-back", FactValue.FromBoolean(false), TimelineAnswers.Because("our-mailbox", Array.Empty<ApplicationEvent>()));
        });
        var mapped = mapping.Map(Interviewed(), set, TwoWeeksOn);

        var nudge = NudgeAdvisor.Default.Advise(Outlook.Assess(mapped.Observation), set, mapped).Nudges.Single();

        Assert.Contains(nudge.Because, b => b.Code == "timeline.basis.other" && b.Text == "Recorded in the events applied.");
    }

    [Fact]
    public void Advice_serialises_and_reads_back_equal()
    {
        var advice = Advise(Interviewed(PromisedFromNotes("notes-1", Friday, "back to her by Friday"), Held(feedback: FeedbackState.Pending, id: "feedback-asked")), TwoWeeksOn, "es");

        var json = InterviewSignalsJson.ToJson(advice, indented: true);

        Assert.Equal(advice, InterviewSignalsJson.ParseNudgeAdvice(json));
        Assert.Contains("\"reason\": \"promisePassed\"", json, StringComparison.Ordinal);
        Assert.Contains("\"actNow\": true", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Advice_for_another_date_or_another_set_than_the_assessment_is_refused()
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        var mapped = Map(Interviewed(), TwoWeeksOn);
        var assessment = Outlook.Assess(mapped.Observation.WithAsOf(TwoWeeksOn.AddDays(1)));

        var error = Assert.Throws<ArgumentException>(() => NudgeAdvisor.Default.Advise(assessment, set, mapped));
        Assert.StartsWith("The assessment is as of 2026-11-17T10:45:00.0000000+00:00 but the timeline observation as of 2026-11-16T10:45:00.0000000+00:00; assess the observation the mapping made.", error.Message, StringComparison.Ordinal);

        var extended = SignalSet.CreateBuilder("our-process", "1.0.0").Extend(set).Build();
        Assert.Throws<SignalSetMismatchException>(() => NudgeAdvisor.Default.Advise(Outlook.Assess(mapped.Observation), extended, mapped));
        var forOther = TimelineMapping.InterviewOutlook.Map(Interviewed(), extended, TwoWeeksOn);
        var other = Assert.Throws<ArgumentException>(() => NudgeAdvisor.Default.Advise(Outlook.Assess(mapped.Observation), set, forOther));
        Assert.StartsWith("The timeline observation was mapped for the set 'our-process', not 'interview-outlook'.", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_are_refused_naming_every_problem()
    {
        var error = Assert.Throws<ArgumentException>(() => new NudgeAdvisor(new NudgeOptions { SilenceSignalId = " ", FeedbackDueAfter = TimeSpan.FromHours(-1) }));

        Assert.StartsWith("SilenceSignalId must name a signal. FeedbackDueAfter must be zero or more; it is -01:00:00.", error.Message, StringComparison.Ordinal);
    }
}

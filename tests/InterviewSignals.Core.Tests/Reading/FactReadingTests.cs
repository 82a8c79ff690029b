using InterviewSignals.BuiltIn;
using InterviewSignals.Cues;
using InterviewSignals.Matching;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Observations;
using InterviewSignals.Reading;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Tests.Reading;

public class FactReadingTests
{
    /// <summary>A Monday.</summary>
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
    private static readonly IInterviewTextReader Reader = InterviewTextReader.Create(BuiltInSignalSets.InterviewOutlook);

    [Theory]
    [InlineData("en", "we talked for almost an hour and a half", 90)]
    [InlineData("en", "it lasted 45 minutes", 45)]
    [InlineData("en", "a 45-min call with the lead", 45)]
    [InlineData("en", "it took 2 hrs in the end", 120)]
    [InlineData("en", "it lasted half an hour", 30)]
    [InlineData("en", "we talked for 90min", 90)]
    [InlineData("en", "it lasted one and a half hours", 90)]
    [InlineData("en", "it lasted an hour and 15 minutes", 75)]
    [InlineData("en", "it lasted forty five minutes", 45)]
    [InlineData("en", "we talked for over an hour", 60)]
    [InlineData("es", "la entrevista duró casi una hora", 60)]
    [InlineData("es", "duró una hora y media", 90)]
    [InlineData("es", "hablamos durante hora y media", 90)]
    [InlineData("es", "duró cuarenta y cinco minutos", 45)]
    [InlineData("es", "una entrevista de 20 minutos", 20)]
    [InlineData("es", "duró media hora", 30)]
    public void Durations_in_words_give_the_interview_length_in_minutes(string language, string text, double minutes)
    {
        var fact = Assert.Single(Reader.Read(text, new TextDetails { Language = language }).Facts, f => f.Id == "interview-length-minutes");

        Assert.Equal(minutes, fact.Value.Number);
    }

    [Theory]
    [InlineData("en", "I met a panel of three", 3)]
    [InlineData("en", "two engineers grilled me", 2)]
    [InlineData("en", "it was a one-on-one with the manager", 1)]
    [InlineData("es", "un panel de cuatro personas", 4)]
    [InlineData("es", "fue uno a uno con la jefa", 1)]
    public void Counts_in_words_give_the_number_of_interviewers(string language, string text, double count)
    {
        var fact = Assert.Single(Reader.Read(text, new TextDetails { Language = language }).Facts, f => f.Id == "interviewer-count");

        Assert.Equal(count, fact.Value.Number);
    }

    [Theory]
    [InlineData("en", "They said they would get back to me within two weeks.", 14, "2026-12-07")]
    [InlineData("en", "They will get back to me in the next couple of days.", 2, "2026-11-25")]
    [InlineData("en", "They promised to get back to me by Friday.", 4, "2026-11-27")]
    [InlineData("en", "We will get back to you later this week.", 4, "2026-11-27")]
    [InlineData("en", "They'll let me know next week.", 7, "2026-11-30")]
    [InlineData("en", "They said they would get back to me by Monday.", 7, "2026-11-30")]
    [InlineData("es", "Me dijeron que me avisarían antes del viernes.", 4, "2026-11-27")]
    [InlineData("es", "Dijeron que darían una respuesta en dos semanas.", 14, "2026-12-07")]
    public void A_stated_timeline_gives_days_and_the_promised_date_from_the_as_of_date(string language, string text, double days, string date)
    {
        var fact = Assert.Single(Reader.Read(text, new TextDetails { Language = language, AsOf = Monday }).Facts, f => f.Id == "employer-timeline-days");

        Assert.Equal(days, fact.Value.Number);
        Assert.Equal(DateTimeOffset.Parse(date + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), fact.Date);
    }

    [Theory]
    [InlineData("en", "I interviewed two weeks ago.", "2026-11-09")]
    [InlineData("en", "I interviewed yesterday.", "2026-11-22")]
    [InlineData("en", "I interviewed last Tuesday.", "2026-11-17")]
    [InlineData("en", "My interview was on Thursday.", "2026-11-19")]
    [InlineData("en", "I interviewed last Monday.", "2026-11-16")]
    [InlineData("en", "I interviewed on Monday.", "2026-11-23")]
    [InlineData("es", "Me entrevistaron el martes pasado.", "2026-11-17")]
    [InlineData("es", "Tuve la entrevista hace tres días.", "2026-11-20")]
    [InlineData("es", "La entrevista fue ayer.", "2026-11-22")]
    public void A_past_point_in_time_gives_the_interview_date(string language, string text, string date)
    {
        var fact = Assert.Single(Reader.Read(text, new TextDetails { Language = language, AsOf = Monday }).Facts, f => f.Id == "interview-date");

        Assert.Equal(DateTimeOffset.Parse(date + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), fact.Value.Date);
    }

    [Fact]
    public void Without_an_as_of_date_a_weekday_gives_no_value_but_a_length_of_time_still_does()
    {
        var reading = Reader.Read("They said they'd get back to me by Friday. I interviewed two weeks ago. We talked for an hour.");

        Assert.DoesNotContain(reading.Facts, f => f.Id is "employer-timeline-days" or "interview-date");
        Assert.Equal(60, reading.Facts.Single(f => f.Id == "interview-length-minutes").Value.Number);
    }

    [Theory]
    [InlineData("en", "Still no word from them.", false)]
    [InlineData("en", "I haven't heard back.", false)]
    [InlineData("en", "I heard back the next morning.", true)]
    [InlineData("es", "No he sabido nada.", false)]
    [InlineData("es", "Me respondieron al día siguiente.", true)]
    public void Silence_and_its_end_give_heard_back(string language, string text, bool heard)
    {
        var fact = Assert.Single(Reader.Read(text, new TextDetails { Language = language }).Facts, f => f.Id == "heard-back");

        Assert.Equal(heard, fact.Value.Boolean);
    }

    [Fact]
    public void A_negation_turns_a_boolean_fact_round_and_sets_any_other_aside()
    {
        var reading = Reader.Read("I never heard back. It wasn't a large company, and it did not last an hour.");

        Assert.False(reading.Facts.Single(f => f.Id == "heard-back").Value.Boolean);
        Assert.DoesNotContain(reading.Facts, f => f.Id is "company-size" or "interview-length-minutes");
        Assert.Equal(new[] { "company-size", "interview-length-minutes" }, reading.SetAside.Where(s => s.Reason == CueSetAside.Negated).Select(s => s.Id));
    }

    [Fact]
    public void A_hypothetical_length_or_one_about_someone_else_gives_no_value()
    {
        var reading = Reader.Read("If it lasted an hour I would be happy. A friend who interviewed there talked for two hours.");

        Assert.DoesNotContain(reading.Facts, f => f.Id == "interview-length-minutes");
        Assert.Equal(new[] { CueSetAside.Hypothetical, CueSetAside.SomeoneElse }, reading.SetAside.Where(s => s.Id == "interview-length-minutes").Select(s => s.Reason));
    }

    [Theory]
    [InlineData("Thank you for coming in! We very much appreciate it.", "warm")]
    [InlineData("You are welcome, and thank you. Speak soon.", "short-and-dry")]
    [InlineData("Thank you for your interest. We will be in touch.", "neutral")]
    public void An_employer_message_gives_its_tone(string text, string tone)
    {
        var reading = Reader.Read(text, new TextDetails { Kind = TextKind.EmployerMessage });

        Assert.Equal(tone, reading.Facts.Single(f => f.Id == "reply-tone").Value.Choice);
    }

    [Fact]
    public void Different_values_for_one_fact_are_a_conflict_and_none_is_proposed()
    {
        var reading = Reader.Read("It was a small company. Well, a big company really, with a small team.");

        var conflict = Assert.Single(reading.FactConflicts);
        Assert.Equal("company-size", conflict.Id);
        Assert.Equal(new[] { "small", "large" }, conflict.Values.Select(v => v.Value.Choice));
        Assert.DoesNotContain(reading.Facts, f => f.Id == "company-size");
    }

    [Fact]
    public void A_value_outside_the_facts_range_is_not_proposed()
    {
        // Ten hours is beyond the 600-minute maximum the set declares.
        var reading = Reader.Read("The interview lasted eleven hours.");

        Assert.DoesNotContain(reading.Facts, f => f.Id == "interview-length-minutes");
    }

    [Fact]
    public void A_reading_with_facts_round_trips_through_JSON()
    {
        var reading = Reader.Read("I interviewed two weeks ago with a panel of three at a startup. We talked for an hour. Still no word.", new TextDetails { AsOf = Monday });
        var json = InterviewSignalsJson.ToJson(reading);

        Assert.Equal(reading, InterviewSignalsJson.ParseTextReading(json));
        Assert.Contains("\"value\": \"2026-11-09T00:00:00+00:00\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\": 3", json, StringComparison.Ordinal);
        Assert.Contains("\"value\": false", json, StringComparison.Ordinal);
        Assert.Contains("\"value\": \"startup\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Contributions_from_a_text_say_so_and_carry_the_words()
    {
        var text = "I interviewed two weeks ago. She asked when I could start. Still no word.";
        var assessment = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook).Assess(Reader.Read(text, new TextDetails { AsOf = Monday }).ToObservation());

        var start = assessment.Contributions.Single(c => c.SignalId == "asked-when-you-could-start");
        Assert.Equal(ContributionSource.Text, start.Source);
        Assert.Equal("asked when I could start", Assert.Single(start.Evidence).Text);
        Assert.Equal(assessment, InterviewSignalsJson.ParseAssessment(InterviewSignalsJson.ToJson(assessment)));
    }

    [Fact]
    public void A_rule_fed_by_facts_from_a_text_carries_the_words_of_those_facts()
    {
        var reading = Reader.Read("We talked for 45 minutes.");
        var assessment = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook).Assess(reading.ToObservation());

        var length = assessment.Contributions.Single(c => c.SignalId == "interview-over-30-minutes");
        Assert.Equal((ContributionSource.Rule, "long-interview"), (length.Source, length.SourceId));
        Assert.Empty(reading.Signals);
        Assert.Equal("talked for 45 minutes", Assert.Single(length.Evidence).Text);
    }

    [Fact]
    public void An_answer_the_person_gave_has_no_words_even_when_the_text_proposed_one()
    {
        var reading = Reader.Read("They never asked when I could start.");
        var merged = reading.MergeInto(Observation.CreateBuilder().Present("asked-when-you-could-start").Build());

        var contribution = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook).Assess(merged).Contributions.Single(c => c.SignalId == "asked-when-you-could-start");

        Assert.Equal(SignalState.Absent, reading.Signals.Single().State);
        Assert.Equal((ContributionSource.Answer, SignalState.Present), (contribution.Source, contribution.State));
        Assert.Empty(contribution.Evidence);
        Assert.False(merged.Evidence.ContainsKey("asked-when-you-could-start"));
    }

    [Fact]
    public void An_answer_the_person_confirmed_keeps_the_words_the_text_gave()
    {
        var reading = Reader.Read("She asked when I could start. We talked for 45 minutes.");
        var merged = reading.MergeInto(Observation.CreateBuilder().Present("asked-when-you-could-start").Fact("interview-length-minutes", 50).Build());

        Assert.Equal("asked when I could start", Assert.Single(merged.Evidence["asked-when-you-could-start"]).Text);
        Assert.False(merged.Evidence.ContainsKey("interview-length-minutes"));
        Assert.Equal(50, merged.Facts["interview-length-minutes"].Number);
    }

    [Theory]
    [InlineData("en", "She asked when I could start.", "You wrote: “asked when I could start”.")]
    [InlineData("es", "Me preguntaron cuándo podía empezar.", "Escribiste: «preguntaron cuándo podía empezar».")]
    public void An_explanation_quotes_the_persons_own_words(string language, string text, string quote)
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        var assessment = InterviewEvaluator.Create(set).Assess(Reader.Read(text, new TextDetails { Language = language }).ToObservation());

        var explanation = ExplanationGenerator.Create().Generate(assessment, set, language);

        var reason = Assert.Single(explanation.ReasonsFor);
        Assert.Equal(quote, reason.Quote);
        Assert.Contains("      " + quote + "\n", ExplanationRenderer.ToPlainText(explanation), StringComparison.Ordinal);
        Assert.Contains("_" + quote.Replace("_", "\\_", StringComparison.Ordinal) + "_", ExplanationRenderer.ToMarkdown(explanation), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_the_persons_words()
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        const string text = "She asked when [I] could start.";
        var assessment = InterviewEvaluator.Create(set).Assess(Reader.Read(text).ToObservation());

        var markdown = ExplanationRenderer.ToMarkdown(ExplanationGenerator.Create().Generate(assessment, set, "en"));

        Assert.Contains("You wrote: “asked when \\[I\\] could start”.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slot_parses_only_where_a_quantity_is_and_covers_its_words()
    {
        var tokens = Tokenizer.Tokenize("we talked for just over an hour and a half, then left");
        var spans = ReadingLanguage.English.Quantities.Scan(tokens);

        var q = spans.At(SlotKind.Duration, 3);
        Assert.Equal((9, 90.0), (q.Last, q.Value));
        Assert.False(spans.At(SlotKind.Duration, 0).Exists);
        Assert.False(spans.At(SlotKind.Count, 0).Exists);
    }

    [Fact]
    public void A_reading_prefills_the_questions_it_answers_and_leaves_derived_signals_out()
    {
        var reading = Reader.Read("I interviewed two weeks ago. We talked for almost an hour and a half. She asked when I could start. Still no word.", new TextDetails { AsOf = Monday });
        var questionnaire = InterviewSignals.Questionnaires.Questionnaire.Create(BuiltInSignalSets.InterviewOutlook);

        var answers = questionnaire.AnswersFrom(reading.ToObservation());

        Assert.Equal("yes", answers["asked-when-you-could-start"]);
        Assert.Equal("90", answers["interview-length-minutes"]);
        Assert.Equal("2026-11-09", answers["interview-date"]);
        Assert.Equal("no", answers["heard-back"]);
        Assert.Contains(reading.Signals, s => s.Id is "interview-over-30-minutes" or "no-word-since-interview");
        Assert.DoesNotContain("interview-over-30-minutes", answers.Keys);
        Assert.DoesNotContain("no-word-since-interview", answers.Keys);
        var observation = questionnaire.ToObservation(answers.ToDictionary(p => p.Key, p => (string?)p.Value));
        Assert.Equal(90, observation.Facts["interview-length-minutes"].Number);
        Assert.Equal(BuiltInSignalSets.InterviewOutlook.Reference, observation.SignalSet);
        var ex = Assert.Throws<SignalSetMismatchException>(() => InterviewSignals.Questionnaires.Questionnaire.Create(BuiltInSignalSets.RejectionReview).AnswersFrom(reading.ToObservation()));
        Assert.Equal(BuiltInSignalSets.InterviewOutlook.Reference, ex.Expected);
    }
}

using CsCheck;
using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Reading;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Tests.Reading;

public class InterviewTextReaderTests
{
    private const string Narrative = "It was supposed to be 30 minutes but we talked for almost an hour and a half. She asked when I could start and what salary I was expecting. They never explained the next steps, but a friend who interviewed there was introduced to the team.";
    private static readonly IInterviewTextReader Reader = InterviewTextReader.Create(BuiltInSignalSets.InterviewOutlook);

    [Fact]
    public void The_example_narrative_gives_each_sign_with_its_own_words()
    {
        var reading = Reader.Read(Narrative);

        Assert.Equal(
            new[] { ("next-steps-explained", SignalState.Absent), ("asked-when-you-could-start", SignalState.Present), ("salary-discussed", SignalState.Present), ("interview-over-30-minutes", SignalState.Present) },
            reading.Signals.Select(s => (s.Id, s.State)));
        var start = reading.Signals.Single(s => s.Id == "asked-when-you-could-start").Evidence[0];
        Assert.Equal("asked when I could start", Narrative.Substring(start.Start, start.Length));
        Assert.Equal("She asked when I could start and what salary I was expecting.", Narrative.Substring(start.SentenceStart, start.SentenceLength));
        Assert.Equal(("introduced-to-staff", CueSetAside.SomeoneElse), (reading.SetAside.Single().Id, reading.SetAside.Single().Reason));
    }

    [Fact]
    public void A_reading_round_trips_through_JSON_to_an_equal_value_with_the_documented_names()
    {
        var reading = Reader.Read(Narrative, new TextDetails { AsOf = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero) });
        var json = InterviewSignalsJson.ToJson(reading);

        Assert.Equal(reading, InterviewSignalsJson.ParseTextReading(json));
        Assert.Contains("\"signals\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"asked-when-you-could-start\"", json, StringComparison.Ordinal);
        Assert.Contains("\"start\": ", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_answers_win_over_what_the_text_proposes()
    {
        var reading = Reader.Read(Narrative);
        var given = Observation.CreateBuilder().Present("next-steps-explained").Fact("company-size", "large").Build();

        var merged = reading.MergeInto(given);

        Assert.Equal(SignalState.Present, merged.Signals["next-steps-explained"].State);
        Assert.Equal(SignalState.Present, merged.Signals["salary-discussed"].State);
        Assert.Equal("large", merged.Facts["company-size"].Choice);
        Assert.Equal(reading.Signals.Count, reading.ToObservation().Signals.Count);
    }

    [Fact]
    public void Evidence_both_ways_is_a_conflict_left_to_the_person()
    {
        var reading = Reader.Read("I arrived late. Well, I arrived on time really, the clock was wrong.");
        var conflict = Assert.Single(reading.Conflicts);

        Assert.Equal("arrived-late", conflict.Id);
        Assert.DoesNotContain(reading.Signals, s => s.Id == "arrived-late");
    }

    [Fact]
    public void Nothing_of_a_protected_characteristic_in_a_narrative_is_kept()
    {
        const string text = "As a 52-year-old mother of two from Brazil, I was nervous. They asked when I could start.";
        var reading = Reader.Read(text);

        // The set's content hash is hex and may hold any digits; everything else the reading keeps must not.
        var json = InterviewSignalsJson.ToJson(reading).Replace(reading.SignalSet.ContentHash, string.Empty, StringComparison.Ordinal);

        foreach (var word in new[] { "52", "mother", "two", "Brazil" })
        {
            Assert.DoesNotContain(word, json, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void A_text_over_the_limit_is_refused_with_the_numbers()
    {
        var reader = InterviewTextReader.Create(BuiltInSignalSets.InterviewOutlook, new TextReaderOptions { MaxTextLength = 20 });
        var ex = Assert.Throws<TextTooLongException>(() => reader.Read(new string('a', 21)));

        Assert.Equal((21, 20), (ex.Length, ex.Limit));
        Assert.StartsWith("The text is 21 characters long; the reader reads at most 20 (TextReaderOptions.MaxTextLength).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_without_reading_rules_is_refused_and_a_regional_variant_reads_with_its_language()
    {
        var ex = Assert.Throws<ArgumentException>(() => Reader.Read("Bonjour", new TextDetails { Language = "fr" }));
        Assert.StartsWith("There are no reading rules for 'fr'; texts can be read in: en, es.", ex.Message, StringComparison.Ordinal);

        var mexican = Reader.Read("Me preguntaron cuándo podría empezar.", new TextDetails { Language = "es-MX" });
        Assert.Equal("asked-when-you-could-start", Assert.Single(mexican.Signals).Id);
    }

    [Fact]
    public void A_reading_weighs_like_the_same_answers_given_by_hand()
    {
        var asOf = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
        var evaluator = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook);
        var fromText = evaluator.Assess(Reader.Read(Narrative, new TextDetails { AsOf = asOf }).ToObservation());
        var byHand = evaluator.Assess(Observation.CreateBuilder().Absent("next-steps-explained").Present("asked-when-you-could-start").Present("salary-discussed").Present("interview-over-30-minutes").AsOf(asOf).Build());

        Assert.Equal(byHand.Score, fromText.Score);
    }

    [Fact]
    public void Hostile_text_only_ever_gives_a_reading_or_the_documented_limit_error()
    {
        var hostile = Gen.OneOf(
            Gen.String[Gen.Char, 0, 2000],
            Gen.String[Gen.Char['\u0300', '\u036F'], 0, 500],
            Gen.Const(new string('\u200B', 3000) + "asked\u200Fwhen\u202EI could start"),
            Gen.Const(string.Concat(Enumerable.Repeat("\uD83D\uDE00salary", 2000))),
            Gen.Const(new string('x', 100_000)));
        hostile.Sample(text =>
        {
            foreach (var language in new[] { "en", "es" })
            {
                var reading = Reader.Read(text, new TextDetails { Language = language });
                Assert.All(reading.Signals.SelectMany(s => s.Evidence), e => Assert.Equal(text.Substring(e.Start, e.Length), e.Text));
            }
        }, iter: 200);

        Assert.Throws<TextTooLongException>(() => Reader.Read(string.Concat(Enumerable.Repeat("salary ", 150_000))));
    }
}

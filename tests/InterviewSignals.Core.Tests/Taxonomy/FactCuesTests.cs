using InterviewSignals.Reading;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Tests.Taxonomy;

public class FactCuesTests
{
    private const string WithFactCues = """
        {
          "formatVersion": 1,
          "id": "mini",
          "version": "1.0.0",
          "title": "Mini",
          "intendedUse": "candidate-self-assessment",
          "baseRate": 0.5,
          "categories": [ { "id": "general", "title": "General" } ],
          "documents": [ { "id": "doc", "title": "Doc" } ],
          "facts": [
            { "id": "length", "title": "Length", "kind": "number", "unit": "minutes", "minimum": 0, "maximum": 600,
              "cues": { "en": { "patterns": [ "lasted {duration}" ] }, "es": { "patterns": [ "duro {duration}" ] } } },
            { "id": "panel", "title": "Panel", "kind": "number", "unit": "people", "minimum": 1, "maximum": 30,
              "cues": { "en": { "values": { "1": [ "one on one" ] }, "patterns": [ "panel of {count}" ] } } },
            { "id": "size", "title": "Size", "kind": "choice", "choices": [ "small", "large" ],
              "cues": { "en": { "values": { "large": [ "big company" ], "small": [ "tiny shop" ] } } } },
            { "id": "met", "title": "Met", "kind": "date",
              "cues": { "en": { "patterns": [ "we met {when}" ] } } }
          ],
          "signals": [
            { "id": "a", "title": "A", "category": "general", "weights": { "present": 1, "absent": -1 },
              "driver": "interviewer", "phase": "during", "texts": { "present": "A yes.", "absent": "A no." },
              "sources": [ { "document": "doc", "quote": "Q." } ] }
          ]
        }
        """;

    [Fact]
    public void Fact_cues_read_by_language_and_write_back_to_the_same_hash()
    {
        var set = SignalSetJson.Parse(WithFactCues);

        Assert.Equal(new[] { "lasted {duration}" }, set.Facts[0].Cues["en"].Patterns);
        Assert.Equal(new[] { "one on one" }, set.Facts[1].Cues["en"].Values["1"]);
        Assert.Equal(new[] { "big company" }, set.Facts[2].Cues["en"].Values["large"]);
        Assert.Equal(set.ContentHash, SignalSetJson.Parse(SignalSetJson.ToJson(set)).ContentHash);
        Assert.NotEqual(set.ContentHash, SignalSetJson.Parse(WithFactCues.Replace("lasted {duration}", "took {duration}", StringComparison.Ordinal)).ContentHash);
    }

    [Fact]
    public void A_custom_set_teaches_the_reader_its_own_facts()
    {
        var reader = InterviewTextReader.Create(SignalSetJson.Parse(WithFactCues));
        var asOf = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

        var reading = reader.Read("We met yesterday at a big company. It lasted an hour, a panel of four.", new TextDetails { AsOf = asOf });

        Assert.Equal(new[] { ("length", "60"), ("panel", "4"), ("size", "large"), ("met", "2026-11-22T00:00:00+00:00") }, reading.Facts.Select(f => (f.Id, f.Value.ToString())));
    }

    [Theory]
    [InlineData("lasted {duration}", "lasted {minutes}", "$.facts[0].cues.en.patterns[0]", "The cue 'lasted {minutes}' of fact 'length' (en) does not compile at character 8: '{minutes}' is not a slot; the slots are {duration}, {when} and {count}.")]
    [InlineData("lasted {duration}", "lasted for long", "$.facts[0].cues.en.patterns[0]", "The pattern 'lasted for long' of fact 'length' has 0 slots; a pattern needs exactly one, such as {duration}, {when} or {count}.")]
    [InlineData("panel of {count}", "panel of {duration}", "$.facts[1].cues.en.patterns[0]", "The pattern 'panel of {duration}' of fact 'panel' reads {duration}, which cannot give a value to a number fact in people: {duration} fits numbers in minutes, hours or days; {when} fits dates and numbers in hours or days; {count} fits other numbers.")]
    [InlineData("\"large\": [", "\"huge\": [", "$.facts[2].cues.en.values.huge", "Fact 'size' has cues for the value 'huge', which it cannot take: expected one of small, large.")]
    [InlineData("\"1\": [", "\"99\": [", "$.facts[1].cues.en.values.99", "Fact 'panel' has cues for the value '99', which it cannot take: expected a number from 1 to 30.")]
    [InlineData("big company", "big {count} company", "$.facts[2].cues.en.values.large[0]", "The cue 'big {count} company' of fact 'size' has a slot; a cue under values shows that value, so put cues with a slot under patterns.")]
    [InlineData("[ \"lasted {duration}\" ] }, \"es\"", "[ \"lasted {duration} or [{when}]\" ] }, \"es\"", "$.facts[0].cues.en.patterns[0]", "The cue 'lasted {duration} or [{when}]' of fact 'length' (en) does not compile at character 22: A slot cannot be optional or one of alternatives: '[{when}]'.")]
    public void A_fact_cue_that_cannot_work_is_reported_at_its_path_with_the_reason(string find, string replace, string path, string message)
    {
        var ex = Assert.Throws<SignalSetException>(() => SignalSetJson.Parse(WithFactCues.Replace(find, replace, StringComparison.Ordinal), sourceName: "mini.json"));
        var e = Assert.Single(ex.Errors);

        Assert.Equal((SignalSetErrorCodes.InvalidCue, path, message), (e.Code, e.Path, e.Message));
        Assert.True(e.Line > 0);
    }

    [Fact]
    public void A_signal_cue_with_a_slot_is_refused()
    {
        var json = WithFactCues.Replace("\"sources\": [ { \"document\": \"doc\", \"quote\": \"Q.\" } ] }\n  ]", "\"cues\": { \"en\": [ \"lasted {duration}\" ] }, \"sources\": [ { \"document\": \"doc\", \"quote\": \"Q.\" } ] }\n  ]", StringComparison.Ordinal);
        Assert.NotEqual(WithFactCues, json);

        var ex = Assert.Throws<SignalSetException>(() => SignalSetJson.Parse(json));

        Assert.Equal("The cue 'lasted {duration}' of signal 'a' has a slot; slots give facts their values, so only a fact's patterns may have one.", Assert.Single(ex.Errors).Message);
    }
}

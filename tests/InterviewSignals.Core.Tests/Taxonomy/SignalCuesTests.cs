using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Taxonomy;

public class SignalCuesTests
{
    private const string WithCues = """
        {
          "formatVersion": 1,
          "id": "mini",
          "version": "1.0.0",
          "title": "Mini",
          "intendedUse": "candidate-self-assessment",
          "baseRate": 0.5,
          "categories": [ { "id": "general", "title": "General" } ],
          "documents": [ { "id": "doc", "title": "Doc" } ],
          "signals": [
            { "id": "a", "title": "A", "category": "general", "weights": { "present": 1, "absent": -1 },
              "driver": "interviewer", "phase": "during", "texts": { "present": "A yes.", "absent": "A no." },
              "cues": {
                "en": [ "asked when [i] could|can start" ],
                "es": { "present": [ "pregunt* cuando .. empezar" ], "absent": [ "ninguna fecha de inicio" ] }
              },
              "sources": [ { "document": "doc", "quote": "Q." } ] }
          ]
        }
        """;

    [Fact]
    public void Cues_read_by_language_in_both_forms_and_write_back_to_the_same_hash()
    {
        var set = SignalSetJson.Parse(WithCues);
        var cues = set.Signals[0].Cues;

        Assert.Equal(new[] { "asked when [i] could|can start" }, cues["en"].Present);
        Assert.Empty(cues["en"].Absent);
        Assert.Equal(new[] { "ninguna fecha de inicio" }, cues["es"].Absent);
        Assert.Equal(set.ContentHash, SignalSetJson.Parse(SignalSetJson.ToJson(set)).ContentHash);
    }

    [Fact]
    public void Cues_are_part_of_the_content_hash()
    {
        var changed = WithCues.Replace("could|can start", "could start", StringComparison.Ordinal);
        Assert.NotEqual(SignalSetJson.Parse(WithCues).ContentHash, SignalSetJson.Parse(changed).ContentHash);
    }

    [Fact]
    public void A_cue_that_does_not_compile_is_reported_at_its_line_and_column_with_the_character()
    {
        var ex = Assert.Throws<SignalSetException>(() => SignalSetJson.Parse(WithCues.Replace("pregunt* cuando .. empezar", "pregunt* cuando ..9 empezar", StringComparison.Ordinal), sourceName: "mini.json"));
        var e = Assert.Single(ex.Errors);

        Assert.Equal(SignalSetErrorCodes.InvalidCue, e.Code);
        Assert.Equal("$.signals[0].cues.es.present[0]", e.Path);
        Assert.Equal(15, e.Line);
        Assert.Equal("The cue 'pregunt* cuando ..9 empezar' of signal 'a' (es) does not compile at character 17: A gap is '..' or '..N' with N from 1 to 8; '..9' is neither.", e.Message);
    }

    [Fact]
    public void Cues_under_a_key_that_is_not_a_language_are_refused()
    {
        var ex = Assert.Throws<SignalSetException>(() => SignalSetJson.Parse(WithCues.Replace("\"en\": [", "\"english please\": [", StringComparison.Ordinal)));
        Assert.Equal(SignalSetErrorCodes.InvalidCue, Assert.Single(ex.Errors).Code);
    }

    [Fact]
    public void Cues_built_in_code_are_checked_the_same_way()
    {
        var signal = TestSets.Signal("a", 1, -1) with { Cues = new Dictionary<string, SignalCues> { ["en"] = new() { Present = new[] { "[only optional]" } } } };
        var ex = Assert.Throws<SignalSetException>(() => TestSets.Builder().AddSignal(signal).Build());
        Assert.Equal("$.signals[0].cues.en.present[0]", Assert.Single(ex.Errors).Path);
    }
}

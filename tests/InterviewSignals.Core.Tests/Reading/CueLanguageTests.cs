using CsCheck;
using InterviewSignals.Matching;
using InterviewSignals.Reading;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Reading;

/// <summary>The cue language's constructs that let one cue cover the ways people say one thing.</summary>
public class CueLanguageTests
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Classes = new(StringComparer.Ordinal)
    {
        ["pay"] = new[] { "salar*", "compensation", "ctc", "=pay" },
        ["ask"] = new[] { "ask", "enquire", "inquire" },
    };

    private static CueExpression Compile(string cue, string language = "en")
        => CueExpression.TryCompile(cue, (language == "es" ? ReadingLanguage.Spanish : ReadingLanguage.English).Inflector, Classes, out var error, out _) ?? throw new InvalidOperationException(error);

    private static List<string> Matched(string cue, string text, string language = "en")
    {
        var expression = Compile(cue, language);
        var tokens = Tokenizer.Tokenize(text);
        var index = new CueIndex(expression.Parts);
        var found = index.FindAll(tokens);
        var spans = expression.IsCoOccurrence
            ? expression.Join(expression.Parts.Select((_, p) => found.Where(m => m.Pattern == p).Select(m => (m.First, m.Last)).ToList()).ToArray(), new Clauses(tokens, new HashSet<string>()).ClauseIds)
            : found.Select(m => (m.First, m.Last)).ToList();
        return spans.Select(s => text.Substring(tokens[s.First].Start, tokens[s.Last].Start + tokens[s.Last].Length - tokens[s.First].Start)).ToList();
    }

    [Theory]
    [InlineData("ask for references", "They asked for references.", "asked for references")]
    [InlineData("ask for references", "She is asking for references", "asking for references")]
    [InlineData("smile", "He smiled a lot", "smiled")]
    [InlineData("reply", "She replied the same day", "replied")]
    [InlineData("stop", "They stopped the call", "stopped")]
    [InlineData("tell me", "He told me", "told me")]
    [InlineData("company", "two companies", "companies")]
    [InlineData("=asked", "they ask a lot", null)]
    [InlineData("preguntar cuando", "Me preguntaron cuándo podía empezar", "preguntaron cuándo")]
    [InlineData("preguntar cuando", "me preguntó cuando", "preguntó cuando")]
    [InlineData("relajado", "fue una charla relajada", "relajada")]
    public void A_word_matches_every_form_its_language_gives_it_and_an_exact_word_only_itself(string cue, string text, string? expected)
        => Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, Matched(cue, text, cue.Contains("preguntar", StringComparison.Ordinal) || cue.Contains("relajado", StringComparison.Ordinal) ? "es" : "en"));

    [Theory]
    [InlineData("discuss @pay", "We discussed compensation", "discussed compensation")]
    [InlineData("discuss @pay", "We discussed salaries", "discussed salaries")]
    [InlineData("discuss @pay", "We discussed paid leave", null)]
    public void A_word_class_stands_for_each_of_its_members(string cue, string text, string? expected)
        => Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, Matched(cue, text));

    [Theory]
    [InlineData("@ask &4 start date", "They asked about my start date.", "asked about my start date")]
    [InlineData("@ask &4 start date", "My start date, they never asked.", null)]
    [InlineData("@ask &4 start date", "The start date was what they asked.", "start date was what they asked")]
    [InlineData("@ask &2 start date", "The start date was what they asked.", null)]
    public void Co_occurring_parts_match_in_any_order_within_their_window_and_never_across_a_clause(string cue, string text, string? expected)
        => Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, Matched(cue, text));

    [Theory]
    [InlineData("# hr !round|rounds", "a 1 hr call", "1 hr")]
    [InlineData("# hr !round|rounds", "1 hr round", null)]
    [InlineData("!was impressed", "I was impressed", null)]
    [InlineData("!i was impressed", "they were impressed and I was impressed", null)]
    public void A_guard_says_which_word_may_not_stand_just_before_or_after_a_match(string cue, string text, string? expected)
        => Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, Matched(cue, text));

    [Theory]
    [InlineData("discuss @py", "'@py' is not a word class of the set in this language; the classes are @ask, @pay. Did you mean '@pay'?", 9)]
    [InlineData("ask !not start", "'!not' is a guard; a guard stands first (the word before a match) or last (the word after it).", 5)]
    [InlineData("ask &9 start", "'&9' is '&' or '&N' with N from 1 to 8: the most words between the parts.", 5)]
    [InlineData("ask & ", "'&' joins two or more parts of a cue that must all appear in one clause; a part is missing before or after it.", 7)]
    [InlineData("ask &3 start &5 date", "Every '&' of one cue gives the same window, or none.", 14)]
    [InlineData("a & b & c & d", "A cue joins at most 3 parts with '&'.", 11)]
    [InlineData("lasted & {duration}", "A pattern with a slot cannot have parts joined by '&'; write the words around the slot in order.", 10)]
    public void A_bad_cue_says_what_is_wrong_and_at_which_character(string cue, string message, int column)
    {
        Assert.Null(CueExpression.TryCompile(cue, Inflector.None, Classes, out var error, out var at));
        Assert.Equal((message, column), (error, at));
    }

    [Fact]
    public void Co_occurrence_and_classes_stay_linear_on_hostile_text()
    {
        var cues = new[] { Compile("@ask &8 @pay"), Compile("@pay &8 @ask &8 start*"), Compile("!never ask .. salar* !not") };
        var words = new[] { "ask", "asked", "salary", "ctc", "start", "never", "not", ",", ".", "and" };
        Gen.Int[0, words.Length - 1].Array[0, 300].Sample(picks =>
        {
            var tokens = Tokenizer.Tokenize(string.Join(" ", picks.Select(p => words[p])));
            foreach (var cue in cues)
            {
                var found = new CueIndex(cue.Parts).FindAll(tokens);
                Assert.All(found, m => Assert.InRange(m.Last - m.First, 0, cue.Parts.Max(p => p.MaxSpan)));
                var lists = cue.Parts.Select((_, p) => found.Where(m => m.Pattern == p).Select(m => (m.First, m.Last)).ToList()).ToArray();
                var joined = cue.IsCoOccurrence ? cue.Join(lists, new Clauses(tokens, new HashSet<string>()).ClauseIds) : [];
                Assert.True(joined.Count <= tokens.Count, "a co-occurrence gives at most one match per token");
                Assert.All(joined.Zip(joined.Skip(1)), p => Assert.True(p.First.Last < p.Second.First, "matches do not overlap"));
            }
        }, iter: 400);

        // A megabyte of the same two words: every part matches everywhere, and the join still ends.
        var flood = Tokenizer.Tokenize(string.Concat(Enumerable.Repeat("ask salary ", 100_000)));
        var both = Compile("@ask &8 @pay");
        var all = new CueIndex(both.Parts).FindAll(flood);
        var matches = both.Join(both.Parts.Select((_, p) => all.Where(m => m.Pattern == p).Select(m => (m.First, m.Last)).ToList()).ToArray(), new Clauses(flood, new HashSet<string>()).ClauseIds);
        Assert.Equal(100_000, matches.Count);
    }

    [Fact]
    public void Word_classes_are_in_the_format_the_hash_and_an_extending_set_adds_to_them()
    {
        var set = TestSets.Builder("classes").AddWordClass("en", "pay", "salary", "ctc")
            .AddSignal(TestSets.Signal("a", 1, 0) with { Cues = new Dictionary<string, SignalCues> { ["en"] = new() { Present = new[] { "discuss [the] @pay" } } } })
            .Build();
        var json = SignalSetJson.ToJson(set);
        var again = SignalSetJson.Parse(json);

        Assert.Equal(set.ContentHash, again.ContentHash);
        Assert.Contains("\"wordClasses\"", json, StringComparison.Ordinal);
        Assert.NotEqual(set.ContentHash, TestSets.Builder("classes").AddWordClass("en", "pay", "salary")
            .AddSignal(TestSets.Signal("a", 1, 0) with { Cues = new Dictionary<string, SignalCues> { ["en"] = new() { Present = new[] { "discuss [the] @pay" } } } }).Build().ContentHash);

        var extended = SignalSet.CreateBuilder("more", "1.0.0").Extend(set).AddWordClass("en", "pay", "stipend").Build();
        Assert.Equal(new[] { "salary", "ctc", "stipend" }, extended.WordClasses.Single().Words);
        Assert.Contains(InterviewTextReader.Create(extended).Read("We discussed the stipend.").Signals, s => s.Id == "a");
    }

    [Fact]
    public void A_cue_naming_an_unknown_class_is_an_invalid_cue_at_its_line_and_column()
    {
        const string json = """
            {
              "formatVersion": 1, "id": "t", "version": "1.0.0", "title": "T", "intendedUse": "candidate-self-assessment", "baseRate": 0.5,
              "bands": { "encouragingFrom": 0.6, "concerningBelow": 0.4, "minimumCoverage": 0 },
              "wordClasses": { "en": { "pay": [ "salary" ], "Bad Name": [ "x y" ] } },
              "categories": [ { "id": "c", "title": "C" } ],
              "signals": [
                { "id": "s", "title": "S", "category": "c", "weights": { "present": 0.1, "absent": 0 }, "driver": "interviewer", "phase": "during", "texts": { "present": "S." },
                  "cues": { "en": [ "discuss @pey" ] } }
              ]
            }
            """;

        Assert.False(SignalSetJson.TryParse(json, out _, out var errors));
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Code == "invalid-cue" && e.Path == "$.signals[0].cues.en[0]" && e.Line == 8 && e.Message.EndsWith("Did you mean '@pay'?", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Code == "invalid-cue" && e.Path == "$.wordClasses.en['Bad Name']" && e.Message.Contains("is not a word-class name", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Code == "invalid-cue" && e.Path == "$.wordClasses.en['Bad Name'][0]");
    }
}

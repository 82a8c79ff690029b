using CsCheck;
using InterviewSignals.BuiltIn;
using InterviewSignals.Matching;
using InterviewSignals.Reading;

namespace InterviewSignals.Tests.Matching;

public class CuePatternTests
{
    private static List<string> Matched(string pattern, string text)
    {
        var cue = CuePattern.TryCompile(pattern, out var error, out _) ?? throw new InvalidOperationException(error);
        var tokens = Tokenizer.Tokenize(text);
        return new CueIndex(new[] { cue }).FindAll(tokens).Select(m => (m.First, m.Last)).Select(m => text.Substring(tokens[m.First].Start, tokens[m.Last].Start + tokens[m.Last].Length - tokens[m.First].Start)).ToList();
    }

    [Theory]
    [InlineData("asked when [i] could|can start", "She asked when I could start.", "asked when I could start")]
    [InlineData("asked when [i] could|can start", "they asked when can start", "asked when can start")]
    [InlineData("salar* .. discuss*", "Salary was discussed at length", "Salary was discussed")]
    [InlineData("salar* .. discuss*", "We discussed salary", null)]
    [InlineData("panel of #", "a panel of 3 engineers", "panel of 3")]
    [InlineData("te preguntaron cuando podrias empezar", "Te preguntaron cuándo podrías empezar", "Te preguntaron cuándo podrías empezar")]
    public void Words_stems_alternatives_optional_words_gaps_and_numbers(string pattern, string text, string? expected)
        => Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, Matched(pattern, text));

    [Fact]
    public void A_match_never_crosses_a_clause_boundary()
    {
        Assert.Empty(Matched("salary .. discussed", "salary, which we then discussed"));
        Assert.Empty(Matched("asked when", "they asked. When"));
    }

    [Fact]
    public void A_gap_skips_at_most_its_count()
    {
        Assert.Single(Matched("offer ..2 made", "offer was quickly made"));
        Assert.Empty(Matched("offer ..2 made", "offer was not quickly made"));
    }

    [Fact]
    public void Every_match_is_reported_left_to_right_without_overlap()
        => Assert.Equal(new[] { "thank you", "thank you" }, Matched("thank you", "thank you, thank you"));

    [Theory]
    [InlineData("", "A cue needs at least one word.", 1)]
    [InlineData(".. salary", "A gap must stand between two words.", 1)]
    [InlineData("salary ..9 talk", "A gap is '..' or '..N' with N from 1 to 8; '..9' is neither.", 8)]
    [InlineData("salary [talk", "'[talk' opens or closes an optional part without the other bracket, or is empty.", 8)]
    [InlineData("salary|| talk", "'salary||' has an empty alternative.", 1)]
    [InlineData("sal-ary", "'sal-ary' is not a word; cues match words, with * for a stem, = for one form only, @ for a word class, | between alternatives and [ ] around optional words.", 1)]
    [InlineData("[maybe]", "A cue needs at least one word that is not optional.", 1)]
    public void A_bad_pattern_says_what_is_wrong_and_where(string pattern, string message, int column)
    {
        Assert.Null(CuePattern.TryCompile(pattern, out var error, out var at));
        Assert.Equal((message, column), (error, at));
    }

    [Fact]
    public void Hostile_text_only_ever_gives_tokens_and_matches()
    {
        var cue = CuePattern.TryCompile("a .. b|c* [d] #", out _, out _)!;
        Gen.String[Gen.Char, 0, 400].Sample(text =>
        {
            var tokens = Tokenizer.Tokenize(text);
            Assert.All(tokens, t => Assert.InRange(t.Start + t.Length, 0, text.Length));
            Assert.All(new CueIndex(new[] { cue }).FindAll(tokens).Select(m => (m.First, m.Last)), m => Assert.InRange(m.Last - m.First, 0, cue.MaxSpan));
        }, iter: 500);
    }

    [Fact]
    public void A_megabyte_of_one_repeated_word_is_read_in_one_pass()
    {
        var text = string.Concat(Enumerable.Repeat("salary ", 150_000));
        var tokens = Tokenizer.Tokenize(text);
        var cue = CuePattern.TryCompile("salary ..8 salary ..8 discussed", out _, out _)!;

        Assert.Equal(150_000, tokens.Count);
        Assert.Empty(new CueIndex(new[] { cue }).FindAll(tokens).Select(m => (m.First, m.Last)));
    }

    [Fact]
    public void The_bit_mask_matcher_agrees_with_the_general_one_on_every_built_in_cue()
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        var classes = set.WordClassesFor("en");
        var cues = set.Signals.SelectMany(s => s.Cues.TryGetValue("en", out var c) ? c.Present.Concat(c.Absent) : [])
            .SelectMany(c => CueExpression.TryCompile(c, ReadingLanguage.English.Inflector, classes, out _, out _)!.Parts).ToArray();
        var vocabulary = cues.SelectMany(c => c.Words).Concat(new[] { "the", "and", ",", ".", "3", "not" }).Distinct().Order(StringComparer.Ordinal).ToArray();
        Gen.Int[0, cues.Length - 1].Select(Gen.Int[0, vocabulary.Length - 1].Array[1, 14]).Sample((c, words) =>
        {
            // Samples run on several threads: each gets its own scratch arrays.
            var states = new bool[64];
            var next = new bool[64];
            var tokens = Tokenizer.Tokenize(string.Join(" ", words.Select(w => vocabulary[w])));
            for (var start = 0; start < tokens.Count; start++)
            {
                Assert.True(cues[c].MatchAtBySets(tokens, start, states, next) == cues[c].MatchAt(tokens, start, states, next), $"{cues[c].Source} at {start} of: {string.Join(" ", tokens.Select(t => t.Normal))}");
            }
        }, iter: 3000);
    }

    [Fact]
    public void A_word_seen_again_is_the_same_string_and_different_words_never_share_one()
    {
        var first = Tokenizer.Tokenize("Salary salary SALARY salad");
        Assert.Same(first[0].Normal, first[1].Normal);
        Assert.Same(first[0].Normal, first[2].Normal);
        Assert.Equal("salad", first[3].Normal);

        // Whatever collides in the pool, each token keeps its own word.
        Gen.String[Gen.Char['a', 'z'], 1, 30].Array[1, 200].Sample(words =>
        {
            var tokens = Tokenizer.Tokenize(string.Join(" ", words));
            Assert.Equal(words, tokens.Select(t => t.Normal));
        }, iter: 300);
    }

    [Fact]
    public void The_index_finds_what_trying_every_cue_at_every_word_finds()
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        var classes = set.WordClassesFor("en");
        var patterns = set.Signals.SelectMany(x => x.Cues.TryGetValue("en", out var c) ? c.Present.Concat(c.Absent) : [])
            .SelectMany(c => CueExpression.TryCompile(c, ReadingLanguage.English.Inflector, classes, out _, out _)!.Parts).Concat(ReadingLanguage.English.Rules.Triggers).ToArray();
        var index = new CueIndex(patterns);
        var vocabulary = patterns.SelectMany(p => p.Words).Where(w => w.Length < 12).Distinct().Order(StringComparer.Ordinal).Take(400).Concat(new[] { ",", ".", "3" }).ToArray();
        Gen.Int[0, vocabulary.Length - 1].Array[1, 30].Sample(words =>
        {
            var tokens = Tokenizer.Tokenize(string.Join(" ", words.Select(w => vocabulary[w])));
            var expected = new List<(int, int, int)>();
            for (var p = 0; p < patterns.Length; p++)
            {
                var states = new bool[patterns[p].StateCount];
                var next = new bool[patterns[p].StateCount];
                for (var start = 0; start < tokens.Count; start++)
                {
                    if (tokens[start].IsBreak)
                    {
                        continue;
                    }

                    var last = patterns[p].MatchAt(tokens, start, states, next);
                    if (last >= 0 && patterns[p].Guards(tokens, start, last))
                    {
                        expected.Add((p, start, last));
                        start = last;
                    }
                }
            }

            var found = index.FindAll(tokens);
            Assert.Equal(expected.OrderBy(m => m.Item1).ThenBy(m => m.Item2), found.Select(m => (m.Pattern, m.First, m.Last)).OrderBy(m => m.Item1).ThenBy(m => m.Item2));
            Assert.True(found.Zip(found.Skip(1)).All(x => x.First.First <= x.Second.First), "matches are reported in the order they start");
        }, iter: 400);
    }
}

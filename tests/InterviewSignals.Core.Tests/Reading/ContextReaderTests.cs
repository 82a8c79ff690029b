using InterviewSignals.Matching;
using InterviewSignals.Reading;

namespace InterviewSignals.Tests.Reading;

/// <summary>The context rules, one trap at a time, in English and Spanish.</summary>
public class ContextReaderTests
{
    private static CueContext Read(string language, string cue, string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var pattern = CuePattern.TryCompile(cue, out var error, out _) ?? throw new InvalidOperationException(error);
        var (first, last) = Assert.Single(new CueIndex(new[] { pattern }).FindAll(tokens).Select(m => (m.First, m.Last)));
        return new ContextReader(tokens, Language(language).Rules).Of(first, last, pattern);
    }

    [Theory]
    [InlineData("She asked when I could start.", "Affirmed")]
    [InlineData("They never asked when I could start.", "Negated")]
    [InlineData("Nobody asked when I could start.", "Negated")]
    [InlineData("They didn't explain much, but they asked when I could start.", "Affirmed")]
    [InlineData("They didn't explain much; however they asked when I could start.", "Affirmed")]
    [InlineData("Not only did they ask when I could start, they showed me my desk.", "Affirmed")]
    [InlineData("If they had asked when I could start, I would feel better.", "Hypothetical")]
    [InlineData("They might ask when I could start next time.", "Hypothetical")]
    [InlineData("A friend who interviewed there was asked when she could start.", "SomeoneElse")]
    [InlineData("Be ready: they asked when I could start is a good sign.", "AdviceToReader")]
    public void English(string text, string expected)
        => Assert.Equal(expected, Read("en", "ask* when [i|she] could|can start", text).ToString());

    [Theory]
    [InlineData("Salary was discussed.", "Affirmed")]
    [InlineData("No salary was discussed.", "Negated")]
    [InlineData("Salary was not discussed at all.", "Negated")]
    [InlineData("You should be ready when salary is discussed.", "AdviceToReader")]
    public void A_negation_after_the_cue_in_the_same_clause_counts_too(string text, string expected)
        => Assert.Equal(expected, Read("en", "salary .. discussed", text).ToString());

    [Theory]
    [InlineData("Me preguntaron cuándo podría empezar.", "Affirmed")]
    [InlineData("Nunca me preguntaron cuándo podría empezar.", "Negated")]
    [InlineData("No me explicaron nada, pero me preguntaron cuándo podría empezar.", "Affirmed")]
    [InlineData("No solo me preguntaron cuándo podría empezar, también me presentaron al equipo.", "Affirmed")]
    [InlineData("Si me hubieran preguntado cuándo podría empezar, estaría tranquilo.", "Hypothetical")]
    [InlineData("A un amigo le preguntaron cuándo podría empezar.", "SomeoneElse")]
    [InlineData("Prepárate: te preguntarán cuándo podrías empezar.", "AdviceToReader")]
    public void Spanish(string text, string expected)
        => Assert.Equal(expected, Read("es", "pregunt* cuando [podria|podrias] empezar", text).ToString());

    [Fact]
    public void A_negative_word_inside_the_cue_itself_does_not_negate_it()
        => Assert.Equal(CueContext.Affirmed, Read("en", "no word", "Still no word from them."));

    private static ReadingLanguage Language(string tag) => tag == "es" ? ReadingLanguage.Spanish : ReadingLanguage.English;
}

using InterviewSignals.Matching;

namespace InterviewSignals.Tests.Reading;

public class TokenizerTests
{
    [Fact]
    public void Words_keep_their_offsets_into_the_original_text_and_read_in_a_normal_form()
    {
        const string text = "She asked when I'd START. ¿Sí?";
        var tokens = Tokenizer.Tokenize(text);

        // A break keeps "?" when it ends a question: a question asserts nothing, so the reader sets its cues aside.
        Assert.Equal(new[] { "she", "asked", "when", "id", "start", "", "si", "?" }, tokens.Select(t => t.Normal));
        var start = tokens[4];
        Assert.Equal("START", text.Substring(start.Start, start.Length));
        Assert.Equal("Sí", text.Substring(tokens[6].Start, tokens[6].Length));
        Assert.Equal(TokenKind.SentenceBreak, tokens[5].Kind);
    }

    [Fact]
    public void Commas_and_semicolons_end_a_clause_and_runs_of_marks_collapse_into_the_strongest()
    {
        var kinds = Tokenizer.Tokenize("salary, then; start?!").Select(t => t.Kind).ToList();
        Assert.Equal(new[] { TokenKind.Word, TokenKind.ClauseBreak, TokenKind.Word, TokenKind.ClauseBreak, TokenKind.Word, TokenKind.SentenceBreak }, kinds);
    }

    [Theory]
    [InlineData("2.5 hrs", "2.5", "Number")]
    [InlineData("45-min", "45", "Number")]
    [InlineData("didn’t", "didnt", "Word")]
    [InlineData("entrevistó", "entrevisto", "Word")]
    [InlineData("año", "ano", "Word")]
    public void Numbers_apostrophes_and_accents(string text, string normal, string kind)
    {
        var first = Tokenizer.Tokenize(text)[0];
        Assert.Equal((normal, kind), (first.Normal, first.Kind.ToString()));
    }

    [Fact]
    public void A_combining_accent_folds_like_a_precomposed_one()
        => Assert.Equal(Tokenizer.Tokenize("sí")[0].Normal, Tokenizer.Tokenize("si\u0301")[0].Normal);
}

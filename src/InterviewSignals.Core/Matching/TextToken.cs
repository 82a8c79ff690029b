namespace InterviewSignals.Matching;

/// <summary>What a token is: a word or number to match, or a boundary that ends a clause or a sentence.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    ClauseBreak,
    SentenceBreak,
}

/// <summary>One token of a text: where it is in the original text and its normal form (lower case, accents folded, apostrophes dropped).</summary>
/// <param name="Start">The offset of its first character in the original text.</param>
/// <param name="Length">Its length in the original text.</param>
/// <param name="Normal">The normal form that patterns compare against.</param>
/// <param name="Kind">The kind.</param>
internal readonly record struct TextToken(int Start, int Length, string Normal, TokenKind Kind)
{
    public bool IsBreak => Kind >= TokenKind.ClauseBreak;
}

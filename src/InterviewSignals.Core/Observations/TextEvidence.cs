namespace InterviewSignals.Observations;

/// <summary>
/// Words in the text that show a proposal: where they are (offsets into the original text), the words themselves,
/// where their sentence is, and the cue that matched. The sentence is given by position only, so a reading keeps no
/// more of a person's text than the matched words.
/// </summary>
public sealed record TextEvidence
{
    /// <summary>Initializes a new instance of the <see cref="TextEvidence"/> record.</summary>
    /// <param name="start">The offset of the first matched character in the original text.</param>
    /// <param name="length">The length of the match in the original text.</param>
    /// <param name="text">The matched words, as written.</param>
    /// <param name="sentenceStart">The offset of the sentence that holds the match.</param>
    /// <param name="sentenceLength">The length of that sentence.</param>
    /// <param name="cue">The cue pattern that matched.</param>
    public TextEvidence(int start, int length, string text, int sentenceStart, int sentenceLength, string cue)
    {
        Start = start;
        Length = length;
        Text = text;
        SentenceStart = sentenceStart;
        SentenceLength = sentenceLength;
        Cue = cue;
    }

    /// <summary>Gets the offset of the first matched character in the original text.</summary>
    public int Start { get; }

    /// <summary>Gets the length of the match in the original text.</summary>
    public int Length { get; }

    /// <summary>Gets the matched words, as written.</summary>
    public string Text { get; }

    /// <summary>Gets the offset of the sentence that holds the match.</summary>
    public int SentenceStart { get; }

    /// <summary>Gets the length of that sentence.</summary>
    public int SentenceLength { get; }

    /// <summary>Gets the cue pattern that matched.</summary>
    public string Cue { get; }

    /// <summary>Deconstructs the record into its parts.</summary>
    /// <param name="start">The offset of the first matched character in the original text.</param>
    /// <param name="length">The length of the match in the original text.</param>
    /// <param name="text">The matched words, as written.</param>
    /// <param name="sentenceStart">The offset of the sentence that holds the match.</param>
    /// <param name="sentenceLength">The length of that sentence.</param>
    /// <param name="cue">The cue pattern that matched.</param>
    public void Deconstruct(out int start, out int length, out string text, out int sentenceStart, out int sentenceLength, out string cue)
    {
        start = Start;
        length = Length;
        text = Text;
        sentenceStart = SentenceStart;
        sentenceLength = SentenceLength;
        cue = Cue;
    }
}


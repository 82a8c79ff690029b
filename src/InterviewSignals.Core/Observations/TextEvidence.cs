namespace InterviewSignals.Observations;

/// <summary>
/// Words in the text that show a proposal: where they are (offsets into the original text), the words themselves,
/// where their sentence is, and the cue that matched. The sentence is given by position only, so a reading keeps no
/// more of a person's text than the matched words.
/// </summary>
/// <param name="Start">The offset of the first matched character in the original text.</param>
/// <param name="Length">The length of the match in the original text.</param>
/// <param name="Text">The matched words, as written.</param>
/// <param name="SentenceStart">The offset of the sentence that holds the match.</param>
/// <param name="SentenceLength">The length of that sentence.</param>
/// <param name="Cue">The cue pattern that matched.</param>
public sealed record TextEvidence(int Start, int Length, string Text, int SentenceStart, int SentenceLength, string Cue);

using InterviewSignals.Taxonomy;

namespace InterviewSignals.Reading;

/// <summary>Reads free text with one signal set's cues. Implementations are immutable and thread-safe.</summary>
public interface IInterviewTextReader
{
    /// <summary>Gets the set whose cues this reader uses.</summary>
    SignalSet SignalSet { get; }

    /// <summary>Reads a text.</summary>
    /// <param name="text">The text, as the person wrote it.</param>
    /// <param name="details">What the text is, or <see langword="null"/> for an English narrative.</param>
    /// <returns>The reading.</returns>
    /// <exception cref="TextTooLongException">The text is longer than the reader's limit.</exception>
    /// <exception cref="System.ArgumentException">The language has no reading rules (English and Spanish have).</exception>
    TextReading Read(string text, TextDetails? details = null);
}

namespace InterviewSignals.Taxonomy;

/// <summary>Where a signal or modifier comes from: a document of the set and a sentence copied verbatim from it.</summary>
/// <param name="Document">The id of a document declared in <see cref="SignalSet.Documents"/>.</param>
/// <param name="Quote">The sentence, copied verbatim from the document.</param>
public sealed record SourceQuote(string Document, string Quote);

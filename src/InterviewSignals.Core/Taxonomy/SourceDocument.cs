namespace InterviewSignals.Taxonomy;

/// <summary>A document a signal set cites.</summary>
/// <param name="Id">A stable kebab-case id used by <see cref="SourceQuote.Document"/>.</param>
/// <param name="Title">The document's title.</param>
public sealed record SourceDocument(string Id, string Title);

namespace InterviewSignals.Taxonomy;

/// <summary>A category that groups signals; modifiers may target a category as a whole.</summary>
/// <param name="Id">A stable kebab-case id.</param>
/// <param name="Title">A short, human-readable name.</param>
public sealed record CategoryDefinition(string Id, string Title);

namespace InterviewSignals.Evaluation;

/// <summary>Where a signal's state came from.</summary>
public enum ContributionSource
{
    /// <summary>The observation answered it.</summary>
    Answer,

    /// <summary>A rule derived it from facts.</summary>
    Rule,

    /// <summary>A host's evidence provider supplied it.</summary>
    EvidenceProvider,

    /// <summary>A text reader proposed it from the person's own words, which <see cref="Contribution.Evidence"/> holds.</summary>
    Text,
}

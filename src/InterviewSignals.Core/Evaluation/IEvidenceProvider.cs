namespace InterviewSignals.Evaluation;

/// <summary>
/// A host's own source of evidence, for example an applicant tracking system's record of the interview. It answers
/// signals that the observation left unknown; its answers are weighed and traced like any other (source
/// <see cref="ContributionSource.EvidenceProvider"/>). Implement <see cref="EvidenceProvider"/> or use <see cref="EvidenceProvider.Create"/>.
/// </summary>
public interface IEvidenceProvider
{
    /// <summary>Gets a name that identifies the provider in contributions and errors.</summary>
    string Name { get; }

    /// <summary>Supplies answers for the observation.</summary>
    /// <param name="context">The set and the observation being weighed.</param>
    /// <param name="sink">Receives the answers.</param>
    void Provide(EvidenceContext context, EvidenceSink sink);
}

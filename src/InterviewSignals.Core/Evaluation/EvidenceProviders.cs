using System;
using System.Collections.Generic;
using InterviewSignals.Taxonomy;

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

/// <summary>What an evidence provider sees.</summary>
/// <param name="Set">The set being evaluated.</param>
/// <param name="Observation">The observation being weighed.</param>
/// <param name="AsOf">The instant it is weighed as of.</param>
public sealed record EvidenceContext(SignalSet Set, Observation Observation, DateTimeOffset AsOf);

/// <summary>Receives a provider's answers. An answer for a signal the observation already answered is ignored: the person's own answer wins.</summary>
public sealed class EvidenceSink
{
    private readonly Dictionary<string, SignalAnswer> _answers = new(StringComparer.Ordinal);

    internal EvidenceSink()
    {
    }

    internal IReadOnlyDictionary<string, SignalAnswer> Answers => _answers;

    /// <summary>Answers a signal.</summary>
    /// <param name="signalId">A signal the set declares.</param>
    /// <param name="state">Present or absent.</param>
    /// <param name="strength">For present, how strongly it showed, from 0 to 1.</param>
    public void Answer(string signalId, SignalState state, double strength = 1.0)
    {
        Internal.Guard.NotNullOrWhiteSpace(signalId);
        Internal.Guard.InRange(strength, 0, 1);
        if (state == SignalState.Unknown)
        {
            _answers.Remove(signalId);
            return;
        }

        _answers[signalId] = new SignalAnswer(state, state == SignalState.Present ? strength : 1.0);
    }
}

/// <summary>A base class for evidence providers, with a factory for the one-lambda case.</summary>
public abstract class EvidenceProvider : IEvidenceProvider
{
    /// <summary>Initializes a new instance of the <see cref="EvidenceProvider"/> class.</summary>
    /// <param name="name">The provider's name.</param>
    protected EvidenceProvider(string name) => Name = Internal.Guard.NotNullOrWhiteSpace(name);

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>Creates a provider from a delegate.</summary>
    /// <param name="name">The provider's name.</param>
    /// <param name="provide">Supplies answers.</param>
    /// <returns>The provider.</returns>
    public static IEvidenceProvider Create(string name, Action<EvidenceContext, EvidenceSink> provide)
        => new DelegateProvider(name, Internal.Guard.NotNull(provide));

    /// <inheritdoc/>
    public abstract void Provide(EvidenceContext context, EvidenceSink sink);

    private sealed class DelegateProvider : EvidenceProvider
    {
        private readonly Action<EvidenceContext, EvidenceSink> _provide;

        public DelegateProvider(string name, Action<EvidenceContext, EvidenceSink> provide)
            : base(name) => _provide = provide;

        public override void Provide(EvidenceContext context, EvidenceSink sink) => _provide(context, sink);
    }
}

/// <summary>Thrown when a host's evidence provider fails; wraps the provider's exception and names the provider. Nothing is weighed.</summary>
public sealed class EvidenceProviderException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="EvidenceProviderException"/> class.</summary>
    /// <param name="providerName">The provider's name.</param>
    /// <param name="innerException">What the provider threw.</param>
    public EvidenceProviderException(string providerName, Exception innerException)
        : base($"The evidence provider '{providerName}' failed: {innerException?.Message}", innerException)
    {
        ProviderName = providerName;
    }

    /// <summary>Gets the provider's name.</summary>
    public string ProviderName { get; }
}

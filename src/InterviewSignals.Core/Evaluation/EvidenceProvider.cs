using System;

namespace InterviewSignals.Evaluation;

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

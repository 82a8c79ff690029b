using System;

namespace InterviewSignals.Evaluation;

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

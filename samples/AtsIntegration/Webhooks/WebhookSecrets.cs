using System.Text;

namespace AtsIntegration.Webhooks;

/// <summary>
/// The secrets each vendor signs with, from configuration: <c>Webhooks:Greenhouse:SecretKey</c>,
/// <c>Webhooks:Lever:SignatureToken</c> and <c>Webhooks:Ashby:Secret</c>. A vendor without one is refused (503), so a
/// missing secret never means "accept anything". Secrets are never logged.
/// </summary>
public sealed class WebhookSecrets(IConfiguration configuration)
{
    public static readonly IReadOnlyDictionary<string, string> Keys = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["greenhouse"] = "Webhooks:Greenhouse:SecretKey",
        ["lever"] = "Webhooks:Lever:SignatureToken",
        ["ashby"] = "Webhooks:Ashby:Secret",
    };

    public byte[]? For(string source)
        => Keys.TryGetValue(source, out var key) && configuration[key] is { Length: > 0 } secret ? Encoding.UTF8.GetBytes(secret) : null;
}

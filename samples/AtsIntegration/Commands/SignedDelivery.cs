using System.Text;
using System.Text.Json.Nodes;
using AtsIntegration.Webhooks;

namespace AtsIntegration.Commands;

/// <summary>A body signed the way its vendor would sign it, ready to post: for the demo and the load check.</summary>
public sealed record SignedDelivery(string Path, byte[] Body, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    public static SignedDelivery Greenhouse(byte[] body, string eventId, byte[] secretKey)
        => new("/webhooks/greenhouse", body, [new("Signature", WebhookSignatures.SignGreenhouse(body, secretKey)), new("Greenhouse-Event-ID", eventId)]);

    public static SignedDelivery Ashby(byte[] body, byte[] secret)
        => new("/webhooks/ashby", body, [new("Ashby-Signature", WebhookSignatures.SignAshby(body, secret))]);

    /// <summary>Lever signs the body's token and triggeredAt and carries the signature in the body.</summary>
    public static SignedDelivery Lever(string json, byte[] signatureToken)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node["signature"] = WebhookSignatures.SignLever(node["token"]!.GetValue<string>(), node["triggeredAt"]!.ToJsonString(), signatureToken);
        return new("/webhooks/lever", Encoding.UTF8.GetBytes(node.ToJsonString()), []);
    }

    public static SignedDelivery Interviews(string source, byte[] body, byte[] secret)
        => new("/api/interviews?source=" + source, body, [new("Signature", WebhookSignatures.SignGreenhouse(body, secret))]);

    public async Task<HttpResponseMessage> PostAsync(HttpClient http, CancellationToken cancellation = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new ByteArrayContent(Body) };
        request.Content.Headers.ContentType = new("application/json");
        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await http.SendAsync(request, cancellation).ConfigureAwait(false);
    }
}

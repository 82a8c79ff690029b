using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AtsIntegration.Webhooks;

/// <summary>
/// The three vendors' signature schemes, each verified exactly as its documentation states and compared in constant
/// time. Greenhouse: header <c>Signature: sha256 &lt;hex&gt;</c>, HMAC-SHA256 of the raw body with the hook's secret key.
/// Ashby: header <c>Ashby-Signature: sha256=&lt;hex&gt;</c>, HMAC-SHA256 of the raw body with the hook's secret. Lever:
/// the body's <c>signature</c>, HMAC-SHA256 of the body's <c>token</c> followed by its <c>triggeredAt</c>, with the
/// webhook's signature token (Lever signs those two fields, not the body).
/// </summary>
public static class WebhookSignatures
{
    private const string GreenhousePrefix = "sha256 ";
    private const string AshbyPrefix = "sha256=";

    /// <summary>Checks a Greenhouse <c>Signature</c> header against the raw body.</summary>
    public static bool VerifyGreenhouse(string? header, byte[] body, byte[] secretKey)
        => header is not null && header.StartsWith(GreenhousePrefix, StringComparison.Ordinal) && Matches(header[GreenhousePrefix.Length..], HMACSHA256.HashData(secretKey, body));

    /// <summary>Checks an <c>Ashby-Signature</c> header against the raw body.</summary>
    public static bool VerifyAshby(string? header, byte[] body, byte[] secret)
        => header is not null && header.StartsWith(AshbyPrefix, StringComparison.Ordinal) && Matches(header[AshbyPrefix.Length..], HMACSHA256.HashData(secret, body));

    /// <summary>Checks a Lever body's <c>signature</c> against its <c>token</c> and <c>triggeredAt</c>; a body that is not a JSON object with all three is not signed.</summary>
    public static bool VerifyLever(byte[] body, byte[] signatureToken)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return LeverParts(doc.RootElement) is var (token, triggeredAt, signature)
                && Matches(signature, HMACSHA256.HashData(signatureToken, Encoding.UTF8.GetBytes(token + triggeredAt)));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The header value a Greenhouse hook would send for a body.</summary>
    public static string SignGreenhouse(byte[] body, byte[] secretKey) => GreenhousePrefix + Hex(HMACSHA256.HashData(secretKey, body));

    /// <summary>The header value an Ashby hook would send for a body.</summary>
    public static string SignAshby(byte[] body, byte[] secret) => AshbyPrefix + Hex(HMACSHA256.HashData(secret, body));

    /// <summary>The <c>signature</c> a Lever webhook would carry for a token and <c>triggeredAt</c> (as written in the JSON).</summary>
    public static string SignLever(string token, string triggeredAt, byte[] signatureToken) => Hex(HMACSHA256.HashData(signatureToken, Encoding.UTF8.GetBytes(token + triggeredAt)));

    /// <summary>The signed parts of a Lever body; <c>triggeredAt</c> exactly as written (a number of milliseconds).</summary>
    private static (string Token, string TriggeredAt, string Signature)? LeverParts(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("token", out var token) || token.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("triggeredAt", out var at) || at.ValueKind is not (JsonValueKind.Number or JsonValueKind.String)
            || !root.TryGetProperty("signature", out var signature) || signature.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return (token.GetString()!, at.ValueKind == JsonValueKind.String ? at.GetString()! : at.GetRawText(), signature.GetString()!);
    }

    /// <summary>Compares hex with the expected digest in time that does not depend on where they differ.</summary>
    private static bool Matches(string hex, byte[] expected)
    {
        if (hex.Length != expected.Length * 2)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(hex);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    private static string Hex(byte[] digest) => Convert.ToHexStringLower(digest);
}

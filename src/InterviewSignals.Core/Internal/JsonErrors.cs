using System;
using System.Text.Json;

namespace InterviewSignals.Internal;

/// <summary>Turns the JSON parser's errors into sentences for people.</summary>
internal static class JsonErrors
{
    /// <summary>The parser's description of what it expected, without its internal path suffix.</summary>
    public static string ParserReason(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message.Substring(0, cut) : message).Trim();
    }
}

using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using InterviewSignals.Observations;
using InterviewSignals.Reading;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Cli;

/// <summary>
/// What the JSON Lines commands share: a line's text (with its <c>language</c>, <c>kind</c> and <c>asOf</c>) and/or
/// its observation, turned into one observation; and a failure turned into an error code and a message.
/// </summary>
internal static class CaseLines
{
    /// <summary>The observation a line describes: its own answers, with what its text shows added where they are silent.</summary>
    public static (Observation Observation, TextReading? Reading, string Language) Observe(JsonElement root, SignalSet set, IInterviewTextReader reader, string defaultLanguage, DateTimeOffset defaultAsOf, bool observationAllowed)
    {
        var language = root.TryGetProperty("language", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString()! : defaultLanguage;
        var hasText = root.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String;
        var hasObservation = observationAllowed && root.TryGetProperty("observation", out var observationElement) && observationElement.ValueKind == JsonValueKind.Object;
        if (!hasText && !hasObservation)
        {
            throw new LineException(observationAllowed ? "A line needs \"text\" or \"observation\"." : "A line needs \"text\".");
        }

        var reading = hasText ? reader.Read(text.GetString()!, new TextReadingOptions { Language = language, Kind = Kind(root), AsOf = AsOf(root) ?? defaultAsOf }) : null;
        var given = hasObservation ? ObservationJson.Parse(root.GetProperty("observation").GetRawText(), set) : Observation.CreateBuilder().Build();
        return (reading?.MergeInto(given) ?? given, reading, language);
    }

    /// <summary>A stable code and a message for a line that could not be used.</summary>
    public static (string Code, string Message) Describe(Exception ex) => ex switch
    {
        JsonException => ("malformed-json", "The line is not well-formed JSON."),
        ObservationException o => (o.Errors[0].Code, string.Join(" ", o.Errors.Select(e => e.Message))),
        TextTooLongException t => ("text-too-long", CliInput.WithoutParameter(t.Message)),
        LineException b => ("invalid-line", b.Message),
        _ => ("invalid-value", CliInput.WithoutParameter(ex.Message)),
    };

    /// <summary>A line's own <c>asOf</c>, which places its "two weeks ago" and "by Friday"; without one, the command's <c>--as-of</c>, else the day it runs.</summary>
    private static DateTimeOffset? AsOf(JsonElement root)
    {
        if (!root.TryGetProperty("asOf", out var a) || a.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return a.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(a.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : throw new LineException($"\"asOf\" is {a.GetRawText()}; expected an ISO 8601 date such as \"2026-11-20\".");
    }

    private static TextKind Kind(JsonElement root)
        => !root.TryGetProperty("kind", out var k) || k.ValueKind != JsonValueKind.String ? TextKind.Narrative
         : k.GetString() switch
         {
             "narrative" => TextKind.Narrative,
             "employer-message" => TextKind.EmployerMessage,
             "notes" => TextKind.Notes,
             var other => throw new LineException($"\"kind\" is '{other}'; expected narrative, employer-message or notes."),
         };
}

/// <summary>A line of a JSON Lines input that cannot be used, with the reason.</summary>
internal sealed class LineException(string message) : Exception(message);

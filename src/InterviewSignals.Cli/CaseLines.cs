using System;
using System.Collections.Generic;
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
    /// <summary>Properties a labelled line may have; any other is checked against the protected characteristics.</summary>
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal) { "id", "offer", "observation", "text", "language", "kind", "asOf" };

    /// <summary>
    /// The names on a labelled line that are keyed to protected characteristics (its own properties beyond the known
    /// ones, and its observation's signal and fact ids), each as <c>'name' (characteristic)</c>: a fit on outcomes must
    /// not be able to learn from them.
    /// </summary>
    public static IEnumerable<string> ProtectedNames(JsonElement root)
    {
        foreach (var name in Names(root))
        {
            if (ProtectedCharacteristics.Match(name) is { } characteristic)
            {
                yield return $"'{name}' ({characteristic})";
            }
        }
    }

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

        var reading = hasText ? reader.Read(text.GetString()!, new TextDetails { Language = language, Kind = Kind(root), AsOf = AsOf(root) ?? defaultAsOf }) : null;
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

    /// <summary>The line's own property names beyond the known ones, and the signal and fact ids of its observation.</summary>
    private static IEnumerable<string> Names(JsonElement root)
    {
        foreach (var p in root.EnumerateObject())
        {
            if (!Known.Contains(p.Name))
            {
                yield return p.Name;
            }
        }

        if (root.TryGetProperty("observation", out var o) && o.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in o.EnumerateObject())
            {
                yield return p.Name;
            }

            foreach (var part in new[] { "signals", "facts" })
            {
                if (o.TryGetProperty(part, out var items) && items.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in items.EnumerateObject())
                    {
                        yield return p.Name;
                    }
                }
            }
        }
    }
}

/// <summary>A line of a JSON Lines input that cannot be used, with the reason.</summary>
internal sealed class LineException(string message) : Exception(message);

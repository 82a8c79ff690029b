using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using InterviewSignals.Internal;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Serialization;

/// <summary>
/// Reads and writes observations as JSON:
/// <c>{"asOf": "2026-11-20T09:00:00Z", "signals": {"next-steps-explained": "absent", "salary-discussed": {"state": "present", "strength": 0.5}}, "facts": {"interview-length-minutes": 45, "company-size": "large", "interview-date": "2026-11-10"}}</c>.
/// Fact values are typed by the set: numbers, booleans, choice strings, and ISO 8601 dates.
/// </summary>
public static class ObservationJson
{
    /// <summary>The largest observation document read, in bytes.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>Reads an observation and checks it against a set.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="set">The set that types the facts.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ObservationException">Every problem found: malformed JSON, unknown ids, wrong kinds, values out of range.</exception>
    public static Observation Parse(string json, SignalSet set)
    {
        Internal.Guard.NotNull(json);
        Internal.Guard.NotNull(set);
        if (Encoding.UTF8.GetByteCount(json) > MaxBytes)
        {
            throw Fail(new ObservationError(ObservationErrorCodes.InvalidValue, "$", Messages.ObservationLargerLimitBytes(MaxBytes)));
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw Fail(new ObservationError(ObservationErrorCodes.MalformedJson, ex.Path ?? "$", json.Trim().Length == 0 ? "The observation is empty; expected a JSON object such as {\"signals\": {}, \"facts\": {}}." : $"The observation is not well-formed JSON at line {(ex.LineNumber ?? 0) + 1}, column {(ex.BytePositionInLine ?? 0) + 1}: {JsonErrors.ParserReason(ex)}"));
        }

        using (doc)
        {
            return Read(doc.RootElement, set);
        }
    }

    /// <summary>Reads an observation without throwing, for hosts that check what a person submitted.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="set">The set that types the facts.</param>
    /// <param name="observation">The observation, when the text is a valid one.</param>
    /// <param name="errors">Every problem found; empty on success.</param>
    /// <returns>Whether the text is a valid observation for the set.</returns>
    public static bool TryParse(string json, SignalSet set, [NotNullWhen(true)] out Observation? observation, out IReadOnlyList<ObservationError> errors)
    {
        try
        {
            observation = Parse(json, set);
            errors = Array.Empty<ObservationError>();
            return true;
        }
        catch (ObservationException ex)
        {
            observation = null;
            errors = ex.Errors;
            return false;
        }
    }

    /// <summary>Reads an observation from a UTF-8 stream and checks it against a set.</summary>
    /// <param name="stream">The stream; read to its end, not closed.</param>
    /// <param name="set">The set that types the facts.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ObservationException">Every problem found.</exception>
    public static Observation Load(Stream stream, SignalSet set)
    {
        Internal.Guard.NotNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, true, 4096, leaveOpen: true);
        var buffer = new char[MaxBytes + 1];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        if (read > MaxBytes)
        {
            throw Fail(new ObservationError(ObservationErrorCodes.InvalidValue, "$", Messages.ObservationLargerLimitBytes(MaxBytes)));
        }

        return Parse(new string(buffer, 0, read), set);
    }

    /// <summary>Writes an observation; facts and answers in ordinal id order, so the output is stable.</summary>
    /// <param name="observation">The observation.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(Observation observation, bool indented = true)
    {
        Internal.Guard.NotNull(observation);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            if (observation.AsOf is { } asOf)
            {
                w.WriteString("asOf", asOf.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture));
            }

            w.WriteStartObject("signals");
            foreach (var pair in observation.Signals.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var state = pair.Value.State == SignalState.Present ? "present" : "absent";
                if (pair.Value.State == SignalState.Present && pair.Value.Strength != 1.0)
                {
                    w.WriteStartObject(pair.Key);
                    w.WriteString("state", state);
                    w.WriteNumber("strength", pair.Value.Strength);
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteString(pair.Key, state);
                }
            }

            w.WriteEndObject();
            w.WriteStartObject("facts");
            foreach (var pair in observation.Facts.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                switch (pair.Value.Kind)
                {
                    case FactKind.Number:
                        w.WriteNumber(pair.Key, pair.Value.Number);
                        break;
                    case FactKind.Boolean:
                        w.WriteBoolean(pair.Key, pair.Value.Boolean);
                        break;
                    default:
                        w.WriteString(pair.Key, pair.Value.ToString());
                        break;
                }
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Observation Read(JsonElement root, SignalSet set)
    {
        var errors = new List<ObservationError>();
        var builder = Observation.CreateBuilder();
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Fail(new ObservationError(ObservationErrorCodes.InvalidValue, "$", Messages.ObservationJSONObject()));
        }

        foreach (var p in root.EnumerateObject())
        {
            switch (p.Name)
            {
                case "asOf":
                    if (p.Value.ValueKind == JsonValueKind.String && ObservationChecks.TryDate(p.Value.GetString()!, out var asOf))
                    {
                        builder.AsOf(asOf);
                    }
                    else if (p.Value.ValueKind != JsonValueKind.Null)
                    {
                        errors.Add(new(ObservationErrorCodes.InvalidValue, "$.asOf", Messages.AsOfISODateDateTime()));
                    }

                    break;
                case "signals":
                    ReadSignals(p.Value, set, builder, errors);
                    break;
                case "facts":
                    ReadFacts(p.Value, set, builder, errors);
                    break;
                case "$schema":
                    break;
                default:
                    errors.Add(new(ObservationErrorCodes.UnknownProperty, "$." + p.Name, Messages.NotPropertyObservationExpectedAsOfSignals(p.Name)));
                    break;
            }
        }

        if (errors.Count > 0)
        {
            throw new ObservationException(errors);
        }

        return builder.Build();
    }

    private static void ReadSignals(JsonElement e, SignalSet set, ObservationBuilder builder, List<ObservationError> errors)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(ObservationErrorCodes.InvalidValue, "$.signals", Messages.SignalsObjectSignalIdState()));
            return;
        }

        foreach (var p in e.EnumerateObject())
        {
            var path = "signals." + p.Name;
            if (!set.TryGetSignal(p.Name, out _))
            {
                errors.Add(ObservationChecks.UnknownSignal(set, p.Name, path));
                continue;
            }

            string? state = null;
            var strength = 1.0;
            if (p.Value.ValueKind == JsonValueKind.String)
            {
                state = p.Value.GetString();
            }
            else if (p.Value.ValueKind == JsonValueKind.Object)
            {
                if (p.Value.TryGetProperty("state", out var s) && s.ValueKind == JsonValueKind.String)
                {
                    state = s.GetString();
                }

                if (p.Value.TryGetProperty("strength", out var st))
                {
                    if (st.ValueKind != JsonValueKind.Number || !st.TryGetDouble(out strength) || strength < 0 || strength > 1)
                    {
                        errors.Add(new(ObservationErrorCodes.OutOfRange, path, Messages.StrengthNumberBetween()));
                        continue;
                    }
                }
            }

            switch (state)
            {
                case "present":
                    builder.Present(p.Name, strength);
                    break;
                case "absent":
                    builder.Absent(p.Name);
                    break;
                case "unknown":
                    break;
                default:
                    errors.Add(new(ObservationErrorCodes.InvalidValue, path, Messages.SignalAnswerPresentAbsentUnknownObject()));
                    break;
            }
        }
    }

    private static void ReadFacts(JsonElement e, SignalSet set, ObservationBuilder builder, List<ObservationError> errors)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(ObservationErrorCodes.InvalidValue, "$.facts", Messages.FactsObjectFactIdValue()));
            return;
        }

        foreach (var p in e.EnumerateObject())
        {
            var path = "facts." + p.Name;
            if (!set.TryGetFact(p.Name, out var fact))
            {
                errors.Add(ObservationChecks.UnknownFact(set, p.Name, path));
                continue;
            }

            if (p.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            FactValue? value = fact.Kind switch
            {
                FactKind.Number when p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetDouble(out var d) && !double.IsInfinity(d) => FactValue.FromNumber(d),
                FactKind.Boolean when p.Value.ValueKind is JsonValueKind.True or JsonValueKind.False => FactValue.FromBoolean(p.Value.GetBoolean()),
                FactKind.Choice when p.Value.ValueKind == JsonValueKind.String => FactValue.FromChoice(p.Value.GetString()!),
                FactKind.Date when p.Value.ValueKind == JsonValueKind.String && ObservationChecks.TryDate(p.Value.GetString()!, out var date) => FactValue.FromDate(date),
                _ => null,
            };
            if (value is null)
            {
                errors.Add(new(ObservationErrorCodes.WrongFactKind, path, Messages.FactFound(p.Name, Expected(fact), Describe(p.Value))));
                continue;
            }

            var problem = ObservationChecks.CheckRange(fact, value.Value, path);
            if (problem is not null)
            {
                errors.Add(problem);
                continue;
            }

            builder.Fact(p.Name, value.Value);
        }
    }

    private static string Expected(FactDefinition f) => f.Kind switch
    {
        FactKind.Number => "a number" + (f.Unit is null ? string.Empty : " of " + f.Unit),
        FactKind.Boolean => "true or false",
        FactKind.Choice => "one of: " + string.Join(", ", f.Choices),
        _ => "an ISO 8601 date such as 2026-11-10",
    };

    private static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => "\"" + e.GetString() + "\"",
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "nothing",
    };

    private static ObservationException Fail(ObservationError error) => new(new[] { error });
}

using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using InterviewSignals.Internal;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Serialization;

/// <summary>
/// Reads and writes observations as JSON:
/// <c>{"asOf": "2026-11-20T09:00:00Z", "signals": {"next-steps-explained": "absent", "salary-discussed": {"state": "present", "strength": 0.5}}, "facts": {"interview-length-minutes": 45, "company-size": "large", "interview-date": "2026-11-10"}}</c>.
/// Fact values are typed by the set: numbers, booleans, choice strings, and ISO 8601 dates. An observation records the
/// set it was read for (written back as <c>"signalSet"</c>), so that it is never weighed with another.
/// </summary>
public static class ObservationJson
{
    /// <summary>Gets the largest observation document read, in bytes.</summary>
    /// <value>262,144 (256 KB).</value>
    public static int MaxBytes { get; } = 256 * 1024;

    /// <summary>Reads an observation and checks it against a set, without throwing: the core the other readers are built on.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="set">The set that types the facts; the observation records it.</param>
    /// <param name="observation">The observation, when the text is a valid one for the set.</param>
    /// <param name="errors">Every problem found, each with its code, path and (for JSON problems) line:column; empty on success.</param>
    /// <returns>Whether the text is a valid observation for the set.</returns>
    public static bool TryParse(string json, SignalSet set, [NotNullWhen(true)] out Observation? observation, out IReadOnlyList<InputError> errors)
    {
        Guard.NotNull(json);
        Guard.NotNull(set);
        observation = null;
        if (Encoding.UTF8.GetByteCount(json) > MaxBytes)
        {
            errors = new[] { new InputError(ObservationErrorCodes.InvalidValue, "$", SerializationMessages.ObservationLargerLimitBytes(MaxBytes)) };
            return false;
        }

        if (json.Trim().Length == 0)
        {
            errors = new[] { new InputError(ObservationErrorCodes.MalformedJson, "$", SerializationMessages.ObservationEmpty(), 1, 1) };
            return false;
        }

        var utf8 = Encoding.UTF8.GetBytes(json);
        var map = JsonPositionMap.Build(utf8, MaxDepth, out var failure);
        if (failure is { } f)
        {
            errors = new[] { new InputError(ObservationErrorCodes.MalformedJson, f.Path, f.TooDeep ? f.Message : SerializationMessages.ObservationNotWellFormed(f.Message), f.Line, f.Column) };
            return false;
        }

        using var doc = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = MaxDepth + 1, CommentHandling = JsonCommentHandling.Skip });
        var found = new List<InputError>();
        var read = ObservationJsonReader.Read(doc.RootElement, set, found);
        errors = found.Select(e => e.WithPosition(map.Find(JsonPathOf(e.Path)), null)).ToList();
        observation = errors.Count == 0 ? read : null;
        return observation is not null;
    }

    /// <summary>Reads an observation and checks it against a set.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="set">The set that types the facts; the observation records it.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ObservationException">Every problem found: malformed JSON, unknown ids, wrong kinds, values out of range, another set.</exception>
    public static Observation Parse(string json, SignalSet set)
        => TryParse(json, set, out var observation, out var errors) ? observation : throw new ObservationException(errors);

    /// <summary>Reads an observation from a UTF-8 stream and checks it against a set.</summary>
    /// <param name="stream">The stream; read to its end, not closed.</param>
    /// <param name="set">The set that types the facts.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ObservationException">Every problem found.</exception>
    public static Observation Load(Stream stream, SignalSet set)
    {
        Guard.NotNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, true, 4096, leaveOpen: true);
        var buffer = new char[MaxBytes + 1];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        if (read > MaxBytes)
        {
            throw new ObservationException(new[] { new InputError(ObservationErrorCodes.InvalidValue, "$", SerializationMessages.ObservationLargerLimitBytes(MaxBytes)) });
        }

        return Parse(new string(buffer, 0, read), set);
    }

    /// <summary>Writes an observation; facts and answers in ordinal id order, so the output is stable.</summary>
    /// <param name="observation">The observation.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(Observation observation, bool indented = true)
    {
        Guard.NotNull(observation);
        using var stream = new MemoryStream();
        using (var w = JsonWriting.Open(stream, indented))
        {
            w.WriteStartObject();
            if (observation.SignalSet is { } madeFor)
            {
                w.WriteStartObject("signalSet");
                w.WriteString("id", madeFor.Id);
                w.WriteString("version", madeFor.Version);
                w.WriteString("contentHash", madeFor.ContentHash);
                w.WriteEndObject();
            }

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

    private const int MaxDepth = 8;

    private static readonly char[] Dot = { '.' };

    /// <summary>The JSON path of an observation error's path: <c>signals.ID</c> and <c>facts.ID</c> are written without the <c>$</c>.</summary>
    private static string JsonPathOf(string path)
    {
        if (path.Length > 0 && path[0] == '$')
        {
            return path;
        }

        var parts = path.Split(Dot, 2);
        return parts.Length == 1 ? JsonPositionMap.Child("$", path) : JsonPositionMap.Child(JsonPositionMap.Child("$", parts[0]), parts[1]);
    }
}

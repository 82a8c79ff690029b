using System.Collections.Generic;
using System.Text.Json;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Serialization;

/// <summary>Reads an observation document against its set, collecting every problem with its path.</summary>
internal static class ObservationJsonReader
{
    /// <summary>Reads the document's root into an observation made for <paramref name="set"/>, adding every problem to <paramref name="errors"/>.</summary>
    public static Observation? Read(JsonElement root, SignalSet set, List<InputError> errors)
    {
        var builder = Observation.CreateBuilder().ForSet(set.Reference);
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InputError(ObservationErrorCodes.InvalidValue, "$", SerializationMessages.ObservationJSONObject()));
            return null;
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
                        errors.Add(new(ObservationErrorCodes.InvalidValue, "$.asOf", SerializationMessages.AsOfISODateDateTime()));
                    }

                    break;
                case "signals":
                    ReadSignals(p.Value, set, builder, errors);
                    break;
                case "facts":
                    ReadFacts(p.Value, set, builder, errors);
                    break;
                case "signalSet":
                    ReadSignalSet(p.Value, set, errors);
                    break;
                case "$schema":
                    break;
                default:
                    errors.Add(new(ObservationErrorCodes.UnknownProperty, "$." + p.Name, SerializationMessages.NotPropertyObservationExpectedAsOfSignals(p.Name)));
                    break;
            }
        }

        return errors.Count > 0 ? null : builder.Build();
    }

    /// <summary>An observation written for a set says which (<c>"signalSet"</c>); read with a set other than that one or one extending it, it is refused, since its answers mean that set's signals.</summary>
    private static void ReadSignalSet(JsonElement e, SignalSet set, List<InputError> errors)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("contentHash", out var hash) || hash.ValueKind != JsonValueKind.String)
        {
            errors.Add(new InputError(ObservationErrorCodes.InvalidValue, "$.signalSet", SerializationMessages.ObservationSignalSetShape()));
        }
        else if (!set.Understands(new SignalSetReference("?", "?", hash.GetString()!)))
        {
            var id = e.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : "?";
            var version = e.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : "?";
            errors.Add(new InputError(ObservationErrorCodes.SignalSetMismatch, "$.signalSet", SerializationMessages.ObservationForAnotherSet($"{id}@{version} ({hash.GetString()})", $"{set.Id}@{set.Version} ({set.ContentHash})")));
        }
    }

    private static void ReadSignals(JsonElement e, SignalSet set, ObservationBuilder builder, List<InputError> errors)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(ObservationErrorCodes.InvalidValue, "$.signals", SerializationMessages.SignalsObjectSignalIdState()));
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
                        errors.Add(new(ObservationErrorCodes.OutOfRange, path, SerializationMessages.StrengthNumberBetween()));
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
                    errors.Add(new(ObservationErrorCodes.InvalidValue, path, SerializationMessages.SignalAnswerPresentAbsentUnknownObject()));
                    break;
            }
        }
    }

    private static void ReadFacts(JsonElement e, SignalSet set, ObservationBuilder builder, List<InputError> errors)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(ObservationErrorCodes.InvalidValue, "$.facts", SerializationMessages.FactsObjectFactIdValue()));
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
                errors.Add(new(ObservationErrorCodes.WrongFactKind, path, SerializationMessages.FactFound(p.Name, Expected(fact), Describe(p.Value))));
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
}

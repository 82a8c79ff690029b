using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Questionnaires;
using InterviewSignals.Reading;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Serialization;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Default,
    Converters = new[]
    {
        typeof(CamelCaseEnumConverter<OutlookBand>), typeof(CamelCaseEnumConverter<TooEarlyReason>), typeof(CamelCaseEnumConverter<ConfidenceLevel>),
        typeof(CamelCaseEnumConverter<ContributionSource>), typeof(CamelCaseEnumConverter<SignalState>), typeof(CamelCaseEnumConverter<IntendedUse>),
        typeof(CamelCaseEnumConverter<AnswerKind>), typeof(CamelCaseEnumConverter<TextKind>), typeof(CamelCaseEnumConverter<CueSetAside>), typeof(CamelCaseEnumConverter<QuestionTarget>), typeof(CamelCaseEnumConverter<InterviewPhase>),
        typeof(CamelCaseEnumConverter<Timelines.NudgeReason>), typeof(CamelCaseEnumConverter<Timelines.ApplicationStatus>),
        typeof(FactValueJsonConverter),
    })]
[JsonSerializable(typeof(Assessment))]
[JsonSerializable(typeof(Explanation))]
[JsonSerializable(typeof(Questionnaire))]
[JsonSerializable(typeof(ExplainedAssessment))]
[JsonSerializable(typeof(TextReading))]
[JsonSerializable(typeof(Outcomes.OutcomeReport))]
[JsonSerializable(typeof(Timelines.NudgeAdvice))]
internal sealed partial class InterviewSignalsJsonContext : JsonSerializerContext
{
    private static readonly Lazy<InterviewSignalsJsonContext> IndentedContext = new(() => new InterviewSignalsJsonContext(new JsonSerializerOptions(Default!.Options) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    private static readonly Lazy<InterviewSignalsJsonContext> CompactContext = new(() => new InterviewSignalsJsonContext(new JsonSerializerOptions(Default!.Options) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

    public static InterviewSignalsJsonContext Indented => IndentedContext.Value;

    /// <summary>Gets a context that writes apostrophes and accents as they are (the text stays JSON-safe; it is not meant to be pasted into HTML unescaped).</summary>
    public static InterviewSignalsJsonContext Compact => CompactContext.Value;
}

internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}

/// <summary>
/// A fact value as a plain JSON value, as an observation writes it: a number, <c>true</c>/<c>false</c>, a choice, or a
/// date as an ISO 8601 string. A string that is an ISO 8601 date with a time reads back as a date, any other as a choice.
/// </summary>
internal sealed class FactValueJsonConverter : JsonConverter<FactValue>
{
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK";

    public override FactValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return FactValue.FromNumber(reader.GetDouble());
            case JsonTokenType.True:
            case JsonTokenType.False:
                return FactValue.FromBoolean(reader.GetBoolean());
            case JsonTokenType.String:
                var text = reader.GetString()!;
                return DateTimeOffset.TryParseExact(text, DateFormat, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
                    ? FactValue.FromDate(date)
                    : FactValue.FromChoice(text);
            default:
                throw new JsonException(SerializationMessages.FactValueNumber(reader.TokenType));
        }
    }

    public override void Write(Utf8JsonWriter writer, FactValue value, JsonSerializerOptions options)
    {
        switch (value.Kind)
        {
            case FactKind.Number:
                writer.WriteNumberValue(value.Number);
                break;
            case FactKind.Boolean:
                writer.WriteBooleanValue(value.Boolean);
                break;
            case FactKind.Choice:
                writer.WriteStringValue(value.Choice);
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }
}

using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Internal;
using InterviewSignals.Questionnaires;
using InterviewSignals.Reading;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Serialization;

/// <summary>
/// Serialises assessments, explanations and questionnaires into their documented JSON shapes: camelCase
/// properties, enums as camelCase strings, numbers as shortest round-trip values. Source-generated, so it is
/// trim- and AOT-safe, and the output does not depend on the current culture.
/// </summary>
public static class InterviewSignalsJson
{
    /// <summary>Gets the resolver for the library's result types, to combine with a host's own <see cref="JsonSerializerOptions"/>.</summary>
    /// <value>The source-generated resolver.</value>
    public static IJsonTypeInfoResolver TypeInfoResolver => InterviewSignalsJsonContext.Default;

    /// <summary>Serialises an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The indented JSON text.</returns>
    public static string Serialize(Assessment assessment) => Serialize(assessment, indented: true);

    /// <summary>Serialises an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Assessment assessment, bool indented)
        => JsonSerializer.Serialize(Internal.Guard.NotNull(assessment), Context(indented).Assessment);

    /// <summary>Serialises an explanation.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <returns>The indented JSON text.</returns>
    public static string Serialize(Explanation explanation) => Serialize(explanation, indented: true);

    /// <summary>Serialises an explanation.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Explanation explanation, bool indented)
        => JsonSerializer.Serialize(Internal.Guard.NotNull(explanation), Context(indented).Explanation);

    /// <summary>Serialises an assessment with its explanation as one indented object, <c>{"assessment": …, "explanation": …}</c>.</summary>
    /// <param name="result">The assessment and its explanation.</param>
    /// <returns>The indented JSON text.</returns>
    public static string Serialize(ExplainedAssessment result) => Serialize(result, indented: true);

    /// <summary>Serialises an assessment with its explanation as one object, <c>{"assessment": …, "explanation": …}</c>.</summary>
    /// <param name="result">The assessment and its explanation.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ExplainedAssessment result, bool indented)
        => JsonSerializer.Serialize(Internal.Guard.NotNull(result), Context(indented).ExplainedAssessment);

    /// <summary>Serialises a questionnaire.</summary>
    /// <param name="questionnaire">The questionnaire.</param>
    /// <returns>The indented JSON text.</returns>
    public static string Serialize(Questionnaire questionnaire) => Serialize(questionnaire, indented: true);

    /// <summary>Serialises a questionnaire.</summary>
    /// <param name="questionnaire">The questionnaire.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Questionnaire questionnaire, bool indented)
        => JsonSerializer.Serialize(Internal.Guard.NotNull(questionnaire), Context(indented).Questionnaire);

    /// <summary>Reads an assessment written by <see cref="Serialize(Assessment)"/>; the result equals the one that was written.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ResultJsonException">The text is not an assessment; the message names the line, column and what was expected.</exception>
    public static Assessment DeserializeAssessment(string json) => Deserialize(json, InterviewSignalsJsonContext.Default.Assessment, "an assessment");

    /// <summary>Reads an explanation written by <see cref="Serialize(Explanation)"/>; the result equals the one that was written.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ResultJsonException">The text is not an explanation; the message names the line, column and what was expected.</exception>
    public static Explanation DeserializeExplanation(string json) => Deserialize(json, InterviewSignalsJsonContext.Default.Explanation, "an explanation");

    /// <summary>Serialises a text reading.</summary>
    /// <param name="reading">The reading.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text: top-level <c>signals</c> (with <c>signalId</c>, <c>state</c>, <c>evidence</c>), <c>setAside</c> and <c>conflicts</c>.</returns>
    public static string Serialize(TextReading reading, bool indented)
        => JsonSerializer.Serialize(Internal.Guard.NotNull(reading), Context(indented).TextReading);

    /// <summary>Serialises a text reading, indented.</summary>
    /// <param name="reading">The reading.</param>
    /// <returns>The indented JSON text.</returns>
    public static string Serialize(TextReading reading) => Serialize(reading, indented: true);

    /// <summary>Reads a text reading written by <see cref="Serialize(TextReading, bool)"/>; the result equals the one that was written.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The reading.</returns>
    /// <exception cref="ResultJsonException">The text is not a reading.</exception>
    public static TextReading DeserializeTextReading(string json) => Deserialize(json, InterviewSignalsJsonContext.Default.TextReading, "a text reading");

    /// <summary>Writes an evaluation report as JSON, camelCase, with the set it evaluated.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Outcomes.EvaluationReport report, bool indented)
        => JsonSerializer.Serialize(Internal.Guard.NotNull(report), Context(indented).EvaluationReport);

    /// <summary>Reads an evaluation report written by <see cref="Serialize(Outcomes.EvaluationReport, bool)"/>; the result equals the one that was written.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ResultJsonException">The text is not a report.</exception>
    public static Outcomes.EvaluationReport DeserializeEvaluationReport(string json) => Deserialize(json, InterviewSignalsJsonContext.Default.EvaluationReport, "an evaluation report");

    /// <summary>Writes a nudge advice as JSON, camelCase.</summary>
    /// <param name="advice">The advice.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Timelines.NudgeAdvice advice, bool indented)
        => JsonSerializer.Serialize(Internal.Guard.NotNull(advice), Context(indented).NudgeAdvice);

    /// <summary>Reads a nudge advice written by <see cref="Serialize(Timelines.NudgeAdvice, bool)"/>; the result equals the one that was written.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The advice.</returns>
    /// <exception cref="ResultJsonException">The text is not a nudge advice.</exception>
    public static Timelines.NudgeAdvice DeserializeNudgeAdvice(string json) => Deserialize(json, InterviewSignalsJsonContext.Default.NudgeAdvice, "a nudge advice");

    /// <summary>Reads an assessment without throwing, for hosts that check stored or submitted data.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="assessment">The assessment, when the text is one.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the text is an assessment.</returns>
    public static bool TryDeserializeAssessment(string json, [NotNullWhen(true)] out Assessment? assessment, [NotNullWhen(false)] out string? error)
    {
        try
        {
            assessment = DeserializeAssessment(json);
            error = null;
            return true;
        }
        catch (ResultJsonException ex)
        {
            assessment = null;
            error = ex.Message;
            return false;
        }
    }

    private static T Deserialize<T>(string json, JsonTypeInfo<T> info, string what)
        where T : class
    {
        Internal.Guard.NotNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, info) ?? throw new ResultJsonException($"Expected {what} as a JSON object, found null.");
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}{(string.IsNullOrEmpty(ex.Path) ? string.Empty : " (" + ex.Path + ")")}" : string.Empty;
            throw new ResultJsonException($"The text is not {what}{where}: {JsonErrors.ParserReason(ex)}", ex);
        }
    }

    private static InterviewSignalsJsonContext Context(bool indented) => indented ? InterviewSignalsJsonContext.Indented : InterviewSignalsJsonContext.Compact;
}

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
[JsonSerializable(typeof(Outcomes.EvaluationReport))]
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
                throw new JsonException($"A fact value is a number, a boolean or a string; found {reader.TokenType}.");
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

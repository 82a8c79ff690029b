using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Questionnaires;
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

    private static InterviewSignalsJsonContext Context(bool indented) => indented ? InterviewSignalsJsonContext.Indented : InterviewSignalsJsonContext.Default;
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Default,
    Converters = new[]
    {
        typeof(CamelCaseEnumConverter<OutlookBand>), typeof(CamelCaseEnumConverter<TooEarlyReason>), typeof(CamelCaseEnumConverter<ConfidenceLevel>),
        typeof(CamelCaseEnumConverter<ContributionSource>), typeof(CamelCaseEnumConverter<SignalState>), typeof(CamelCaseEnumConverter<IntendedUse>),
        typeof(CamelCaseEnumConverter<AnswerKind>), typeof(CamelCaseEnumConverter<QuestionTarget>), typeof(CamelCaseEnumConverter<InterviewPhase>),
    })]
[JsonSerializable(typeof(Assessment))]
[JsonSerializable(typeof(Explanation))]
[JsonSerializable(typeof(Questionnaire))]
internal sealed partial class InterviewSignalsJsonContext : JsonSerializerContext
{
    private static readonly Lazy<InterviewSignalsJsonContext> IndentedContext = new(() => new InterviewSignalsJsonContext(new JsonSerializerOptions(Default!.Options) { WriteIndented = true }));

    public static InterviewSignalsJsonContext Indented => IndentedContext.Value;
}

internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}

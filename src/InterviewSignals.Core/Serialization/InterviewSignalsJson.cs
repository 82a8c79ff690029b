using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Internal;
using InterviewSignals.Outcomes;
using InterviewSignals.Questionnaires;
using InterviewSignals.Reading;
using InterviewSignals.Taxonomy;
using InterviewSignals.Timelines;

namespace InterviewSignals.Serialization;

/// <summary>
/// Writes and reads the library's results in their documented JSON shapes: camelCase properties, enums as camelCase
/// strings, numbers as shortest round-trip values. <c>ToJson</c> writes; <c>TryParse…</c> reads without throwing and
/// <c>Parse…</c> throws from it. What is read back equals what was written. Source-generated, so it is trim- and
/// AOT-safe, and the output does not depend on the current culture.
/// </summary>
public static class InterviewSignalsJson
{
    /// <summary>Gets the resolver for the library's result types, to combine with a host's own <see cref="JsonSerializerOptions"/>.</summary>
    /// <value>The source-generated resolver.</value>
    public static IJsonTypeInfoResolver TypeInfoResolver => InterviewSignalsJsonContext.Default;

    /// <summary>Writes an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The indented JSON text.</returns>
    public static string ToJson(Assessment assessment) => ToJson(assessment, indented: true);

    /// <summary>Writes an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(Assessment assessment, bool indented) => Write(assessment, Context(indented).Assessment);

    /// <summary>Writes an explanation.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <returns>The indented JSON text.</returns>
    public static string ToJson(Explanation explanation) => ToJson(explanation, indented: true);

    /// <summary>Writes an explanation.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(Explanation explanation, bool indented) => Write(explanation, Context(indented).Explanation);

    /// <summary>Writes an assessment with its explanation as one object, <c>{"assessment": …, "explanation": …}</c>.</summary>
    /// <param name="result">The assessment and its explanation.</param>
    /// <returns>The indented JSON text.</returns>
    public static string ToJson(ExplainedAssessment result) => ToJson(result, indented: true);

    /// <summary>Writes an assessment with its explanation as one object, <c>{"assessment": …, "explanation": …}</c>.</summary>
    /// <param name="result">The assessment and its explanation.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(ExplainedAssessment result, bool indented) => Write(result, Context(indented).ExplainedAssessment);

    /// <summary>Writes a questionnaire.</summary>
    /// <param name="questionnaire">The questionnaire.</param>
    /// <returns>The indented JSON text.</returns>
    public static string ToJson(Questionnaire questionnaire) => ToJson(questionnaire, indented: true);

    /// <summary>Writes a questionnaire.</summary>
    /// <param name="questionnaire">The questionnaire.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(Questionnaire questionnaire, bool indented) => Write(questionnaire, Context(indented).Questionnaire);

    /// <summary>Writes a text reading.</summary>
    /// <param name="reading">The reading.</param>
    /// <returns>The indented JSON text: top-level <c>signals</c> (with <c>signalId</c>, <c>state</c>, <c>evidence</c>), <c>setAside</c> and <c>conflicts</c>.</returns>
    public static string ToJson(TextReading reading) => ToJson(reading, indented: true);

    /// <summary>Writes a text reading.</summary>
    /// <param name="reading">The reading.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text: top-level <c>signals</c> (with <c>signalId</c>, <c>state</c>, <c>evidence</c>), <c>setAside</c> and <c>conflicts</c>.</returns>
    public static string ToJson(TextReading reading, bool indented) => Write(reading, Context(indented).TextReading);

    /// <summary>Writes an outcome report, with the set it checked.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The indented JSON text.</returns>
    public static string ToJson(OutcomeReport report) => ToJson(report, indented: true);

    /// <summary>Writes an outcome report, with the set it checked.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(OutcomeReport report, bool indented) => Write(report, Context(indented).OutcomeReport);

    /// <summary>Writes a nudge advice.</summary>
    /// <param name="advice">The advice.</param>
    /// <returns>The indented JSON text.</returns>
    public static string ToJson(NudgeAdvice advice) => ToJson(advice, indented: true);

    /// <summary>Writes a nudge advice.</summary>
    /// <param name="advice">The advice.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(NudgeAdvice advice, bool indented) => Write(advice, Context(indented).NudgeAdvice);

    /// <summary>Reads an assessment written by <see cref="ToJson(Assessment, bool)"/> without throwing, for hosts that check stored or submitted data.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="assessment">The assessment, when the text is one.</param>
    /// <param name="errors">What is wrong, with its code, path, line and column, when it is not; empty on success.</param>
    /// <returns>Whether the text is an assessment.</returns>
    public static bool TryParseAssessment(string json, [NotNullWhen(true)] out Assessment? assessment, out IReadOnlyList<InputError> errors)
        => TryRead(json, InterviewSignalsJsonContext.Default.Assessment, static v => v.SignalSet, "an assessment", out assessment, out errors);

    /// <summary>Reads an assessment written by <see cref="ToJson(Assessment, bool)"/>; the result equals the one that was written.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ResultJsonException">The text is not an assessment; the error names the line, column and what was expected.</exception>
    public static Assessment ParseAssessment(string json)
        => TryParseAssessment(json, out var value, out var errors) ? value : throw new ResultJsonException(errors);

    /// <summary>Reads an explanation written by <see cref="ToJson(Explanation, bool)"/> without throwing.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="explanation">The explanation, when the text is one.</param>
    /// <param name="errors">What is wrong, when it is not; empty on success.</param>
    /// <returns>Whether the text is an explanation.</returns>
    public static bool TryParseExplanation(string json, [NotNullWhen(true)] out Explanation? explanation, out IReadOnlyList<InputError> errors)
        => TryRead(json, InterviewSignalsJsonContext.Default.Explanation, static v => v.SignalSet, "an explanation", out explanation, out errors);

    /// <summary>Reads an explanation written by <see cref="ToJson(Explanation, bool)"/>; the result equals the one that was written.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ResultJsonException">The text is not an explanation.</exception>
    public static Explanation ParseExplanation(string json)
        => TryParseExplanation(json, out var value, out var errors) ? value : throw new ResultJsonException(errors);

    /// <summary>Reads a text reading written by <see cref="ToJson(TextReading, bool)"/> without throwing.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="reading">The reading, when the text is one.</param>
    /// <param name="errors">What is wrong, when it is not; empty on success.</param>
    /// <returns>Whether the text is a reading.</returns>
    public static bool TryParseTextReading(string json, [NotNullWhen(true)] out TextReading? reading, out IReadOnlyList<InputError> errors)
        => TryRead(json, InterviewSignalsJsonContext.Default.TextReading, static v => v.SignalSet, "a text reading", out reading, out errors);

    /// <summary>Reads a text reading written by <see cref="ToJson(TextReading, bool)"/>; the result equals the one that was written.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The reading.</returns>
    /// <exception cref="ResultJsonException">The text is not a reading.</exception>
    public static TextReading ParseTextReading(string json)
        => TryParseTextReading(json, out var value, out var errors) ? value : throw new ResultJsonException(errors);

    /// <summary>Reads an outcome report written by <see cref="ToJson(OutcomeReport, bool)"/> without throwing.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="report">The report, when the text is one.</param>
    /// <param name="errors">What is wrong, when it is not; empty on success.</param>
    /// <returns>Whether the text is a report.</returns>
    public static bool TryParseOutcomeReport(string json, [NotNullWhen(true)] out OutcomeReport? report, out IReadOnlyList<InputError> errors)
        => TryRead(json, InterviewSignalsJsonContext.Default.OutcomeReport, static v => v.SignalSet, "an outcome report", out report, out errors);

    /// <summary>Reads an outcome report written by <see cref="ToJson(OutcomeReport, bool)"/>; the result equals the one that was written.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ResultJsonException">The text is not a report.</exception>
    public static OutcomeReport ParseOutcomeReport(string json)
        => TryParseOutcomeReport(json, out var value, out var errors) ? value : throw new ResultJsonException(errors);

    /// <summary>Reads a nudge advice written by <see cref="ToJson(NudgeAdvice, bool)"/> without throwing.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="advice">The advice, when the text is one.</param>
    /// <param name="errors">What is wrong, when it is not; empty on success.</param>
    /// <returns>Whether the text is a nudge advice.</returns>
    public static bool TryParseNudgeAdvice(string json, [NotNullWhen(true)] out NudgeAdvice? advice, out IReadOnlyList<InputError> errors)
        => TryRead(json, InterviewSignalsJsonContext.Default.NudgeAdvice, static v => v.SignalSet, "a nudge advice", out advice, out errors);

    /// <summary>Reads a nudge advice written by <see cref="ToJson(NudgeAdvice, bool)"/>; the result equals the one that was written.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The advice.</returns>
    /// <exception cref="ResultJsonException">The text is not a nudge advice.</exception>
    public static NudgeAdvice ParseNudgeAdvice(string json)
        => TryParseNudgeAdvice(json, out var value, out var errors) ? value : throw new ResultJsonException(errors);

    private static string Write<T>(T value, JsonTypeInfo<T> info)
        where T : class
        => JsonSerializer.Serialize(Guard.NotNull(value), info);

    /// <summary>
    /// The one reader of results. Text that is not JSON is found by the position map (the parser's own exception does not
    /// leave it); JSON of the wrong shape is what the source-generated reader rejects, at the position it names.
    /// </summary>
    private static bool TryRead<T>(string json, JsonTypeInfo<T> info, Func<T, SignalSetReference?> setOf, string what, [NotNullWhen(true)] out T? value, out IReadOnlyList<InputError> errors)
        where T : class
    {
        Guard.NotNull(json);
        value = null;
        var utf8 = Encoding.UTF8.GetBytes(json);
        JsonPositionMap.Build(utf8, 64, out var failure);
        if (failure is { } f)
        {
            errors = new[] { new InputError(ResultJsonErrorCodes.MalformedJson, f.Path, SerializationMessages.ResultNotJson(what, f.Line, f.Column, f.Path, f.Message), f.Line, f.Column) };
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize(utf8, info);
        }
        catch (JsonException ex)
        {
            var (line, column) = ((int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
            errors = new[] { new InputError(ResultJsonErrorCodes.InvalidValue, ex.Path ?? "$", SerializationMessages.ResultNotJson(what, line, column, ex.Path, JsonErrors.ParserReason(ex)), line, column) };
            return false;
        }

        if (value is null)
        {
            errors = new[] { new InputError(ResultJsonErrorCodes.InvalidValue, "$", SerializationMessages.ResultNull(what), 1, 1) };
            return false;
        }

        // A result names the exact set that made it; one that names none could be explained or checked with any set.
        if (setOf(value) is not { Id: not null, Version: not null, ContentHash: not null })
        {
            value = null;
            errors = new[] { new InputError(ResultJsonErrorCodes.InvalidValue, "$.signalSet", SerializationMessages.ResultWithoutSet(what)) };
            return false;
        }

        errors = System.Array.Empty<InputError>();
        return true;
    }

    private static InterviewSignalsJsonContext Context(bool indented) => indented ? InterviewSignalsJsonContext.Indented : InterviewSignalsJsonContext.Compact;
}

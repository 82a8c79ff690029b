using System;

namespace InterviewSignals.Questionnaires;

/// <summary>What the errors of questionnaires and the question planner say, beside the feature that raises them, keyed by the codes the errors carry; values are written with the invariant culture, so messages read the same on every host.</summary>
internal static class QuestionnaireMessages
{
    public static string NotAnswerExpectedYesNo(object? value, object? id) => FormattableString.Invariant($"'{value}' is not an answer to '{id}' (expected yes or no).");

    public static string NotAnswerExpectedYesNoUnsure(object? value, object? id) => FormattableString.Invariant($"'{value}' is not an answer to '{id}' (expected yes, no or unsure).");

    public static string NotChoiceExpected(object? value, object? id, object? choices) => FormattableString.Invariant($"'{value}' is not a choice of '{id}' (expected one of: {choices}).");

    public static string NotDateWriteLike(object? value) => FormattableString.Invariant($"'{value}' is not a date (write it like 2026-11-10).");

    public static string NotNumberWriteLike(object? value) => FormattableString.Invariant($"'{value}' is not a number (write it like 45 or 2.5).");

    public static string PlannerDeclinedUnknown(object? id, object? set) => FormattableString.Invariant($"The declined question '{id}' is neither a signal nor a fact of the set '{set}'.");

    public static string PlannerOptionBetween(object? name, object? value) => FormattableString.Invariant($"{name} must be between 0 and 1 (both excluded); it is {value}.");

    public static string PlannerOptionsInvalid(object? problems) => FormattableString.Invariant($"The planner options are invalid:\n  {problems}");

    public static string PlannerSuppliedUnknown(object? id, object? set) => FormattableString.Invariant($"SuppliedSignals names '{id}', which the set '{set}' does not declare.");

    public static string PlannerUnsureRate(object? value) => FormattableString.Invariant($"UnsureRate must be at least 0 and below 1; it is {value}.");

    public static string QuestionnaireHasNoQuestion(object? setId, object? id) => FormattableString.Invariant($"The questionnaire for '{setId}' has no question '{id}'.");
}

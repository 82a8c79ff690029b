using System;

namespace InterviewSignals.Explanations;

/// <summary>What the errors raised here say, beside the code that raises them; values are written with the invariant culture.</summary>
internal static class ExplanationMessages
{
    public static string AssessmentNamesSignal(object? id) => FormattableString.Invariant($"The assessment names signal '{id}', which its set does not declare; was the assessment edited?");

    public static string AssessmentNamesModifier(object? id) => FormattableString.Invariant($"The assessment names modifier '{id}', which its set does not declare; was the assessment edited?");
}

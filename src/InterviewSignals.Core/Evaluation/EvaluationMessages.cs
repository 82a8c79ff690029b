using System;

namespace InterviewSignals.Evaluation;

/// <summary>What the errors of the evaluator say, beside the feature that raises them, keyed by the codes the errors carry; values are written with the invariant culture, so messages read the same on every host.</summary>
internal static class EvaluationMessages
{
    public static string FactNot(object? id, object? kind, object? valueKind) => FormattableString.Invariant($"Fact '{id}' is a {kind}, not a {valueKind}.");

    public static string StrengthBetween(object? strength) => FormattableString.Invariant($"The strength must be between 0 and 1; it is {strength}.");

    public static string EvaluatorOptionsInvalid() => "The evaluator options are invalid:\n  ";

    public static string TimeProviderNull() => "TimeProvider must not be null; use TimeProvider.System or a fake clock.";

    public static string EvidenceProvidersNull() => "EvidenceProviders must not be null; use an empty list.";

    public static string EvidenceProviderNull(int index) => FormattableString.Invariant($"EvidenceProviders[{index}] is null.");

    public static string MaxFindOutNextNegative(int value) => FormattableString.Invariant($"MaxFindOutNext must be 0 or more; it is {value}.");

    public static string ProviderAnsweredUnknownSignal(object? signal, object? set) => FormattableString.Invariant($"The provider answered signal '{signal}', which the set '{set}' does not declare.");
}

using System;

namespace InterviewSignals.Internal;

/// <summary>
/// The few error sentences more than one feature says (each feature keeps its own beside it, in a
/// <c>…Messages</c> class of its folder). Values are written with the invariant culture, so messages read the same on
/// every host.
/// </summary>
internal static partial class Messages
{
    public static string NotChoiceFactExpected(object? choice, object? id, object? choices) => FormattableString.Invariant($"'{choice}' is not a choice of fact '{id}' (expected one of: {choices}).");

    public static string NotValidExpected(object? value, object? name, object? choices) => FormattableString.Invariant($"'{value}' is not a valid {name}; expected one of: {choices}.");

    public static string ExpectedStringFound(object? found) => FormattableString.Invariant($"Expected a string, found {found}.");


    public static string PlannerSuppliedNull => "SuppliedSignals must not be null; use an empty list.";

    public static string PlannerTimeProviderNull => "TimeProvider must not be null; use TimeProvider.System or a fake clock.";

    public static string ValueNotBeEmpty() => "The value must not be empty or white space.";
}

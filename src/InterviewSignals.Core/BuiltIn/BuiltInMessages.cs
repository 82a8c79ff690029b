using System;

namespace InterviewSignals.BuiltIn;

/// <summary>What the errors raised here say, beside the code that raises them; values are written with the invariant culture.</summary>
internal static class BuiltInMessages
{
    public static string EmbeddedResourceForMissing(object? id) => FormattableString.Invariant($"The embedded resource for '{id}' is missing from the assembly.");

    public static string NoSuchBuiltInSet(object? id, object? ids) => FormattableString.Invariant($"There is no built-in signal set '{id}'; the built-in sets are: {ids}.");
}

using System;

namespace InterviewSignals.Hosting;

/// <summary>What the errors raised here say, beside the code that raises them; values are written with the invariant culture.</summary>
internal static class HostingMessages
{
    public static string RegistryNeedsAtLeastOne() => "A registry needs at least one set.";

    public static string DefaultSetNotRegistered(object? id, object? registered) => FormattableString.Invariant($"The default set '{id}' is not among the sets registered ({registered}).");

    public static string NoSuchSet(object? id, object? registered) => FormattableString.Invariant($"There is no signal set '{id}'; the sets registered are: {registered}.");
}

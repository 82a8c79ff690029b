using System;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>What the errors raised here say, beside the code that raises them; values are written with the invariant culture.</summary>
internal static class RegistrationMessages
{
    public static string AssemblyNoResource(object? assembly, object? resourceName) => FormattableString.Invariant($"The assembly '{assembly}' has no resource '{resourceName}'.");
}

using System;

namespace InterviewSignals.Compilation;

/// <summary>What the errors raised here say, beside the code that raises them; values are written with the invariant culture.</summary>
internal static class CompilationMessages
{
    public static string UnknownConditionType(object? type) => FormattableString.Invariant($"Unknown condition type {type}.");
}

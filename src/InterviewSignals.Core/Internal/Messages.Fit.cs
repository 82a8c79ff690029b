using System;

namespace InterviewSignals.Internal;

/// <summary>The sentences of weights fitted to outcomes: the fit record's checks and the fitter's refusals.</summary>
internal static partial class Messages
{
    public static string FitProtectedCharacteristic(object? items) => FormattableString.Invariant($"The set keeps {items} under a waiver for a protected characteristic; weights fitted to outcomes must not be able to learn from one. Fit the set without the waived items.");
}

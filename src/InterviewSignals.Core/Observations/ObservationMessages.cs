using System;

namespace InterviewSignals.Observations;

/// <summary>What the errors of observations as they are built and checked say, beside the feature that raises them, keyed by the codes the errors carry; values are written with the invariant culture, so messages read the same on every host.</summary>
internal static class ObservationMessages
{
    public static string FactAfterDateRecordsSomethingAlready(object? id, object? date, object? asOf) => FormattableString.Invariant($"Fact '{id}' is {date}, after the as-of date {asOf}; it records something that has already happened. Check the date, or weigh the observation as of a later date.");

    public static string FactBetween(object? id, object? minimum, object? maximum, object? unit, object? number) => FormattableString.Invariant($"Fact '{id}' must be between {minimum} and {maximum}{unit}; it is {number}.");

    public static string SetNoFact(object? setId, object? id, object? suggestion) => FormattableString.Invariant($"The set '{setId}' has no fact '{id}'.{suggestion}");

    public static string SetNoSignal(object? setId, object? id, object? suggestion) => FormattableString.Invariant($"The set '{setId}' has no signal '{id}'.{suggestion}");

    public static string AtLeastOneErrorRequired() => "At least one error is required.";

    public static string EvidenceListHoldsNull() => "The evidence list holds a null item.";

    public static string BuilderAlreadyBuilt() => "This ObservationBuilder has already built an observation and is frozen; start a new builder.";
}

using System;

namespace InterviewSignals.Internal;

/// <summary>The sentences of weights fitted to outcomes: the fit record's checks and the fitter's refusals.</summary>
internal static partial class Messages
{
    public static string FitNeedsDescription() => "A fit needs a description of the data it was fitted on.";

    public static string FitDateInvalid(object? value) => FormattableString.Invariant($"The fit date '{value}' is not an ISO 8601 date such as 2026-11-23.");

    public static string FitCasesInvalid(object? cases, object? offers) => FormattableString.Invariant($"A fit needs at least one case and between 0 and that many offers; it says {cases} cases and {offers} offers.");

    public static string FitPriorStrengthInvalid(object? value) => FormattableString.Invariant($"The fit's prior strength is {value}; it must be a number above 0.");

    public static string FitFoldsInvalid(object? folds) => FormattableString.Invariant($"The fit says {folds} folds; cross-validation needs at least 2.");

    public static string FitGridInvalid() => "Each prior strength the fit tried needs a strength above 0 and a finite held-out log loss.";

    public static string FitNotFinite() => "The fit's priors, fitted values and standard errors must be finite numbers, with supports and standard errors of 0 or more.";

    public static string FitBaseNotTheSets(object? fitted, object? baseRate) => FormattableString.Invariant($"The fit record says the base score was fitted to {fitted}, but the set's base rate is {baseRate}, whose logit differs: the disclosure would be untrue. Fit again, or extend the set that was fitted without changing its base rate.");

    public static string FitWeightStateInvalid(object? signal) => FormattableString.Invariant($"A fitted weight of '{signal}' must be for the state 'present' or 'absent'.");

    public static string FitWeightTwice(object? signal, object? state) => FormattableString.Invariant($"The fit records the weight of '{signal}' when {state} twice; keep one.");

    public static string FitWeightUnknownSignal(object? signal) => FormattableString.Invariant($"The fit records a weight of signal '{signal}', which the set does not declare.");

    public static string FitWeightNotTheSets(object? signal, object? state, object? fitted, object? actual) => FormattableString.Invariant($"The fit record says the weight of '{signal}' when {state} was fitted to {fitted}, but the set weighs it {actual}: the disclosure would be untrue. Fit again, or extend the set that was fitted without changing its fitted weights.");

    public static string FitOnAnotherSet(object? fittedOn, object? baseSet) => FormattableString.Invariant($"The weights were fitted on {fittedOn}, but this document extends {baseSet}: they describe the other set. Fit again on {baseSet}, or load the set they were fitted on.");

    public static string FitTooFewCases(object? cases, object? minimum) => FormattableString.Invariant($"There are {cases} cases with an outcome; fitting weights needs at least {minimum}, or it would describe noise.");

    public static string FitTooFewOfAnOutcome(object? offers, object? none, object? minimum) => FormattableString.Invariant($"There are {offers} cases with an offer and {none} without; fitting weights needs at least {minimum} of each.");

    public static string FitProtectedCharacteristic(object? items) => FormattableString.Invariant($"The set keeps {items} under a waiver for a protected characteristic; weights fitted to outcomes must not be able to learn from one. Fit the set without the waived items.");

    public static string FitCannotFit() => "The weights cannot be fitted on these cases: the fit did not settle. Check that the outcomes are right, and add more varied cases.";

    public static string NotAnExtensionOf(object? set, object? baseSet, object? problems) => FormattableString.Invariant($"{set} cannot be written as an extension of {baseSet}: {problems}. Write it in full with SignalSetJson.ToJson.");

    public static string FitOptionsInvalid(object? problems) => FormattableString.Invariant($"The fitter options are invalid:\n  {problems}");
}

using System;

namespace InterviewSignals.Outcomes;

/// <summary>What the errors of checking, calibrating and fitting against outcomes say, beside the feature that raises them, keyed by the codes the errors carry; values are written with the invariant culture, so messages read the same on every host.</summary>
internal static class OutcomeMessages
{
    public static string BootstrapReplicatesNegative(object? value) => FormattableString.Invariant($"BootstrapReplicates must be 0 (no interval) or more; it is {value}.");

    public static string CalibrationCannotFit() => "The outcomes cannot be fitted: every case has the same score, or the score separates offers from no offers perfectly. Add more varied cases.";

    public static string CalibrationFoldSlopeRefused(object? slope, object? fold, object? folds) => FormattableString.Invariant($"Fitted without held-out fold {fold} of {folds}, the slope is {slope:0.###}: the direction between score and offers is not stable on these cases, so a recalibration could turn the outlook round. Gather more cases, or look at the per-signal table of 'interview-signals evaluate' and review the weights by hand.");

    public static string CalibrationSlopeRefused(object? slope) => FormattableString.Invariant($"The fitted slope is {slope:0.###}: on these cases a higher score goes with fewer offers (or with no difference at all). A recalibration cannot mend that, and it would turn the outlook round; look at the per-signal table of 'interview-signals evaluate' and review the weights by hand.");

    public static string CalibrationTooFewCases(object? cases, object? minimum) => FormattableString.Invariant($"There are {cases} cases with an outcome; a calibration needs at least {minimum}, or it would describe noise.");

    public static string CalibrationTooFewOfAnOutcome(object? offers, object? none, object? minimum) => FormattableString.Invariant($"There are {offers} cases with an offer and {none} without; a calibration needs at least {minimum} of each.");

    public static string FitCannotFit() => "The weights cannot be fitted on these cases: the fit did not settle. Check that the outcomes are right, and add more varied cases.";

    public static string FitOptionsInvalid(object? problems) => FormattableString.Invariant($"The fitter options are invalid:\n  {problems}");

    public static string FitProtectedCharacteristic(object? items) => FormattableString.Invariant($"The set keeps {items} under a waiver for a protected characteristic; weights fitted to outcomes must not be able to learn from one. Fit the set without the waived items.");

    public static string FitTooFewCases(object? cases, object? minimum) => FormattableString.Invariant($"There are {cases} cases with an outcome; fitting weights needs at least {minimum}, or it would describe noise.");

    public static string FitTooFewOfAnOutcome(object? offers, object? none, object? minimum) => FormattableString.Invariant($"There are {offers} cases with an offer and {none} without; fitting weights needs at least {minimum} of each.");


    public static string OutlookOutOfRange(object? value) => FormattableString.Invariant($"An outlook is from 0 to 1; {value} is not.");

    public static string FitterFolds(int folds) => FormattableString.Invariant($"Folds must be between 2 and 20; it is {folds}.");

    public static string FitterPriorStrengths() => "PriorStrengths must hold at least one finite number above 0.";

    public static string FitterMinimumSupport(int support) => FormattableString.Invariant($"MinimumSupport must be at least 1; it is {support}.");

    public static string FitterEvaluatorNull() => "Evaluator must not be null; use InterviewEvaluatorOptions.Default.";
}

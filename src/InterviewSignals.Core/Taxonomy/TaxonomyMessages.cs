using System;

namespace InterviewSignals.Taxonomy;

/// <summary>What the errors of a signal set's load errors (shape, references, weights, extends, protected characteristics, cues) say, beside the feature that raises them, keyed by the codes the errors carry; values are written with the invariant culture, so messages read the same on every host.</summary>
internal static class TaxonomyMessages
{
    public static string AddAppliesNumbersFact(object? id, object? kind) => FormattableString.Invariant($"'add' applies to numbers; fact '{id}' is a {kind}.");

    public static string AllAnyNeedLeastCondition() => "'all' and 'any' need at least one condition.";

    public static string ArrayFound(object? name, object? found) => FormattableString.Invariant($"'{name}' must be an array, found {found}.");

    public static string BandsNeedConcerningBelowEncouragingFromTheyAre(object? concerningBelow, object? encouragingFrom) => FormattableString.Invariant($"Bands need 0 < concerningBelow <= encouragingFrom < 1; they are {concerningBelow} and {encouragingFrom}.");

    public static string BaseRateBetween(object? baseRate) => FormattableString.Invariant($"The base rate must be between 0.01 and 0.99; it is {baseRate}.");

    public static string BasedOnRecordsWhereExportedSetCame() => "'basedOn' records where an exported set came from; a set that still 'extends' another must not have it.";

    public static string CalibrationCasesInvalid(object? cases, object? offers) => FormattableString.Invariant($"A calibration needs at least one case and between 0 and that many offers; it says {cases} cases and {offers} offers.");

    public static string CalibrationDateInvalid(object? value) => FormattableString.Invariant($"The calibration date '{value}' is not an ISO 8601 date such as 2026-11-23.");

    public static string CalibrationNeedsDescription() => "A calibration needs a description of the data it was fitted on.";

    public static string CalibrationNotFinite() => "The calibration intercept and slope must be finite numbers.";

    public static string CalibrationSlopeNotPositive(object? value) => FormattableString.Invariant($"The calibration slope is {value}; it must be above 0, or a higher score would mean a lower outlook.");

    public static string CanOnlyComparedEqNe(object? kind) => FormattableString.Invariant($"A {kind} can only be compared with 'eq' or 'ne'.");

    public static string CategoryNeedsTitle(object? id) => FormattableString.Invariant($"Category '{id}' needs a title.");

    public static string ChoiceFactDeclareLeastTwoChoices(object? id) => FormattableString.Invariant($"Choice fact '{id}' must declare at least two choices.");

    public static string ChoiceFactDeclaresChoiceTwice(object? id) => FormattableString.Invariant($"Choice fact '{id}' declares a choice twice.");

    public static string ComparisonNeedsOperandsSameKindCompares(object? leftKind, object? rightKind) => FormattableString.Invariant($"A comparison needs operands of the same kind; it compares a {leftKind} with a {rightKind}.");

    public static string ConditionNeedsAllAnyNotKnown() => "A condition needs one of: all, any, not, known, ramp, or left/op/right.";

    public static string ConditionReadsFactSetDoesNot(object? id) => FormattableString.Invariant($"The condition reads fact '{id}', which the set does not declare.");

    public static string ConditionRequiredHereWhen() => "A condition is required here ('when').";

    public static string ConditionsNestDeeperLimit(object? maxConditionDepth) => FormattableString.Invariant($"Conditions nest deeper than the limit of {maxConditionDepth}.");

    public static string CueDoesNotCompile(object? cue, object? id, object? language, object? error, object? column) => FormattableString.Invariant($"The cue '{cue}' of signal '{id}' ({language}) does not compile at character {column}: {error}");

    public static string CueLanguageNotTag(object? id, object? language) => FormattableString.Invariant($"Signal '{id}' has cues under '{language}', which is not a language tag such as en or es.");

    public static string DaysSinceNeedsDateFact(object? id, object? kind) => FormattableString.Invariant($"'daysSince' needs a date fact; '{id}' is a {kind}.");

    public static string DisableNamesSignalSetDoesNot(object? id) => FormattableString.Invariant($"'disable' names signal '{id}', which the set does not declare.");

    public static string DocumentBytesLimit(object? utf8Length, object? maxDocumentBytes) => FormattableString.Invariant($"The document is {utf8Length} bytes; the limit is {maxDocumentBytes}.");

    public static string DocumentNeedsTitle(object? id) => FormattableString.Invariant($"Document '{id}' needs a title.");

    public static string ExpectedFormatVersionFound(object? formatVersion, object? found) => FormattableString.Invariant($"Expected \"formatVersion\": {formatVersion}, found {found}.");

    public static string ExpectedJSONObjectFound(object? what, object? found) => FormattableString.Invariant($"Expected {what} as a JSON object, found {found}.");

    public static string FactCueDoesNotCompile(object? cue, object? id, object? language, object? error, object? column) => FormattableString.Invariant($"The cue '{cue}' of fact '{id}' ({language}) does not compile at character {column}: {error}");

    public static string FactCueLanguageNotTag(object? id, object? language) => FormattableString.Invariant($"Fact '{id}' has cues under '{language}', which is not a language tag such as en or es.");

    public static string FactCueValueNotValid(object? value, object? id, object? expected) => FormattableString.Invariant($"Fact '{id}' has cues for the value '{value}', which it cannot take: expected {expected}.");

    public static string FactMinimumAboveMaximum(object? id, object? min, object? max) => FormattableString.Invariant($"Fact '{id}' has minimum {min} above maximum {max}.");

    public static string FactNeedsTitle(object? id) => FormattableString.Invariant($"Fact '{id}' needs a title.");

    public static string FactOnlyChoiceFactsDeclareChoices(object? id, object? kind) => FormattableString.Invariant($"Fact '{id}' is a {kind}; only choice facts declare choices.");

    public static string FactOnlyNumberFactsBounds(object? id, object? kind) => FormattableString.Invariant($"Fact '{id}' is a {kind}; only number facts have bounds.");

    public static string FactPatternNeedsOneSlot(object? cue, object? id, object? count) => FormattableString.Invariant($"The pattern '{cue}' of fact '{id}' has {count} slots; a pattern needs exactly one, such as {{duration}}, {{when}} or {{count}}.");

    public static string FactSlotDoesNotFit(object? cue, object? id, object? slot, object? kind, object? unit) => FormattableString.Invariant($"The pattern '{cue}' of fact '{id}' reads {slot}, which cannot give a value to a {kind} fact in {unit}: {{duration}} fits numbers in minutes, hours or days; {{when}} fits dates and numbers in hours or days; {{count}} fits other numbers.");

    public static string FactValueCueHasSlot(object? cue, object? id) => FormattableString.Invariant($"The cue '{cue}' of fact '{id}' has a slot; a cue under values shows that value, so put cues with a slot under patterns.");

    public static string FitBaseNotTheSets(object? fitted, object? baseRate) => FormattableString.Invariant($"The fit record says the base score was fitted to {fitted}, but the set's base rate is {baseRate}, whose logit differs: the disclosure would be untrue. Fit again, or extend the set that was fitted without changing its base rate.");

    public static string FitCasesInvalid(object? cases, object? offers) => FormattableString.Invariant($"A fit needs at least one case and between 0 and that many offers; it says {cases} cases and {offers} offers.");

    public static string FitDateInvalid(object? value) => FormattableString.Invariant($"The fit date '{value}' is not an ISO 8601 date such as 2026-11-23.");

    public static string FitFoldsInvalid(object? folds) => FormattableString.Invariant($"The fit says {folds} folds; cross-validation needs at least 2.");

    public static string FitGridInvalid() => "Each prior strength the fit tried needs a strength above 0 and a finite held-out log loss.";

    public static string FitNeedsDescription() => "A fit needs a description of the data it was fitted on.";

    public static string FitNotFinite() => "The fit's priors, fitted values and standard errors must be finite numbers, with supports and standard errors of 0 or more.";

    public static string FitOnAnotherSet(object? fittedOn, object? baseSet) => FormattableString.Invariant($"The weights were fitted on {fittedOn}, but this document extends {baseSet}: they describe the other set. Fit again on {baseSet}, or load the set they were fitted on.");

    public static string FitPriorStrengthInvalid(object? value) => FormattableString.Invariant($"The fit's prior strength is {value}; it must be a number above 0.");

    public static string FitWeightNotTheSets(object? signal, object? state, object? fitted, object? actual) => FormattableString.Invariant($"The fit record says the weight of '{signal}' when {state} was fitted to {fitted}, but the set weighs it {actual}: the disclosure would be untrue. Fit again, or extend the set that was fitted without changing its fitted weights.");

    public static string FitWeightStateInvalid(object? signal) => FormattableString.Invariant($"A fitted weight of '{signal}' must be for the state 'present' or 'absent'.");

    public static string FitWeightTwice(object? signal, object? state) => FormattableString.Invariant($"The fit records the weight of '{signal}' when {state} twice; keep one.");

    public static string FitWeightUnknownSignal(object? signal) => FormattableString.Invariant($"The fit records a weight of signal '{signal}', which the set does not declare.");

    public static string IdDeclaredMoreOnce(object? what, object? value) => FormattableString.Invariant($"The {what} id '{value}' is declared more than once.");

    public static string IdKebabCaseLowerCaseLetters(object? value) => FormattableString.Invariant($"The id '{value}' must be kebab-case (lower-case letters and digits separated by single hyphens), at most 100 characters.");

    public static string IdRequired() => "An id is required.";

    public static string ItemNotNull() => "An item must not be null.";

    public static string MinimumCoverageBetween(object? minimumCoverage) => FormattableString.Invariant($"minimumCoverage must be between 0 and 1; it is {minimumCoverage}.");

    public static string ModifierFactorFactorBetween(object? id, object? factor) => FormattableString.Invariant($"Modifier '{id}' has factor {factor}; a factor must be between 0 and 3.");

    public static string ModifierNameLeastSignalCategory(object? id) => FormattableString.Invariant($"Modifier '{id}' must name at least one signal or category.");

    public static string ModifierNamesCategorySetDoesNot(object? id, object? target) => FormattableString.Invariant($"Modifier '{id}' names category '{target}', which the set does not declare.");

    public static string ModifierNamesSignalSetDoesNot(object? id, object? target) => FormattableString.Invariant($"Modifier '{id}' names signal '{target}', which the set does not declare.");

    public static string ModifierNeedsCaveat(object? id) => FormattableString.Invariant($"Modifier '{id}' needs a caveat: explanations show it when the modifier applies.");

    public static string ModifierNeedsTitle(object? id) => FormattableString.Invariant($"Modifier '{id}' needs a title.");

    public static string NotAnExtensionOf(object? set, object? baseSet, object? problems) => FormattableString.Invariant($"{set} cannot be written as an extension of {baseSet}: {problems}. Write it in full with SignalSetJson.ToJson.");

    public static string NotPropertyObjectExpected(object? name, object? expected) => FormattableString.Invariant($"'{name}' is not a property of this object (expected one of: {expected}).");

    public static string NumberFound(object? name, object? found) => FormattableString.Invariant($"'{name}' must be a number, found {found}.");

    public static string NumberLogOddsPointsFound(object? name, object? found) => FormattableString.Invariant($"'{name}' must be a number of log-odds points, found {found}.");

    public static string OperandNamesNoFact() => "The operand names no fact.";

    public static string OperandNumberBooleanChoiceStringObject(object? found) => FormattableString.Invariant($"An operand must be a number, a boolean, a choice string or an object, found {found}.");

    public static string OperandObjectNeedsFactDaysSince() => "An operand object needs 'fact' or 'daysSince'.";

    public static string OperandRequiredHere() => "An operand is required here.";

    public static string OverrideNamesSignalSetDoesNot(object? key) => FormattableString.Invariant($"The override names signal '{key}', which the set does not declare.");

    public static string PrevalenceOutOfRange(object? id, object? value) => FormattableString.Invariant($"Signal '{id}' declares a prevalence of {value}; a prevalence is a share strictly between 0 and 1.");

    public static string PropertyRequired(object? name) => FormattableString.Invariant($"The property '{name}' is required.");

    public static string PropertyTwice(object? name) => FormattableString.Invariant($"'{name}' appears twice in this object; keep one.");

    public static string RampNeedsNumbers(object? end, object? kind) => FormattableString.Invariant($"A ramp needs numbers; its {end} is a {kind}.");

    public static string RampStartsEndsFromNotAbove(object? from, object? to) => FormattableString.Invariant($"The ramp starts at {from} and ends at {to}; 'from' must not be above 'to' (wrap it in 'not' for a falling ramp).");

    public static string RampStartsPastEndsPastFrom(object? fromDays, object? fact, object? toDays) => FormattableString.Invariant($"The ramp starts {fromDays} past '{fact}' and ends {toDays} past it; 'from' must not be above 'to'.");

    public static string RuleNeedsSignalSets(object? id) => FormattableString.Invariant($"Rule '{id}' needs the signal it sets.");

    public static string RuleSetStatePresentAbsent(object? id) => FormattableString.Invariant($"Rule '{id}' must set the state 'present' or 'absent'.");

    public static string RuleSetsSignalSetDoesNot(object? id, object? signal) => FormattableString.Invariant($"Rule '{id}' sets signal '{signal}', which the set does not declare.");

    public static string SetLimit(object? count, object? what, object? max) => FormattableString.Invariant($"The set has {count} {what}; the limit is {max}.");

    public static string SetMismatch(object? subject, object? expected, object? actual)
        => FormattableString.Invariant($"The {subject} was made with {expected}, but the set given is {actual}. Use it with the exact set that made it; another set would give other reasons and weights.");

    public static string SetMismatchNoneFound(object? subject, object? expected)
        => FormattableString.Invariant($"The {subject} was made with {expected}, and no set with that hash is available. Register or load that exact set to use it.");

    public static string SetNeedsOutlookBands() => "The set needs outlook bands.";

    public static string SetNeedsTitle() => "The set needs a title.";

    public static string SetNeedsVersionSuch() => "The set needs a version such as 1.0.0.";

    public static string SignalCategorySetDoesNotDeclare(object? id, object? category) => FormattableString.Invariant($"Signal '{id}' is in category '{category}', which the set does not declare.");

    public static string SignalCueHasSlot(object? cue, object? id) => FormattableString.Invariant($"The cue '{cue}' of signal '{id}' has a slot; slots give facts their values, so only a fact's patterns may have one.");

    public static string SignalDeclaresAdviceNoStateGive(object? id) => FormattableString.Invariant($"Signal '{id}' declares advice for no state; give present, absent or unknown, or leave advice out.");

    public static string SignalNeedsAbsentText(object? id) => FormattableString.Invariant($"Signal '{id}' weighs something when absent, so it needs texts.absent.");

    public static string SignalNeedsCategory(object? id) => FormattableString.Invariant($"Signal '{id}' needs a category.");

    public static string SignalNeedsPresentText(object? id) => FormattableString.Invariant($"Signal '{id}' weighs something when present, so it needs texts.present.");

    public static string SignalNeedsTitle(object? id) => FormattableString.Invariant($"Signal '{id}' needs a title.");

    public static string SignalNeedsWeights(object? id) => FormattableString.Invariant($"Signal '{id}' needs weights.");

    public static string SignalSetJSONObjectFound(object? found) => FormattableString.Invariant($"A signal set must be a JSON object, found {found}.");

    public static string SignalWeightWeightFiniteNumberBetween(object? id, object? state, object? weight, object? max, object? max2) => FormattableString.Invariant($"Signal '{id}' has {state} weight {weight}; a weight must be a finite number between -{max} and {max2} log-odds points.");

    public static string SourceCitesDocumentSetDoesNot(object? document) => FormattableString.Invariant($"The source cites document '{document}', which the set does not declare.");

    public static string SourceNeedsIdDocumentQuotes() => "A source needs the id of the document it quotes.";

    public static string SourceNeedsQuote() => "A source needs the quote it relies on.";

    public static string SourceObjectDocumentQuote() => "A source must be an object with 'document' and 'quote'.";

    public static string StringFound(object? name, object? found) => FormattableString.Invariant($"'{name}' must be a string, found {found}.");

    public static string TextCharactersLongLimit(object? valueLength, object? maxStringLength) => FormattableString.Invariant($"The text is {valueLength} characters long; the limit is {maxStringLength}.");

    public static string TrueFalseFound(object? name, object? found) => FormattableString.Invariant($"'{name}' must be true or false, found {found}.");

    public static string VersionNotSemanticVersionSuch(object? version) => FormattableString.Invariant($"The version '{version}' is not a semantic version such as 1.0.0.");

    public static string WaiverNamesNotFactSignalSet(object? itemId) => FormattableString.Invariant($"The waiver names '{itemId}', which is not a fact or signal of the set that needs one.");

    public static string WaiverNeedsWrittenJustificationLeastCharacters(object? id) => FormattableString.Invariant($"The waiver for '{id}' needs a written justification of at least 20 characters.");

    public static string WordClassEmpty(object? name) => FormattableString.Invariant($"Word class '{name}' has no words.");

    public static string WordClassLanguageNotTag(object? name, object? language) => FormattableString.Invariant($"Word class '{name}' is declared under '{language}', which is not a language tag such as en or es.");

    public static string WordClassMemberInvalid(object? name, object? member) => FormattableString.Invariant($"Word class '{name}' holds '{member}', which is not a single word, stem* or =word.");

    public static string WordClassNameInvalid(object? name) => FormattableString.Invariant($"'{name}' is not a word-class name: lower-case letters, digits and hyphens, starting with a letter (cues write it after '@').");

    public static string BuilderAlreadyExtendsSet(object? value) => FormattableString.Invariant($"The builder already extends '{value}'; a set extends at most one other set.");

    public static string BuilderAlreadyBuilt() => "This SignalSetBuilder has already built a set and is frozen; start a new builder to build another.";

    public static string FactValueNoNumber(object? kind) => FormattableString.Invariant($"A {kind} fact value has no number.");

    public static string FactValueNoBoolean(object? kind) => FormattableString.Invariant($"A {kind} fact value has no boolean.");

    public static string FactValueNoChoice(object? kind) => FormattableString.Invariant($"A {kind} fact value has no choice.");

    public static string FactValueNoDate(object? kind) => FormattableString.Invariant($"A {kind} fact value has no date.");

    public static string AtLeastOneErrorRequired() => "At least one error is required.";

    public static string UnknownConditionType(object? type) => FormattableString.Invariant($"Unknown condition type {type}.");
}

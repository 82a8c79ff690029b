using System;

namespace InterviewSignals.Internal;

/// <summary>
/// Every sentence of the library's validation errors, in one place: what signal-set and observation errors say
/// beside their stable codes (<c>SignalSetErrorCodes</c>, <c>ObservationErrorCodes</c>). Values are written with the
/// invariant culture, so messages read the same on every host.
/// </summary>
internal static partial class Messages
{
    public static string SetNeedsVersionSuch() => "The set needs a version such as 1.0.0.";

    public static string VersionNotSemanticVersionSuch(object? version) => FormattableString.Invariant($"The version '{version}' is not a semantic version such as 1.0.0.");

    public static string BaseRateBetween(object? baseRate) => FormattableString.Invariant($"The base rate must be between 0.01 and 0.99; it is {baseRate}.");

    public static string RuleNeedsSignalSets(object? id) => FormattableString.Invariant($"Rule '{id}' needs the signal it sets.");

    public static string RuleSetsSignalSetDoesNot(object? id, object? signal) => FormattableString.Invariant($"Rule '{id}' sets signal '{signal}', which the set does not declare.");

    public static string RuleSetStatePresentAbsent(object? id) => FormattableString.Invariant($"Rule '{id}' must set the state 'present' or 'absent'.");

    public static string ModifierFactorFactorBetween(object? id, object? factor) => FormattableString.Invariant($"Modifier '{id}' has factor {factor}; a factor must be between 0 and 3.");

    public static string ModifierNameLeastSignalCategory(object? id) => FormattableString.Invariant($"Modifier '{id}' must name at least one signal or category.");

    public static string ModifierNamesSignalSetDoesNot(object? id, object? target) => FormattableString.Invariant($"Modifier '{id}' names signal '{target}', which the set does not declare.");

    public static string ModifierNamesCategorySetDoesNot(object? id, object? target) => FormattableString.Invariant($"Modifier '{id}' names category '{target}', which the set does not declare.");

    public static string WaiverNeedsWrittenJustificationLeastCharacters(object? id) => FormattableString.Invariant($"The waiver for '{id}' needs a written justification of at least 20 characters.");

    public static string WaiverNamesNotFactSignalSet(object? itemId) => FormattableString.Invariant($"The waiver names '{itemId}', which is not a fact or signal of the set that needs one.");

    public static string SetNeedsOutlookBands() => "The set needs outlook bands.";

    public static string BandsNeedConcerningBelowEncouragingFromTheyAre(object? concerningBelow, object? encouragingFrom) => FormattableString.Invariant($"Bands need 0 < concerningBelow <= encouragingFrom < 1; they are {concerningBelow} and {encouragingFrom}.");

    public static string MinimumCoverageBetween(object? minimumCoverage) => FormattableString.Invariant($"minimumCoverage must be between 0 and 1; it is {minimumCoverage}.");

    public static string ChoiceFactDeclareLeastTwoChoices(object? id) => FormattableString.Invariant($"Choice fact '{id}' must declare at least two choices.");

    public static string ChoiceFactDeclaresChoiceTwice(object? id) => FormattableString.Invariant($"Choice fact '{id}' declares a choice twice.");

    public static string FactOnlyChoiceFactsDeclareChoices(object? id, object? kind) => FormattableString.Invariant($"Fact '{id}' is a {kind}; only choice facts declare choices.");

    public static string FactOnlyNumberFactsBounds(object? id, object? kind) => FormattableString.Invariant($"Fact '{id}' is a {kind}; only number facts have bounds.");

    public static string FactMinimumAboveMaximum(object? id, object? min, object? max) => FormattableString.Invariant($"Fact '{id}' has minimum {min} above maximum {max}.");

    public static string SignalDeclaresAdviceNoStateGive(object? id) => FormattableString.Invariant($"Signal '{id}' declares advice for no state; give present, absent or unknown, or leave advice out.");

    public static string SignalNeedsCategory(object? id) => FormattableString.Invariant($"Signal '{id}' needs a category.");

    public static string SignalCategorySetDoesNotDeclare(object? id, object? category) => FormattableString.Invariant($"Signal '{id}' is in category '{category}', which the set does not declare.");

    public static string SignalNeedsWeights(object? id) => FormattableString.Invariant($"Signal '{id}' needs weights.");

    public static string SignalWeightWeightFiniteNumberBetween(object? id, object? state, object? weight, object? max, object? max2) => FormattableString.Invariant($"Signal '{id}' has {state} weight {weight}; a weight must be a finite number between -{max} and {max2} log-odds points.");

    public static string SourceObjectDocumentQuote() => "A source must be an object with 'document' and 'quote'.";

    public static string SourceNeedsIdDocumentQuotes() => "A source needs the id of the document it quotes.";

    public static string SourceCitesDocumentSetDoesNot(object? document) => FormattableString.Invariant($"The source cites document '{document}', which the set does not declare.");

    public static string ConditionRequiredHereWhen() => "A condition is required here ('when').";

    public static string ConditionsNestDeeperLimit(object? maxConditionDepth) => FormattableString.Invariant($"Conditions nest deeper than the limit of {maxConditionDepth}.");

    public static string ComparisonNeedsOperandsSameKindCompares(object? leftKind, object? rightKind) => FormattableString.Invariant($"A comparison needs operands of the same kind; it compares a {leftKind} with a {rightKind}.");

    public static string CanOnlyComparedEqNe(object? kind) => FormattableString.Invariant($"A {kind} can only be compared with 'eq' or 'ne'.");

    public static string RampNeedsNumbers(object? end, object? kind) => FormattableString.Invariant($"A ramp needs numbers; its {end} is a {kind}.");

    public static string RampStartsEndsFromNotAbove(object? from, object? to) => FormattableString.Invariant($"The ramp starts at {from} and ends at {to}; 'from' must not be above 'to' (wrap it in 'not' for a falling ramp).");

    public static string RampStartsPastEndsPastFrom(object? fromDays, object? fact, object? toDays) => FormattableString.Invariant($"The ramp starts {fromDays} past '{fact}' and ends {toDays} past it; 'from' must not be above 'to'.");

    public static string AllAnyNeedLeastCondition() => "'all' and 'any' need at least one condition.";

    public static string NotChoiceFactExpected(object? choice, object? id, object? choices) => FormattableString.Invariant($"'{choice}' is not a choice of fact '{id}' (expected one of: {choices}).");

    public static string OperandRequiredHere() => "An operand is required here.";

    public static string AddAppliesNumbersFact(object? id, object? kind) => FormattableString.Invariant($"'add' applies to numbers; fact '{id}' is a {kind}.");

    public static string DaysSinceNeedsDateFact(object? id, object? kind) => FormattableString.Invariant($"'daysSince' needs a date fact; '{id}' is a {kind}.");

    public static string ConditionReadsFactSetDoesNot(object? id) => FormattableString.Invariant($"The condition reads fact '{id}', which the set does not declare.");

    public static string ItemNotNull() => "An item must not be null.";

    public static string IdDeclaredMoreOnce(object? what, object? value) => FormattableString.Invariant($"The {what} id '{value}' is declared more than once.");

    public static string IdRequired() => "An id is required.";

    public static string IdKebabCaseLowerCaseLetters(object? value) => FormattableString.Invariant($"The id '{value}' must be kebab-case (lower-case letters and digits separated by single hyphens), at most 100 characters.");

    public static string TextCharactersLongLimit(object? valueLength, object? maxStringLength) => FormattableString.Invariant($"The text is {valueLength} characters long; the limit is {maxStringLength}.");

    public static string SetLimit(object? count, object? what, object? max) => FormattableString.Invariant($"The set has {count} {what}; the limit is {max}.");

    public static string OverrideNamesSignalSetDoesNot(object? key) => FormattableString.Invariant($"The override names signal '{key}', which the set does not declare.");

    public static string DisableNamesSignalSetDoesNot(object? id) => FormattableString.Invariant($"'disable' names signal '{id}', which the set does not declare.");

    public static string DocumentBytesLimit(object? utf8Length, object? maxDocumentBytes) => FormattableString.Invariant($"The document is {utf8Length} bytes; the limit is {maxDocumentBytes}.");

    public static string SignalSetJSONObjectFound(object? found) => FormattableString.Invariant($"A signal set must be a JSON object, found {found}.");

    public static string ExpectedFormatVersionFound(object? formatVersion, object? found) => FormattableString.Invariant($"Expected \"formatVersion\": {formatVersion}, found {found}.");

    public static string BasedOnRecordsWhereExportedSetCame() => "'basedOn' records where an exported set came from; a set that still 'extends' another must not have it.";

    public static string ConditionNeedsAllAnyNotKnown() => "A condition needs one of: all, any, not, known, ramp, or left/op/right.";

    public static string OperandObjectNeedsFactDaysSince() => "An operand object needs 'fact' or 'daysSince'.";

    public static string OperandNamesNoFact() => "The operand names no fact.";

    public static string OperandNumberBooleanChoiceStringObject(object? found) => FormattableString.Invariant($"An operand must be a number, a boolean, a choice string or an object, found {found}.");

    public static string ExpectedJSONObjectFound(object? what, object? found) => FormattableString.Invariant($"Expected {what} as a JSON object, found {found}.");

    public static string PropertyRequired(object? name) => FormattableString.Invariant($"The property '{name}' is required.");

    public static string StringFound(object? name, object? found) => FormattableString.Invariant($"'{name}' must be a string, found {found}.");

    public static string NumberFound(object? name, object? found) => FormattableString.Invariant($"'{name}' must be a number, found {found}.");

    public static string NumberLogOddsPointsFound(object? name, object? found) => FormattableString.Invariant($"'{name}' must be a number of log-odds points, found {found}.");

    public static string TrueFalseFound(object? name, object? found) => FormattableString.Invariant($"'{name}' must be true or false, found {found}.");

    public static string NotValidExpected(object? value, object? name, object? choices) => FormattableString.Invariant($"'{value}' is not a valid {name}; expected one of: {choices}.");

    public static string ArrayFound(object? name, object? found) => FormattableString.Invariant($"'{name}' must be an array, found {found}.");

    public static string ExpectedStringFound(object? found) => FormattableString.Invariant($"Expected a string, found {found}.");

    public static string NotPropertyObjectExpected(object? name, object? expected) => FormattableString.Invariant($"'{name}' is not a property of this object (expected one of: {expected}).");

    public static string DirectoryGivePathSignalSetJSON() => "This is a directory; give the path of a signal-set JSON file.";

    public static string FileEmptyExpectedSignalSetJSON() => "The file is empty; expected a signal set as a JSON object.";

    public static string QuestionnaireHasNoQuestion(object? setId, object? id) => FormattableString.Invariant($"The questionnaire for '{setId}' has no question '{id}'.");

    public static string FileNotFound(object? fullPath, object? directory) => FormattableString.Invariant($"There is no such file: {fullPath} (a relative path is read from the current directory, {directory}).");

    public static string FileCannotRead(object? message) => FormattableString.Invariant($"The file cannot be read: {message}");

    public static string ExtendsChainCyclic(object? cycle) => FormattableString.Invariant($"The extends chain is cyclic: {cycle}.");

    public static string ExtendsChainLongerLimit(object? maxExtendsDepth) => FormattableString.Invariant($"The extends chain is longer than the limit of {maxExtendsDepth}.");

    public static string SetExtendsErrorsOwn(object? extends) => FormattableString.Invariant($"The set extends '{extends}', which has errors of its own.");

    public static string SetExtendsItself(object? id) => FormattableString.Invariant($"The set '{id}' extends itself.");

    public static string SetExtendsNeitherAmongDocumentsLoaded(object? extends) => FormattableString.Invariant($"The set extends '{extends}', which is neither among the documents loaded nor found by the resolver.");

    public static string SetExtendsWithoutResolver(object? extends) => FormattableString.Invariant($"The set extends '{extends}', which is not among the documents loaded, and no resolver was given to find it (SignalSetJsonOptions.ResolveExtends; BuiltInSignalSets.JsonOptions finds the built-in sets).");

    public static string DocumentLargerLimitBytes(object? maxBytes) => FormattableString.Invariant($"The document is larger than the limit of {maxBytes} bytes.");

    public static string ObservationLargerLimitBytes(object? maxBytes) => FormattableString.Invariant($"The observation is larger than the limit of {maxBytes} bytes.");

    public static string ObservationJSONObject() => "An observation must be a JSON object.";

    public static string AsOfISODateDateTime() => "'asOf' must be an ISO 8601 date or date-time.";

    public static string NotPropertyObservationExpectedAsOfSignals(object? name) => FormattableString.Invariant($"'{name}' is not a property of an observation (expected asOf, signals, facts).");

    public static string SignalsObjectSignalIdState() => "'signals' must be an object of signal id to state.";

    public static string StrengthNumberBetween() => "'strength' must be a number between 0 and 1.";

    public static string SignalAnswerPresentAbsentUnknownObject() => "A signal answer must be \"present\", \"absent\" or \"unknown\", or an object with \"state\" and \"strength\".";

    public static string FactsObjectFactIdValue() => "'facts' must be an object of fact id to value.";

    public static string FactFound(object? name, object? expected, object? found) => FormattableString.Invariant($"Fact '{name}' must be {expected}, found {found}.");

    public static string FactBetween(object? id, object? minimum, object? maximum, object? unit, object? number) => FormattableString.Invariant($"Fact '{id}' must be between {minimum} and {maximum}{unit}; it is {number}.");

    public static string SetNoSignal(object? setId, object? id, object? suggestion) => FormattableString.Invariant($"The set '{setId}' has no signal '{id}'.{suggestion}");

    public static string SetNoFact(object? setId, object? id, object? suggestion) => FormattableString.Invariant($"The set '{setId}' has no fact '{id}'.{suggestion}");

    public static string FactAfterDateRecordsSomethingAlready(object? id, object? date, object? asOf) => FormattableString.Invariant($"Fact '{id}' is {date}, after the as-of date {asOf}; it records something that has already happened. Check the date, or weigh the observation as of a later date.");

    public static string StrengthBetween(object? strength) => FormattableString.Invariant($"The strength must be between 0 and 1; it is {strength}.");

    public static string FactNot(object? id, object? kind, object? valueKind) => FormattableString.Invariant($"Fact '{id}' is a {kind}, not a {valueKind}.");

    public static string NotAnswerExpectedYesNoUnsure(object? value, object? id) => FormattableString.Invariant($"'{value}' is not an answer to '{id}' (expected yes, no or unsure).");

    public static string NotAnswerExpectedYesNo(object? value, object? id) => FormattableString.Invariant($"'{value}' is not an answer to '{id}' (expected yes or no).");

    public static string NotNumberWriteLike(object? value) => FormattableString.Invariant($"'{value}' is not a number (write it like 45 or 2.5).");

    public static string NotChoiceExpected(object? value, object? id, object? choices) => FormattableString.Invariant($"'{value}' is not a choice of '{id}' (expected one of: {choices}).");

    public static string NotDateWriteLike(object? value) => FormattableString.Invariant($"'{value}' is not a date (write it like 2026-11-10).");

    public static string SetNeedsTitle() => "The set needs a title.";

    public static string CategoryNeedsTitle(object? id) => FormattableString.Invariant($"Category '{id}' needs a title.");

    public static string DocumentNeedsTitle(object? id) => FormattableString.Invariant($"Document '{id}' needs a title.");

    public static string ModifierNeedsTitle(object? id) => FormattableString.Invariant($"Modifier '{id}' needs a title.");

    public static string ModifierNeedsCaveat(object? id) => FormattableString.Invariant($"Modifier '{id}' needs a caveat: explanations show it when the modifier applies.");

    public static string FactNeedsTitle(object? id) => FormattableString.Invariant($"Fact '{id}' needs a title.");

    public static string SignalNeedsTitle(object? id) => FormattableString.Invariant($"Signal '{id}' needs a title.");

    public static string SignalNeedsPresentText(object? id) => FormattableString.Invariant($"Signal '{id}' weighs something when present, so it needs texts.present.");

    public static string SignalNeedsAbsentText(object? id) => FormattableString.Invariant($"Signal '{id}' weighs something when absent, so it needs texts.absent.");

    public static string SourceNeedsQuote() => "A source needs the quote it relies on.";

    public static string WordClassLanguageNotTag(object? name, object? language) => FormattableString.Invariant($"Word class '{name}' is declared under '{language}', which is not a language tag such as en or es.");

    public static string WordClassNameInvalid(object? name) => FormattableString.Invariant($"'{name}' is not a word-class name: lower-case letters, digits and hyphens, starting with a letter (cues write it after '@').");

    public static string WordClassEmpty(object? name) => FormattableString.Invariant($"Word class '{name}' has no words.");

    public static string WordClassMemberInvalid(object? name, object? member) => FormattableString.Invariant($"Word class '{name}' holds '{member}', which is not a single word, stem* or =word.");

    public static string CueLanguageNotTag(object? id, object? language) => FormattableString.Invariant($"Signal '{id}' has cues under '{language}', which is not a language tag such as en or es.");

    public static string CueDoesNotCompile(object? cue, object? id, object? language, object? error, object? column) => FormattableString.Invariant($"The cue '{cue}' of signal '{id}' ({language}) does not compile at character {column}: {error}");

    public static string FactCueLanguageNotTag(object? id, object? language) => FormattableString.Invariant($"Fact '{id}' has cues under '{language}', which is not a language tag such as en or es.");

    public static string FactCueDoesNotCompile(object? cue, object? id, object? language, object? error, object? column) => FormattableString.Invariant($"The cue '{cue}' of fact '{id}' ({language}) does not compile at character {column}: {error}");

    public static string SignalCueHasSlot(object? cue, object? id) => FormattableString.Invariant($"The cue '{cue}' of signal '{id}' has a slot; slots give facts their values, so only a fact's patterns may have one.");

    public static string FactValueCueHasSlot(object? cue, object? id) => FormattableString.Invariant($"The cue '{cue}' of fact '{id}' has a slot; a cue under values shows that value, so put cues with a slot under patterns.");

    public static string FactPatternNeedsOneSlot(object? cue, object? id, object? count) => FormattableString.Invariant($"The pattern '{cue}' of fact '{id}' has {count} slots; a pattern needs exactly one, such as {{duration}}, {{when}} or {{count}}.");

    public static string FactSlotDoesNotFit(object? cue, object? id, object? slot, object? kind, object? unit) => FormattableString.Invariant($"The pattern '{cue}' of fact '{id}' reads {slot}, which cannot give a value to a {kind} fact in {unit}: {{duration}} fits numbers in minutes, hours or days; {{when}} fits dates and numbers in hours or days; {{count}} fits other numbers.");

    public static string FactCueValueNotValid(object? value, object? id, object? expected) => FormattableString.Invariant($"Fact '{id}' has cues for the value '{value}', which it cannot take: expected {expected}.");


    public static string BootstrapReplicatesNegative(object? value) => FormattableString.Invariant($"BootstrapReplicates must be 0 (no interval) or more; it is {value}.");

    public static string OutlookOutOfRange(object? value) => FormattableString.Invariant($"An outlook is from 0 to 1; {value} is not.");

    public static string MergeAnotherSet(object? other, object? set) => FormattableString.Invariant($"The other evaluator counts cases of '{other}', not '{set}'; only evaluations of one set can be merged.");

    public static string MaxTextLengthTooSmall(object? value) => FormattableString.Invariant($"MaxTextLength must be at least 1; it is {value}.");

    public static string CalibrationDateInvalid(object? value) => FormattableString.Invariant($"The calibration date '{value}' is not an ISO 8601 date such as 2026-11-23.");

    public static string CalibrationSlopeNotPositive(object? value) => FormattableString.Invariant($"The calibration slope is {value}; it must be above 0, or a higher score would mean a lower outlook.");

    public static string CalibrationNotFinite() => "The calibration intercept and slope must be finite numbers.";

    public static string CalibrationCasesInvalid(object? cases, object? offers) => FormattableString.Invariant($"A calibration needs at least one case and between 0 and that many offers; it says {cases} cases and {offers} offers.");

    public static string CalibrationNeedsDescription() => "A calibration needs a description of the data it was fitted on.";

    public static string CalibrationTooFewCases(object? cases, object? minimum) => FormattableString.Invariant($"There are {cases} cases with an outcome; a calibration needs at least {minimum}, or it would describe noise.");

    public static string CalibrationTooFewOfAnOutcome(object? offers, object? none, object? minimum) => FormattableString.Invariant($"There are {offers} cases with an offer and {none} without; a calibration needs at least {minimum} of each.");

    public static string CalibrationCannotFit() => "The outcomes cannot be fitted: every case has the same score, or the score separates offers from no offers perfectly. Add more varied cases.";

    public static string CalibrationSlopeRefused(object? slope) => FormattableString.Invariant($"The fitted slope is {slope:0.###}: on these cases a higher score goes with fewer offers (or with no difference at all). A recalibration cannot mend that, and it would turn the outlook round; look at the per-signal table of 'interview-signals evaluate' and review the weights by hand.");

    public static string CalibrationFoldSlopeRefused(object? slope, object? fold, object? folds) => FormattableString.Invariant($"Fitted without held-out fold {fold} of {folds}, the slope is {slope:0.###}: the direction between score and offers is not stable on these cases, so a recalibration could turn the outlook round. Gather more cases, or look at the per-signal table of 'interview-signals evaluate' and review the weights by hand.");

    public static string PrevalenceOutOfRange(object? id, object? value) => FormattableString.Invariant($"Signal '{id}' declares a prevalence of {value}; a prevalence is a share strictly between 0 and 1.");

    public static string TextTooLong(object? length, object? limit) => FormattableString.Invariant($"The text is {length} characters long; the reader reads at most {limit} (TextReaderOptions.MaxTextLength).");

    public static string NoReadingRules(object? language, object? languages) => FormattableString.Invariant($"There are no reading rules for '{language}'; texts can be read in: {languages}.");

    public static string PropertyTwice(object? name) => FormattableString.Invariant($"'{name}' appears twice in this object; keep one.");

    public static string PlannerOptionBetween(object? name, object? value) => FormattableString.Invariant($"{name} must be between 0 and 1 (both excluded); it is {value}.");

    public static string PlannerUnsureRate(object? value) => FormattableString.Invariant($"UnsureRate must be at least 0 and below 1; it is {value}.");

    public static string PlannerSuppliedNull => "SuppliedSignals must not be null; use an empty list.";

    public static string PlannerTimeProviderNull => "TimeProvider must not be null; use TimeProvider.System or a fake clock.";

    public static string PlannerOptionsInvalid(object? problems) => FormattableString.Invariant($"The planner options are invalid:\n  {problems}");

    public static string PlannerSuppliedUnknown(object? id, object? set) => FormattableString.Invariant($"SuppliedSignals names '{id}', which the set '{set}' does not declare.");

    public static string PlannerDeclinedUnknown(object? id, object? set) => FormattableString.Invariant($"The declined question '{id}' is neither a signal nor a fact of the set '{set}'.");

    public static string SetMismatchNoneFound(object? subject, object? expected)
        => FormattableString.Invariant($"The {subject} was made with {expected}, and no set with that hash is available. Register or load that exact set to use it.");

    public static string SetMismatch(object? subject, object? expected, object? actual)
        => FormattableString.Invariant($"The {subject} was made with {expected}, but the set given is {actual}. Use it with the exact set that made it; another set would give other reasons and weights.");

    public static string ObservationEmpty() => "The observation is empty; expected a JSON object such as {\"signals\": {}, \"facts\": {}}.";

    public static string ObservationNotWellFormed(object? reason) => FormattableString.Invariant($"The observation is not well-formed JSON: {reason}");

    public static string ObservationSignalSetShape() => "\"signalSet\" names the set the observation was made for: an object with id, version and contentHash.";

    public static string ObservationForAnotherSet(object? madeFor, object? given) => FormattableString.Invariant($"The observation was made for {madeFor}, but it is read with {given}; its answers mean that set's signals.");

    public static string ResultNotJson(object? what, object? line, object? column, object? path, object? reason)
        => FormattableString.Invariant($"The text is not {what} at line {line}, column {column}{(string.IsNullOrEmpty(path as string) || (string)path! == "$" ? string.Empty : " (" + path + ")")}: {reason}");

    public static string ResultNull(object? what) => FormattableString.Invariant($"Expected {what} as a JSON object, found null.");
}

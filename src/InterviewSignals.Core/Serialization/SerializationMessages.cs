using System;

namespace InterviewSignals.Serialization;

/// <summary>What the errors of reading and writing JSON: observations, results, set files say, beside the feature that raises them, keyed by the codes the errors carry; values are written with the invariant culture, so messages read the same on every host.</summary>
internal static class SerializationMessages
{
    public static string AsOfISODateDateTime() => "'asOf' must be an ISO 8601 date or date-time.";

    public static string DirectoryGivePathSignalSetJSON() => "This is a directory; give the path of a signal-set JSON file.";

    public static string DocumentLargerLimitBytes(object? maxBytes) => FormattableString.Invariant($"The document is larger than the limit of {maxBytes} bytes.");

    public static string ExtendsChainCyclic(object? cycle) => FormattableString.Invariant($"The extends chain is cyclic: {cycle}.");

    public static string ExtendsChainLongerLimit(object? maxExtendsDepth) => FormattableString.Invariant($"The extends chain is longer than the limit of {maxExtendsDepth}.");

    public static string FactFound(object? name, object? expected, object? found) => FormattableString.Invariant($"Fact '{name}' must be {expected}, found {found}.");

    public static string FactsObjectFactIdValue() => "'facts' must be an object of fact id to value.";

    public static string FileCannotRead(object? message) => FormattableString.Invariant($"The file cannot be read: {message}");

    public static string FileEmptyExpectedSignalSetJSON() => "The file is empty; expected a signal set as a JSON object.";

    public static string FileNotFound(object? fullPath, object? directory) => FormattableString.Invariant($"There is no such file: {fullPath} (a relative path is read from the current directory, {directory}).");

    public static string NotPropertyObservationExpectedAsOfSignals(object? name) => FormattableString.Invariant($"'{name}' is not a property of an observation (expected asOf, signals, facts, signalSet).");

    public static string ObservationEmpty() => "The observation is empty; expected a JSON object such as {\"signals\": {}, \"facts\": {}}.";

    public static string ObservationForAnotherSet(object? madeFor, object? given) => FormattableString.Invariant($"The observation was made for {madeFor}, but it is read with {given}; its answers mean that set's signals.");

    public static string ObservationJSONObject() => "An observation must be a JSON object.";

    public static string ObservationLargerLimitBytes(object? maxBytes) => FormattableString.Invariant($"The observation is larger than the limit of {maxBytes} bytes.");

    public static string ObservationNotWellFormed(object? reason) => FormattableString.Invariant($"The observation is not well-formed JSON: {reason}");

    public static string ObservationSignalSetShape() => "\"signalSet\" names the set the observation was made for: an object with id, version and contentHash.";

    public static string ResultNotJson(object? what, object? line, object? column, object? path, object? reason)
        => FormattableString.Invariant($"The text is not {what} at line {line}, column {column}{(string.IsNullOrEmpty(path as string) || (string)path! == "$" ? string.Empty : " (" + path + ")")}: {reason}");

    public static string ResultWithoutSet(object? what) => FormattableString.Invariant($"The text is {what} that names no signal set (\"signalSet\" with an id, a version and a content hash); without it, it could be explained or checked with any set.");

    public static string ResultNull(object? what) => FormattableString.Invariant($"Expected {what} as a JSON object, found null.");

    public static string SetExtendsErrorsOwn(object? extends) => FormattableString.Invariant($"The set extends '{extends}', which has errors of its own.");

    public static string SetExtendsItself(object? id) => FormattableString.Invariant($"The set '{id}' extends itself.");

    public static string SetExtendsNeitherAmongDocumentsLoaded(object? extends) => FormattableString.Invariant($"The set extends '{extends}', which is neither among the documents loaded nor found by the resolver.");

    public static string SetExtendsWithoutResolver(object? extends) => FormattableString.Invariant($"The set extends '{extends}', which is not among the documents loaded, and no resolver was given to find it (SignalSetJsonOptions.ResolveExtends; BuiltInSignalSets.JsonOptions finds the built-in sets).");

    public static string SignalAnswerPresentAbsentUnknownObject() => "A signal answer must be \"present\", \"absent\" or \"unknown\", or an object with \"state\" and \"strength\".";

    public static string SignalsObjectSignalIdState() => "'signals' must be an object of signal id to state.";

    public static string StrengthNumberBetween() => "'strength' must be a number between 0 and 1.";

    public static string FactValueNumber(object? tokenType) => FormattableString.Invariant($"A fact value is a number, a boolean or a string; found {tokenType}.");

    public static string AtLeastOneErrorRequired() => "At least one error is required.";
}

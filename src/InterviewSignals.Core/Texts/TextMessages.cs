using System;

namespace InterviewSignals.Texts;

/// <summary>What the errors raised here say, beside the code that raises them; values are written with the invariant culture.</summary>
internal static class TextMessages
{
    public static string NotLanguageTagSuch(object? tag) => FormattableString.Invariant($"'{tag}' is not a language tag such as en, es or es-MX.");

    public static string TextsForBeJson(object? source) => FormattableString.Invariant($"Texts for '{source}' must be a JSON object of code to template.");

    public static string TextForBeString(object? pName, object? source) => FormattableString.Invariant($"Text '{pName}' for '{source}' must be a string.");

    public static string TextsForNotWellFormed(object? source, object? message) => FormattableString.Invariant($"Texts for '{source}' are not well-formed JSON: {message}");

}

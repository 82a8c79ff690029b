using System;

namespace InterviewSignals.Reading;

/// <summary>What the reader's own errors say, beside the feature that raises them; values are written invariantly.</summary>
internal static class ReadingMessages
{
    public static string LanguageFileInvalid(int count)
        => FormattableString.Invariant($"The reading-language file is not valid ({count} {(count == 1 ? "problem" : "problems")}):");

    public static string LanguageFileObject(string found) => $"A reading-language file is a JSON object; this is {found}.";

    public static string NotATag(string value) => $"'{value}' is not a language tag such as en, es or pt-BR.";

    public static string PhraseDoesNotCompile(string phrase, string? error, int column)
        => FormattableString.Invariant($"The phrase '{phrase}' does not compile at character {column}: {error}");

    public static string PhraseHasSlot(string phrase) => $"The phrase '{phrase}' has a slot; a language's phrases are words only.";

    public static string UnknownCategory(string value, string expected) => $"'{value}' is not a context category; expected one of {expected}.";

    public static string ReachOutOfRange(double value) => FormattableString.Invariant($"A reach is a whole number of words from 0 to 40; it is {value}.");

    public static string PositionNeedsNoDirection() => "A rule at the start of a sentence has no direction or scope: it reaches the whole sentence.";

    public static string NeedsPhrases() => "A rule needs at least one phrase.";

    public static string BadEnding(string ending) => $"The ending '{ending}' holds something other than lower-case letters, C (a consonant) and V (a vowel).";

    public static string BadStrip(double value) => FormattableString.Invariant($"'strip' is a whole number of letters from 0 to 6; it is {value}.");

    public static string BadSuffix(string suffix) => $"The suffix '{suffix}' is not letters alone.";

    public static string BadWord(string word) => $"'{word}' is not one word in normal form (lower case, accents folded, no apostrophes): '{Cues.WordForm.Normalize(word)}'.";

    public static string BadNumber(string name, double value) => FormattableString.Invariant($"'{name}' has the value {value}; a quantity word's value is a finite number.");

    public static string OneWordOnly(string value) => $"'{value}' must be one word.";

    public static string NoReadingRules(string language, string languages)
        => $"There are no reading rules for '{language}'; texts can be read in: {languages}. A host adds a language with a language file (TextReaderOptions.Languages).";

    public static string MaxTextLengthTooSmall(object? value) => FormattableString.Invariant($"MaxTextLength must be at least 1; it is {value}.");

    public static string TextTooLong(object? length, object? limit) => FormattableString.Invariant($"The text is {length} characters long; the reader reads at most {limit} (TextReaderOptions.MaxTextLength).");

    public static string AtLeastOneErrorRequired() => "At least one error is required.";

    public static string EmbeddedRulesMissing(object? tag) => FormattableString.Invariant($"The embedded reading rules for '{tag}' are missing from the assembly.");

    public static string EmbeddedRulesInvalid(object? tag) => FormattableString.Invariant($"The embedded reading rules for '{tag}' are not valid: ");
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace InterviewSignals.Cues;

/// <summary>
/// What a cue that does not compile says, beside the cue syntax that raises it; the validator reports each under the
/// stable code <c>invalid-cue</c>, at the cue's line and column.
/// </summary>
internal static class CueMessages
{
    public static string NeedsAWord() => "A cue needs at least one word.";

    public static string NeedsARequiredWord() => "A cue needs at least one word that is not optional.";

    public static string GapBetweenWords() => "A gap must stand between two words.";

    public static string BadGap(string text, int max) => FormattableString.Invariant($"A gap is '..' or '..N' with N from 1 to {max}; '{text}' is neither.");

    public static string UnbalancedBracket(string text) => $"'{text}' opens or closes an optional part without the other bracket, or is empty.";

    public static string EmptyAlternative(string text) => $"'{text}' has an empty alternative.";

    public static string NotAWord(string text)
        => $"'{text}' is not a word; cues match words, with * for a stem, = for one form only, @ for a word class, | between alternatives and [ ] around optional words.";

    public static string NotASlot(string text) => $"'{text}' is not a slot; the slots are {{duration}}, {{when}} and {{count}}.";

    public static string SlotAlone(string text) => $"A slot cannot be optional or one of alternatives: '{text}'.";

    public static string GuardAtAnEnd(string text) => $"'{text}' is a guard; a guard stands first (the word before a match) or last (the word after it).";

    public static string GuardWords(string text) => $"The guard '{text}' needs words after the '!', such as !round|rounds.";

    public static string UnknownClass(string text, IEnumerable<string> classes)
    {
        var known = classes.OrderBy(c => c, StringComparer.Ordinal).Select(c => "@" + c).ToList();
        return known.Count == 0
            ? $"'{text}' names a word class, and the set declares none for this language."
            : $"'{text}' is not a word class of the set in this language; the classes are {string.Join(", ", known)}.";
    }

    public static string BadClassMember(string text, string member) => $"The word class '{text}' holds '{member}', which is not a single word, stem* or =word.";

    public static string CoOccurrenceNeedsParts() => "'&' joins two or more parts of a cue that must all appear in one clause; a part is missing before or after it.";

    public static string BadWindow(string text, int max) => FormattableString.Invariant($"'{text}' is '&' or '&N' with N from 1 to {max}: the most words between the parts.");

    public static string TooManyParts(int max) => FormattableString.Invariant($"A cue joins at most {max} parts with '&'.");

    public static string SlotInCoOccurrence() => "A pattern with a slot cannot have parts joined by '&'; write the words around the slot in order.";

    public static string WindowsDiffer() => "Every '&' of one cue gives the same window, or none.";
}

using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Internal;

namespace InterviewSignals.Cues;

/// <summary>
/// Reads the written form of a cue into its syntax (<see cref="ParsedCue"/>), or says what is wrong and at which
/// character (1-based). Nothing here matches text: the matcher is built from the syntax, with a language's inflection.
/// Elements are separated by spaces:
/// <list type="bullet">
/// <item><c>word</c> matches the word in every form the language gives it (ask, asks, asked, asking);</item>
/// <item><c>=word</c> matches that form only; <c>start*</c> any word that begins with <c>start</c> (a stem);</item>
/// <item><c>@class</c> any member of a word class the set declares for the language;</item>
/// <item><c>could|can|might</c> any one of the alternatives; <c>[i]</c> or <c>[i|we]</c> is optional;</item>
/// <item><c>..</c> skips up to 3 words, <c>..5</c> up to 5 (at most 8); <c>#</c> matches a number;</item>
/// <item><c>!w|w</c> first or last is a guard: the word just before (or after) a match is none of these;</item>
/// <item><c>{duration}</c>, <c>{when}</c> or <c>{count}</c> (in a fact's cues only) is a slot;</item>
/// <item><c>a &amp; b</c> (or <c>&amp;N</c>) joins up to three parts that must all appear in one clause, at most N words apart.</item>
/// </list>
/// </summary>
internal static class CueParser
{
    public const int MaxGap = 8;
    public const int MaxParts = 3;
    public const int MaxWindow = 8;
    public const int DefaultWindow = 5;
    private const int DefaultGap = 3;

    /// <summary>No word classes: for cues of a language file, and for sets that declare none.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoClasses = new Dictionary<string, IReadOnlyList<string>>(0, StringComparer.Ordinal);

    /// <summary>Reads a cue: one pattern, or parts joined by <c>&amp;</c>.</summary>
    /// <param name="source">The cue as written.</param>
    /// <param name="classes">The set's word classes for the cue's language, by name without the <c>@</c>.</param>
    /// <param name="error">What is wrong, when the cue does not parse.</param>
    /// <param name="column">The 1-based character where it goes wrong.</param>
    public static ParsedCue? TryParse(string source, IReadOnlyDictionary<string, IReadOnlyList<string>> classes, out string? error, out int column)
    {
        error = null;
        column = 0;
        var elements = Split(source);
        var joins = elements.Select((e, i) => (e, i)).Where(x => x.e.Text[0] == '&').ToList();
        if (joins.Count == 0)
        {
            var single = TryParsePattern(source, classes, out error, out column);
            return single is null ? null : new ParsedCue(source, [single], 0);
        }

        if (joins.Count + 1 > MaxParts)
        {
            (error, column) = (CueMessages.TooManyParts(MaxParts), joins[MaxParts - 1].e.At + 1);
            return null;
        }

        int? window = null;
        foreach (var (e, _) in joins)
        {
            int? n = e.Text.Length == 1 ? null : e.Text.Length == 2 && e.Text[1] >= '1' && e.Text[1] <= '0' + MaxWindow ? e.Text[1] - '0' : -1;
            if (n == -1)
            {
                (error, column) = (CueMessages.BadWindow(e.Text, MaxWindow), e.At + 1);
                return null;
            }

            if (n is not null && window is not null && n != window)
            {
                (error, column) = (CueMessages.WindowsDiffer(), e.At + 1);
                return null;
            }

            window ??= n;
        }

        var parts = new List<ParsedPattern>();
        var from = 0;
        foreach (var cut in joins.Select(j => j.i).Concat([elements.Count]))
        {
            if (cut == from)
            {
                (error, column) = (CueMessages.CoOccurrenceNeedsParts(), (cut < elements.Count ? elements[cut].At : source.Length) + 1);
                return null;
            }

            var start = elements[from].At;
            var end = elements[cut - 1].At + elements[cut - 1].Text.Length;
            var part = TryParsePattern(source.Substring(start, end - start), classes, out error, out column);
            if (part is null)
            {
                column += start;
                return null;
            }

            if (part.Slots.Length > 0)
            {
                (error, column) = (CueMessages.SlotInCoOccurrence(), start + 1);
                return null;
            }

            parts.Add(part);
            from = cut + 1;
        }

        return new ParsedCue(source, parts.ToArray(), window ?? DefaultWindow);
    }

    /// <summary>Reads one pattern (no <c>&amp;</c>).</summary>
    public static ParsedPattern? TryParsePattern(string source, IReadOnlyDictionary<string, IReadOnlyList<string>> classes, out string? error, out int column)
    {
        error = null;
        column = 0;
        var steps = new List<ParsedStep>();
        var elements = Split(source);
        WordChoice? notBefore = null, notAfter = null;
        if (elements.Count > 0 && elements[0].Text.Length > 1 && elements[0].Text[0] == '!')
        {
            notBefore = Guard(elements[0], classes, ref error, ref column);
            elements.RemoveAt(0);
        }

        if (error is null && elements.Count > 0 && elements[elements.Count - 1].Text.Length > 1 && elements[elements.Count - 1].Text[0] == '!')
        {
            notAfter = Guard(elements[elements.Count - 1], classes, ref error, ref column);
            elements.RemoveAt(elements.Count - 1);
        }

        if (error is not null)
        {
            return null;
        }

        if (elements.Count == 0)
        {
            (error, column) = (CueMessages.NeedsAWord(), 1);
            return null;
        }

        for (var e = 0; e < elements.Count; e++)
        {
            var (text, at) = elements[e];
            if (text[0] == '!')
            {
                (error, column) = (CueMessages.GuardAtAnEnd(text), at + 1);
                return null;
            }

            if (text.StartsWith("..", StringComparison.Ordinal))
            {
                var n = text.Length == 3 && text[2] >= '1' && text[2] <= '0' + MaxGap ? text[2] - '0' : DefaultGap;
                if (text.Length > 2 && (text.Length != 3 || text[2] < '1' || text[2] > '0' + MaxGap))
                {
                    (error, column) = (CueMessages.BadGap(text, MaxGap), at + 1);
                    return null;
                }

                if (e == 0 || e == elements.Count - 1 || elements[e - 1].Text.StartsWith("..", StringComparison.Ordinal))
                {
                    (error, column) = (CueMessages.GapBetweenWords(), at + 1);
                    return null;
                }

                for (var k = 0; k < n; k++)
                {
                    steps.Add(new ParsedStep(WordChoice.Nothing, Optional: true, Any: true));
                }

                continue;
            }

            var optional = text[0] == '[';
            if (optional != (text[text.Length - 1] == ']') || (optional && text.Length < 3))
            {
                (error, column) = (CueMessages.UnbalancedBracket(text), at + 1);
                return null;
            }

            var body = optional ? text.Substring(1, text.Length - 2) : text;
            var alternatives = body.Split('|');
            if (alternatives.Any(a => a.Length > 0 && a[0] == '{'))
            {
                var slot = ParseSlot(alternatives[0]);
                if (slot is null || optional || alternatives.Length > 1)
                {
                    (error, column) = (slot is null ? CueMessages.NotASlot(alternatives.First(a => a.Length > 0 && a[0] == '{')) : CueMessages.SlotAlone(text), at + 1);
                    return null;
                }

                steps.Add(new ParsedStep(WordChoice.Nothing, Optional: false, Any: false, slot));
                continue;
            }

            var test = Alternatives(alternatives, text, classes, out error);
            if (test is null)
            {
                column = at + 1;
                return null;
            }

            steps.Add(new ParsedStep(test, optional, Any: false));
        }

        if (steps.All(s => s.Optional))
        {
            (error, column) = (CueMessages.NeedsARequiredWord(), 1);
            return null;
        }

        return new ParsedPattern(source, steps.ToArray(), notBefore, notAfter);
    }

    private static WordChoice? Guard((string Text, int At) element, IReadOnlyDictionary<string, IReadOnlyList<string>> classes, ref string? error, ref int column)
    {
        var test = Alternatives(element.Text.Substring(1).Split('|'), element.Text, classes, out var e);
        if (test is null || test.Number)
        {
            (error, column) = (e ?? CueMessages.GuardWords(element.Text), element.At + 1);
            return null;
        }

        return test;
    }

    /// <summary>The words, stems and number one step accepts, from its alternatives; <see langword="null"/> with an error when one is not an element.</summary>
    private static WordChoice? Alternatives(string[] alternatives, string text, IReadOnlyDictionary<string, IReadOnlyList<string>> classes, out string? error)
    {
        error = null;
        var words = new List<WrittenWord>();
        var number = false;
        foreach (var alternative in alternatives)
        {
            if (alternative.Length == 0 || alternative == "*" || alternative == "=" || alternative == "@")
            {
                error = CueMessages.EmptyAlternative(text);
                return null;
            }

            if (alternative == "#")
            {
                number = true;
                continue;
            }

            if (alternative[0] == '@')
            {
                var name = alternative.Substring(1);
                if (!classes.TryGetValue(name, out var members))
                {
                    error = CueMessages.UnknownClass(alternative, classes.Keys) + Suggestions.DidYouMean(alternative, classes.Keys.Select(k => "@" + k));
                    return null;
                }

                foreach (var member in members)
                {
                    if (!Word(member, words, out error))
                    {
                        error = CueMessages.BadClassMember(alternative, member);
                        return null;
                    }
                }

                continue;
            }

            if (!Word(alternative, words, out error))
            {
                return null;
            }
        }

        return new WordChoice(words.ToArray(), number);
    }

    /// <summary>Adds one written word: <c>=word</c> as an exact form, <c>stem*</c> as a stem, any other word as a base form the language inflects.</summary>
    internal static bool Word(string written, List<WrittenWord> words, out string? error)
    {
        error = null;
        var exact = written.Length > 1 && written[0] == '=';
        var stem = !exact && written.Length > 1 && written[written.Length - 1] == '*';
        var word = WordForm.Normalize(exact ? written.Substring(1) : stem ? written.Substring(0, written.Length - 1) : written);
        if (word.Length == 0 || word.Any(c => !char.IsLetterOrDigit(c)))
        {
            error = CueMessages.NotAWord(written);
            return false;
        }

        words.Add(new WrittenWord(word, stem ? WordKind.Stem : exact ? WordKind.Exact : WordKind.Inflected));
        return true;
    }

    internal static List<(string Text, int At)> Split(string source)
    {
        var result = new List<(string, int)>();
        var i = 0;
        while (i < source.Length)
        {
            while (i < source.Length && source[i] == ' ')
            {
                i++;
            }

            var start = i;
            while (i < source.Length && source[i] != ' ')
            {
                i++;
            }

            if (i > start)
            {
                result.Add((source.Substring(start, i - start), start));
            }
        }

        return result;
    }

    /// <summary>The slot a <c>{name}</c> element names, by the names <see cref="SlotUnits.Name"/> gives.</summary>
    private static SlotKind? ParseSlot(string text)
    {
        foreach (var kind in new[] { SlotKind.Duration, SlotKind.When, SlotKind.Count })
        {
            if (string.Equals(SlotUnits.Name(kind), text, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }
}

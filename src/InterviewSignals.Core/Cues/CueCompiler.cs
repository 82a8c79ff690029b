using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Internal;

namespace InterviewSignals.Cues;

/// <summary>
/// Turns the written form of one pattern into its steps. Elements are separated by spaces:
/// <list type="bullet">
/// <item><c>word</c> matches the word in every form the language gives it (ask, asks, asked, asking);</item>
/// <item><c>=word</c> matches that form only; <c>start*</c> any word that begins with <c>start</c> (a stem);</item>
/// <item><c>@class</c> any member of a word class the set declares for the language;</item>
/// <item><c>could|can|might</c> any one of the alternatives; <c>[i]</c> or <c>[i|we]</c> is optional;</item>
/// <item><c>..</c> skips up to 3 words, <c>..5</c> up to 5 (at most 8); <c>#</c> matches a number;</item>
/// <item><c>!w|w</c> first or last is a guard: the word just before (or after) a match is none of these;</item>
/// <item><c>{duration}</c>, <c>{when}</c> or <c>{count}</c> (in a fact's cues only) is a slot.</item>
/// </list>
/// </summary>
internal static class CueCompiler
{
    private const int DefaultGap = 3;

    public static CuePattern? TryCompile(string source, CueSyntax syntax, out string? error, out int column)
    {
        error = null;
        column = 0;
        var steps = new List<CueStep>();
        var elements = Split(source);
        WordTest? notBefore = null, notAfter = null;
        if (elements.Count > 0 && elements[0].Text.Length > 1 && elements[0].Text[0] == '!')
        {
            notBefore = Guard(elements[0], syntax, ref error, ref column);
            elements.RemoveAt(0);
        }

        if (error is null && elements.Count > 0 && elements[elements.Count - 1].Text.Length > 1 && elements[elements.Count - 1].Text[0] == '!')
        {
            notAfter = Guard(elements[elements.Count - 1], syntax, ref error, ref column);
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
                var n = text.Length == 3 && text[2] >= '1' && text[2] <= '0' + CuePattern.MaxGap ? text[2] - '0' : DefaultGap;
                if (text.Length > 2 && (text.Length != 3 || text[2] < '1' || text[2] > '0' + CuePattern.MaxGap))
                {
                    (error, column) = (CueMessages.BadGap(text, CuePattern.MaxGap), at + 1);
                    return null;
                }

                if (e == 0 || e == elements.Count - 1 || elements[e - 1].Text.StartsWith("..", StringComparison.Ordinal))
                {
                    (error, column) = (CueMessages.GapBetweenWords(), at + 1);
                    return null;
                }

                for (var k = 0; k < n; k++)
                {
                    steps.Add(new CueStep(WordTest.Nothing, Optional: true, Any: true));
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

                steps.Add(new CueStep(WordTest.Nothing, Optional: false, Any: false, slot));
                continue;
            }

            var test = Alternatives(alternatives, text, syntax, out error);
            if (test is null)
            {
                column = at + 1;
                return null;
            }

            steps.Add(new CueStep(test, optional, Any: false));
        }

        if (steps.All(s => s.Optional))
        {
            (error, column) = (CueMessages.NeedsARequiredWord(), 1);
            return null;
        }

        return new CuePattern(source, steps.ToArray(), notBefore, notAfter);
    }

    private static WordTest? Guard((string Text, int At) element, CueSyntax syntax, ref string? error, ref int column)
    {
        var test = Alternatives(element.Text.Substring(1).Split('|'), element.Text, syntax, out var e);
        if (test is null || test.Number)
        {
            (error, column) = (e ?? CueMessages.GuardWords(element.Text), element.At + 1);
            return null;
        }

        return test;
    }

    /// <summary>The words, stems and number one step accepts, from its alternatives; <see langword="null"/> with an error when one is not an element.</summary>
    private static WordTest? Alternatives(string[] alternatives, string text, CueSyntax syntax, out string? error)
    {
        error = null;
        var words = new List<string>();
        var stems = new List<string>();
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
                if (!syntax.Classes.TryGetValue(name, out var members))
                {
                    error = CueMessages.UnknownClass(alternative, syntax.Classes.Keys) + Suggestions.DidYouMean(alternative, syntax.Classes.Keys.Select(k => "@" + k));
                    return null;
                }

                foreach (var member in members)
                {
                    if (!Word(member, syntax, words, stems, out error))
                    {
                        error = CueMessages.BadClassMember(alternative, member);
                        return null;
                    }
                }

                continue;
            }

            if (!Word(alternative, syntax, words, stems, out error))
            {
                return null;
            }
        }

        return new WordTest(words, stems, number);
    }

    /// <summary>Adds one written word: <c>=word</c> as itself, <c>stem*</c> as a stem, any other word with its forms.</summary>
    internal static bool Word(string written, CueSyntax syntax, List<string> words, List<string> stems, out string? error)
    {
        error = null;
        var exact = written.Length > 1 && written[0] == '=';
        var stem = !exact && written.Length > 1 && written[written.Length - 1] == '*';
        var word = Tokenizer.Normalize(exact ? written.Substring(1) : stem ? written.Substring(0, written.Length - 1) : written);
        if (word.Length == 0 || word.Any(c => !char.IsLetterOrDigit(c)))
        {
            error = CueMessages.NotAWord(written);
            return false;
        }

        if (stem)
        {
            stems.Add(word);
        }
        else if (exact)
        {
            words.Add(word);
        }
        else
        {
            words.AddRange(syntax.Inflector.FormsOf(word));
        }

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

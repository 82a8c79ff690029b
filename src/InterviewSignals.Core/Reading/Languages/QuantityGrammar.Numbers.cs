using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InterviewSignals.Matching;

namespace InterviewSignals.Reading;

/// <content>Counts, numbers written as digits or words, fused units ("45-min") and hedges.</content>
internal sealed partial class QuantityGrammar
{
    /// <summary>A small whole number: "three", "a couple", "2", "dos".</summary>
    private Quantity Count(List<TextToken> t, int i)
        => Number(t, i, allowArticle: false) is { } n && n.Value >= 1 && n.Value <= 100 && n.Value == Math.Floor(n.Value)
            ? new Quantity(n.Next - 1, n.Value)
            : Quantity.None;

    /// <summary>A number at <paramref name="i"/>: digits, words ("forty five", "cuarenta y cinco"), or a vague amount ("a couple of", "unos pocos"); <c>Next</c> is the token after it.</summary>
    private (double Value, int Next)? Number(List<TextToken> t, int i, bool allowArticle)
    {
        if (i >= t.Count || t[i].IsBreak)
        {
            return null;
        }

        var word = t[i].Normal;
        if (t[i].Kind == TokenKind.Number)
        {
            return double.TryParse(word, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d < 100000 ? (d, i + 1) : null;
        }

        // "a couple of", "a few", "un par de", "unos pocos"
        var v = i;
        if ((Articles.Contains(word) || VagueBefore.Contains(word)) && i + 1 < t.Count && Vague.ContainsKey(t[i + 1].Normal))
        {
            v = i + 1;
        }

        if (Vague.TryGetValue(t[v].Normal, out var vague))
        {
            var next = v + 1;
            return (vague, next < t.Count && Of.Contains(t[next].Normal) ? next + 1 : next);
        }

        if (Tens.TryGetValue(word, out var tens))
        {
            var j = i + 1;
            if (TensJoiner.Length > 0 && j < t.Count && t[j].Normal == TensJoiner)
            {
                j++;
            }

            return j < t.Count && Numbers.TryGetValue(t[j].Normal, out var unit) && unit < 10 ? (tens + unit, j + 1) : (tens, i + 1);
        }

        if (Numbers.TryGetValue(word, out var number))
        {
            return (number, i + 1);
        }

        return allowArticle && Articles.Contains(word) ? (1, i + 1) : null;
    }

    /// <summary>A number fused with its unit, in minutes: "45min", "2hrs", "1.5h".</summary>
    private double? Fused(List<TextToken> t, int i)
    {
        var word = t[i].Normal;
        var split = 0;
        while (split < word.Length && (char.IsDigit(word[split]) || word[split] == '.'))
        {
            split++;
        }

        if (split == 0 || split == word.Length || !Units.TryGetValue(word.Substring(split), out var unit))
        {
            return null;
        }

#pragma warning disable CA1846 // netstandard2.0 has no span overload of double.TryParse
        return double.TryParse(word.Substring(0, split), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n * unit : null;
#pragma warning restore CA1846
    }

    private double? Unit(List<TextToken> t, int i)
    {
        // "business days": a working day counts as a day.
        if (i < t.Count && UnitPrefixes.Contains(t[i].Normal) && i + 1 < t.Count)
        {
            i++;
        }

        if (i >= t.Count || t[i].IsBreak || !Units.TryGetValue(t[i].Normal, out var minutes))
        {
            return null;
        }

        // A word that is a unit in one sense and something else in another ("1 hr", "the HR round") reads as a unit
        // only when the next word does not give it the other sense.
        return i + 1 < t.Count && UnitSenses.TryGetValue(t[i].Normal, out var notBefore) && notBefore.Contains(t[i + 1].Normal) ? null : minutes;
    }

    private int SkipHedges(List<TextToken> t, int i)
    {
        // At most two hedges: "just over", "un poco mas de".
        for (var k = 0; k < 2; k++)
        {
            var end = Hedges.Match(t, i);
            if (end <= i || end >= t.Count)
            {
                break;
            }

            i = end;
        }

        return i;
    }

    internal static int Match(List<TextToken> t, int i, string[] words)
    {
        if (i + words.Length > t.Count)
        {
            return i;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(t[i + k].Normal, words[k], StringComparison.Ordinal))
            {
                return i;
            }
        }

        return i + words.Length;
    }

    internal static Dictionary<string, double> Map(params (string Word, double Value)[] pairs)
    {
        var map = new Dictionary<string, double>(Internal.FastOrdinal.Instance);
        foreach (var (word, value) in pairs)
        {
            map[word] = value;
        }

        return map;
    }

    internal static HashSet<string> Set(params string[] words) => new(words, Internal.FastOrdinal.Instance);

    internal static PhraseSet Phrases(params string[] phrases) => new(Array.ConvertAll(phrases, p => p.Split(' ')));

    private static (string[] Words, double Days)[] PhraseMap(params (string Phrase, double Days)[] pairs) => Array.ConvertAll(pairs, p => (p.Phrase.Split(' '), p.Days));
}

/// <summary>Phrases filed by their first word, so that a token is compared only with the phrases it could begin.</summary>
internal sealed class PhraseSet
{
    public static readonly PhraseSet Empty = new(Array.Empty<string[]>());

    private readonly Dictionary<string, string[][]> _byFirst = new(Internal.FastOrdinal.Instance);

    public PhraseSet(string[][] phrases)
    {
        foreach (var group in phrases.GroupBy(p => p[0], StringComparer.Ordinal))
        {
            _byFirst[group.Key] = group.ToArray();
        }
    }

    public IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary>The token after the longest phrase that starts at <paramref name="i"/>, or <paramref name="i"/>.</summary>
    public int Match(List<TextToken> t, int i)
    {
        if (i >= t.Count || !_byFirst.TryGetValue(t[i].Normal, out var phrases))
        {
            return i;
        }

        var best = i;
        foreach (var words in phrases)
        {
            var end = QuantityGrammar.Match(t, i, words);
            if (end > best)
            {
                best = end;
            }
        }

        return best;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InterviewSignals.Cues;
using InterviewSignals.Matching;

namespace InterviewSignals.Reading;

/// <summary>
/// How one language writes quantities: numbers in digits and in words, lengths of time ("an hour and a half", "45-min",
/// "casi una hora"), points in time ("two weeks ago", "by Friday", "hace dos semanas") and small counts. A scan tries
/// each token as the start of each kind of quantity with a bounded look-ahead, so the work is linear in the text.
/// Hedges ("almost", "over", "casi") belong to the quantity and do not change its value: "over an hour" is an hour.
/// </summary>
internal sealed class QuantityGrammar
{
    private const double Day = 24 * 60;

    internal Dictionary<string, double> Numbers { get; init; } = new();

    internal HashSet<string> VagueBefore { get; init; } = new();

    internal HashSet<string> UnitPrefixes { get; init; } = new();

    /// <summary>Gets the words between the two ends of a range of numbers ("30 to 45 minutes"); two numbers side by side (a dash between them) are a range too.</summary>
    internal HashSet<string> RangeJoiners { get; init; } = new();

    internal string TensJoiner { get; init; } = string.Empty;

    internal string UnitJoiner { get; init; } = string.Empty;

    /// <summary>Gets, for a unit word with another sense, the words after it that give it that sense.</summary>
    internal Dictionary<string, HashSet<string>> UnitSenses { get; init; } = new();

    /// <summary>Gets, for a day word with another sense ("mañana" is also "morning"), the words before it that give it that sense.</summary>
    internal Dictionary<string, HashSet<string>> DayGuards { get; init; } = new();

    /// <summary>Gets the phrases that, after a weekday in the same sentence, say the day has passed ("by Friday, and it is now Wednesday").</summary>
    internal PhraseSet PassedAfter { get; init; } = PhraseSet.Empty;

    internal Dictionary<string, double> Tens { get; init; } = new();

    internal HashSet<string> Articles { get; init; } = new();

    internal Dictionary<string, double> Vague { get; init; } = new();

    internal Dictionary<string, double> Units { get; init; } = new();

    internal PhraseSet Hedges { get; init; } = PhraseSet.Empty;

    internal PhraseSet HalfAfter { get; init; } = PhraseSet.Empty;

    internal PhraseSet HalfBefore { get; init; } = PhraseSet.Empty;

    internal HashSet<string> Of { get; init; } = new();

    internal PhraseSet Ago { get; init; } = PhraseSet.Empty;

    internal PhraseSet AgoBefore { get; init; } = PhraseSet.Empty;

    internal Dictionary<string, double> Days { get; init; } = new();

    internal (string[] Words, double Days)[] DayPhrases { get; init; } = Array.Empty<(string[], double)>();

    internal PhraseSet EndOfWeek { get; init; } = PhraseSet.Empty;

    internal Dictionary<string, double> Weekdays { get; init; } = new();

    internal PhraseSet PastBefore { get; init; } = PhraseSet.Empty;

    internal PhraseSet FutureBefore { get; init; } = PhraseSet.Empty;

    internal PhraseSet PastAfter { get; init; } = PhraseSet.Empty;

    internal PhraseSet FutureAfter { get; init; } = PhraseSet.Empty;

    private const byte StartsDuration = 1;
    private const byte StartsWhen = 2;
    private const byte StartsCount = 4;
    private const int FlagCacheSize = 1024;
    private readonly WordFlag?[] _flagCache = new WordFlag?[FlagCacheSize];

    /// <summary>
    /// Which kinds of quantity a word can begin. Words repeat and the tokenizer hands out one string per word, so the
    /// answer is cached by the string's identity; entries are immutable and replaced whole, so threads may share them.
    /// </summary>
    private byte Flags(string word)
    {
        var slot = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(word) & (FlagCacheSize - 1);
        if (_flagCache[slot] is { } hit && ReferenceEquals(hit.Word, word))
        {
            return hit.Flags;
        }

        var (durationStarters, whenStarters) = Starters;
        var flags = (byte)((durationStarters.Contains(word) ? StartsDuration : 0) | (whenStarters.Contains(word) ? StartsWhen : 0)
            | (Numbers.ContainsKey(word) || Tens.ContainsKey(word) || Vague.ContainsKey(word) || VagueBefore.Contains(word) ? StartsCount : 0));
        _flagCache[slot] = new WordFlag(word, flags);
        return flags;
    }

    private sealed record WordFlag(string Word, byte Flags);

    /// <summary>Gets, built once, the words that can begin a length of time and those that can begin a point in time other than a length of time ago or ahead.</summary>
    private (HashSet<string> Duration, HashSet<string> When) Starters => _starters ??= BuildStarters();

    private (HashSet<string> Duration, HashSet<string> When)? _starters;

    private (HashSet<string>, HashSet<string>) BuildStarters()
    {
        var duration = new HashSet<string>(Internal.FastOrdinal.Instance);
        foreach (var phrases in new[] { Hedges, HalfBefore })
        {
            duration.UnionWith(phrases.FirstWords);
        }

        foreach (var map in new[] { Numbers, Tens, Vague, Units })
        {
            duration.UnionWith(map.Keys);
        }

        duration.UnionWith(Articles);
        duration.UnionWith(VagueBefore);
        duration.UnionWith(UnitPrefixes);

        var when = new HashSet<string>(Internal.FastOrdinal.Instance);
        foreach (var phrases in new[] { EndOfWeek, AgoBefore, PastBefore, FutureBefore })
        {
            when.UnionWith(phrases.FirstWords);
        }

        foreach (var (phrase, _) in DayPhrases)
        {
            when.Add(phrase[0]);
        }

        when.UnionWith(Days.Keys);
        when.UnionWith(Weekdays.Keys);
        return (duration, when);
    }

    /// <summary>Every quantity in the text, by the token it starts at; the longest reading wins.</summary>
    public QuantitySpans Scan(List<TextToken> tokens)
    {
        var spans = new QuantitySpans(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            // Most words cannot begin a quantity; a look-up or two rules them out before any parsing.
            var t = tokens[i];
            if (t.IsBreak || t.Normal.Length == 0)
            {
                continue;
            }

            var flags = t.Kind == TokenKind.Number || t.Normal[0] is >= '0' and <= '9' ? StartsDuration | StartsCount : Flags(t.Normal);
            if (flags == 0)
            {
                continue;
            }

            var duration = (flags & StartsDuration) != 0 ? Duration(tokens, i) : Quantity.None;
            if (duration.Exists || (flags & StartsWhen) != 0)
            {
                spans.Set(SlotKind.Duration, i, duration);
                spans.Set(SlotKind.When, i, When(tokens, i, duration));
            }

            if ((flags & StartsCount) != 0)
            {
                spans.Set(SlotKind.Count, i, Count(tokens, i));
            }
        }

        return spans;
    }

    /// <summary>A length of time in minutes: [hedge] [half] number [and a half] unit [and a half], or a number fused with its unit ("45min").</summary>
    private Quantity Duration(List<TextToken> t, int i)
    {
        var at = SkipHedges(t, i);
        if (HalfBefore.Match(t, at) is var halfEnd && halfEnd > at && Unit(t, halfEnd) is { } halfUnit)
        {
            return new Quantity(halfEnd, halfUnit / 2);
        }

        double number;
        var next = at;
        if (Fused(t, at) is { } fused)
        {
            return new Quantity(at, fused);
        }

        if (Number(t, at, allowArticle: true) is { } n)
        {
            (number, next) = (n.Value, n.Next);

            // A range ("30-45 minutes", "30 to 45 minutes", "entre cuarenta y cincuenta minutos") is its midpoint.
            var second = next < t.Count && RangeJoiners.Contains(t[next].Normal) ? next + 1 : next;
            if (!Articles.Contains(t[at].Normal) && Number(t, second, allowArticle: false) is { } m && m.Value > number && (second > next || t[next].Kind == TokenKind.Number))
            {
                (number, next) = ((number + m.Value) / 2, m.Next);
            }
        }
        else if (Unit(t, at) is not null && HalfAfter.Match(t, at + 1) > at + 1)
        {
            // "hora y media": a unit with a half and no number before it.
            (number, next) = (1, at);
        }
        else
        {
            return Quantity.None;
        }

        if (HalfAfter.Match(t, next) is var h && h > next)
        {
            (number, next) = (number + 0.5, h);
        }

        if (Unit(t, next) is not { } unit)
        {
            return Quantity.None;
        }

        var minutes = number * unit;
        var last = next;
        if (HalfAfter.Match(t, next + 1) is var after && after > next + 1)
        {
            minutes += unit / 2;
            last = after - 1;
        }
        else if (next + 2 < t.Count && t[next + 1].Normal == UnitJoiner && Number(t, next + 2, allowArticle: false) is { } more && Unit(t, more.Next) is { } smaller && smaller < unit)
        {
            // "an hour and 15 minutes", "una hora y diez minutos"
            minutes += more.Value * smaller;
            last = more.Next;
        }

        return new Quantity(last, minutes);
    }

    /// <summary>A point in time: a named day, a weekday, the end of the week, a length of time ago, or a length of time ahead.</summary>
    private Quantity When(List<TextToken> t, int i, Quantity duration)
    {
        foreach (var (words, days) in DayPhrases)
        {
            if (Match(t, i, words) is var end && end > i)
            {
                return new Quantity(end - 1, days);
            }
        }

        if (EndOfWeek.Match(t, i) is var week && week > i)
        {
            return new Quantity(week - 1, 0, Weekday: 5, Direction: 1);
        }

        if (Days.TryGetValue(t[i].Normal, out var day) && !(i > 0 && DayGuards.TryGetValue(t[i].Normal, out var notAfter) && notAfter.Contains(t[i - 1].Normal)))
        {
            return new Quantity(i, day);
        }

        if (AgoBefore.Match(t, i) is var ago && ago > i && Duration(t, ago) is { Exists: true } back)
        {
            return new Quantity(back.Last, -back.Value / Day);
        }

        var at = i;
        var direction = 0;
        if (PastBefore.Match(t, at) is var past && past > at)
        {
            (at, direction) = (past, -1);
        }
        else if (FutureBefore.Match(t, at) is var future && future > at)
        {
            (at, direction) = (future, 1);
        }

        if (at < t.Count && Weekdays.TryGetValue(t[at].Normal, out var weekday))
        {
            var last = at;
            if (direction == 0 && PastAfter.Match(t, at + 1) is var pa && pa > at + 1)
            {
                (last, direction) = (pa - 1, -1);
            }
            else if (direction == 0 && FutureAfter.Match(t, at + 1) is var fa && fa > at + 1)
            {
                (last, direction) = (fa - 1, 1);
            }
            else if (direction == 0 && HasPassed(t, last + 1))
            {
                direction = -1;
            }

            return new Quantity(last, 0, (int)weekday, direction);
        }

        if (duration.Exists && duration.Value >= 60)
        {
            return Ago.Match(t, duration.Last + 1) is var a && a > duration.Last + 1
                ? new Quantity(a - 1, -duration.Value / Day)
                : new Quantity(duration.Last, duration.Value / Day);
        }

        return Quantity.None;
    }

    /// <summary>The most words after a weekday that are searched for words saying the day has passed.</summary>
    private const int PassedReach = 12;

    /// <summary>Whether the sentence goes on to say that the day has passed ("by Friday, but it is now the following Wednesday"); bounded, so the scan stays linear.</summary>
    private bool HasPassed(List<TextToken> t, int from)
    {
        for (var i = from; i < t.Count && i < from + PassedReach && t[i].Kind != TokenKind.SentenceBreak; i++)
        {
            if (PassedAfter.Match(t, i) > i)
            {
                return true;
            }
        }

        return false;
    }

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

using System;
using System.Collections.Generic;
using InterviewSignals.Cues;
using InterviewSignals.Matching;

namespace InterviewSignals.Reading;

/// <summary>
/// How one language writes quantities: numbers in digits and in words, lengths of time ("an hour and a half", "45-min",
/// "casi una hora"), points in time ("two weeks ago", "by Friday", "hace dos semanas") and small counts. A scan tries
/// each token as the start of each kind of quantity with a bounded look-ahead, so the work is linear in the text.
/// Hedges ("almost", "over", "casi") belong to the quantity and do not change its value: "over an hour" is an hour.
/// </summary>
internal sealed partial class QuantityGrammar
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
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InterviewSignals.Cues;

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

    private static readonly Dictionary<string, QuantityGrammar> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new QuantityGrammar
        {
            Numbers = Map(("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("dozen", 12)),
            Tens = Map(("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90)),
            Articles = Set("a", "an"),
            Vague = Map(("couple", 2), ("few", 3), ("several", 3)),
            Units = Map(("minute", 1), ("minutes", 1), ("min", 1), ("mins", 1), ("m", 1), ("hour", 60), ("hours", 60), ("hr", 60), ("hrs", 60), ("h", 60), ("day", Day), ("days", Day), ("week", 7 * Day), ("weeks", 7 * Day), ("month", 30 * Day), ("months", 30 * Day)),
            Hedges = Phrases("almost", "nearly", "about", "around", "roughly", "approximately", "approx", "over", "under", "just", "barely", "only", "at least", "more than", "less than", "close to", "a little over", "a bit over", "well over", "just over", "just under"),
            Half = "half",
            HalfAfter = Phrases("and a half"),
            HalfBefore = Phrases("half an", "half a", "half"),
            Of = Set("of"),
            Joiner = string.Empty,
            Ago = Phrases("ago", "back"),
            AgoBefore = Phrases(),
            Days = Map(("yesterday", -1), ("today", 0), ("tonight", 0), ("tomorrow", 1)),
            DayPhrases = PhraseMap(("the day before yesterday", -2), ("this morning", 0), ("this afternoon", 0), ("earlier today", 0), ("the day after tomorrow", 2), ("last week", -7), ("next week", 7), ("a week from now", 7)),
            EndOfWeek = Phrases("end of the week", "end of this week", "the end of the week", "end of week", "this week", "later this week", "the weekend"),
            Weekdays = Map(("sunday", 0), ("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5), ("saturday", 6)),
            PastBefore = Phrases("last", "past", "this past"),
            FutureBefore = Phrases("next", "this coming", "coming"),
            PastAfter = Phrases(),
            FutureAfter = Phrases(),
        },
        ["es"] = new QuantityGrammar
        {
            Numbers = Map(("uno", 1), ("un", 1), ("una", 1), ("dos", 2), ("tres", 3), ("cuatro", 4), ("cinco", 5), ("seis", 6), ("siete", 7), ("ocho", 8), ("nueve", 9), ("diez", 10), ("once", 11), ("doce", 12), ("trece", 13), ("catorce", 14), ("quince", 15), ("dieciseis", 16), ("diecisiete", 17), ("dieciocho", 18), ("diecinueve", 19), ("veinte", 20), ("veinticinco", 25), ("docena", 12)),
            Tens = Map(("treinta", 30), ("cuarenta", 40), ("cincuenta", 50), ("sesenta", 60), ("setenta", 70), ("ochenta", 80), ("noventa", 90)),
            Articles = Set(),
            Vague = Map(("par", 2), ("pocos", 3), ("pocas", 3), ("varios", 3), ("varias", 3)),
            Units = Map(("minuto", 1), ("minutos", 1), ("min", 1), ("mins", 1), ("m", 1), ("hora", 60), ("horas", 60), ("hr", 60), ("hrs", 60), ("h", 60), ("dia", Day), ("dias", Day), ("semana", 7 * Day), ("semanas", 7 * Day), ("mes", 30 * Day), ("meses", 30 * Day)),
            Hedges = Phrases("casi", "unos", "unas", "alrededor de", "aproximadamente", "mas de", "menos de", "cerca de", "apenas", "poco mas de", "un poco mas de", "solo", "solamente", "al menos", "como"),
            Half = "media",
            HalfAfter = Phrases("y media", "y medio"),
            HalfBefore = Phrases("media", "medio"),
            Of = Set("de"),
            Joiner = "y",
            Ago = Phrases(),
            AgoBefore = Phrases("hace"),
            Days = Map(("ayer", -1), ("hoy", 0), ("anteayer", -2), ("antier", -2), ("manana", 1)),
            DayPhrases = PhraseMap(("esta manana", 0), ("esta tarde", 0), ("pasado manana", 2), ("la semana pasada", -7), ("la proxima semana", 7), ("la semana que viene", 7), ("la semana proxima", 7)),
            EndOfWeek = Phrases("fin de semana", "final de la semana", "finales de semana", "finales de la semana", "esta semana", "el fin de semana"),
            Weekdays = Map(("domingo", 0), ("lunes", 1), ("martes", 2), ("miercoles", 3), ("jueves", 4), ("viernes", 5), ("sabado", 6)),
            PastBefore = Phrases(),
            FutureBefore = Phrases("el proximo", "proximo"),
            PastAfter = Phrases("pasado"),
            FutureAfter = Phrases("que viene", "proximo"),
        },
    };

    private Dictionary<string, double> Numbers { get; init; } = new();

    private Dictionary<string, double> Tens { get; init; } = new();

    private HashSet<string> Articles { get; init; } = new();

    private Dictionary<string, double> Vague { get; init; } = new();

    private Dictionary<string, double> Units { get; init; } = new();

    private PhraseSet Hedges { get; init; } = PhraseSet.Empty;

    private string Half { get; init; } = string.Empty;

    private PhraseSet HalfAfter { get; init; } = PhraseSet.Empty;

    private PhraseSet HalfBefore { get; init; } = PhraseSet.Empty;

    private HashSet<string> Of { get; init; } = new();

    private string Joiner { get; init; } = string.Empty;

    private PhraseSet Ago { get; init; } = PhraseSet.Empty;

    private PhraseSet AgoBefore { get; init; } = PhraseSet.Empty;

    private Dictionary<string, double> Days { get; init; } = new();

    private (string[] Words, double Days)[] DayPhrases { get; init; } = Array.Empty<(string[], double)>();

    private PhraseSet EndOfWeek { get; init; } = PhraseSet.Empty;

    private Dictionary<string, double> Weekdays { get; init; } = new();

    private PhraseSet PastBefore { get; init; } = PhraseSet.Empty;

    private PhraseSet FutureBefore { get; init; } = PhraseSet.Empty;

    private PhraseSet PastAfter { get; init; } = PhraseSet.Empty;

    private PhraseSet FutureAfter { get; init; } = PhraseSet.Empty;

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
            | (Numbers.ContainsKey(word) || Tens.ContainsKey(word) || Vague.ContainsKey(word) || word is "un" or "unos" or "unas" ? StartsCount : 0));
        _flagCache[slot] = new WordFlag(word, flags);
        return flags;
    }

    private sealed record WordFlag(string Word, byte Flags);

    /// <summary>Gets, built once, the words that can begin a length of time and those that can begin a point in time other than a length of time ago or ahead.</summary>
    private (HashSet<string> Duration, HashSet<string> When) Starters => _starters ??= BuildStarters();

    private static readonly string[] ExtraStarters = { "un", "unos", "unas", "business", "working" };

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
        foreach (var w in ExtraStarters)
        {
            duration.Add(w);
        }

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

    /// <summary>Finds the grammar for a language tag, or for its primary language.</summary>
    public static QuantityGrammar? For(string language)
        => ByLanguage.TryGetValue(language, out var g) ? g : ByLanguage.TryGetValue(language.Split('-')[0], out g) ? g : null;

    /// <summary>Every quantity in the text, by the token it starts at; the longest reading wins.</summary>
    public QuantitySpans Scan(IReadOnlyList<TextToken> tokens)
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
    private Quantity Duration(IReadOnlyList<TextToken> t, int i)
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
        else if (next + 2 < t.Count && t[next + 1].Normal == (Joiner.Length > 0 ? Joiner : "and") && Number(t, next + 2, allowArticle: false) is { } more && Unit(t, more.Next) is { } smaller && smaller < unit)
        {
            // "an hour and 15 minutes", "una hora y diez minutos"
            minutes += more.Value * smaller;
            last = more.Next;
        }

        return new Quantity(last, minutes);
    }

    /// <summary>A point in time: a named day, a weekday, the end of the week, a length of time ago, or a length of time ahead.</summary>
    private Quantity When(IReadOnlyList<TextToken> t, int i, Quantity duration)
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

        if (Days.TryGetValue(t[i].Normal, out var day) && !(t[i].Normal == "manana" && i > 0 && t[i - 1].Normal is "la" or "por" or "esta" or "de"))
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

    /// <summary>A small whole number: "three", "a couple", "2", "dos".</summary>
    private Quantity Count(IReadOnlyList<TextToken> t, int i)
        => Number(t, i, allowArticle: false) is { } n && n.Value >= 1 && n.Value <= 100 && n.Value == Math.Floor(n.Value)
            ? new Quantity(n.Next - 1, n.Value)
            : Quantity.None;

    /// <summary>A number at <paramref name="i"/>: digits, words ("forty five", "cuarenta y cinco"), or a vague amount ("a couple of", "unos pocos"); <c>Next</c> is the token after it.</summary>
    private (double Value, int Next)? Number(IReadOnlyList<TextToken> t, int i, bool allowArticle)
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
        if ((Articles.Contains(word) || word is "un" or "unos" or "unas") && i + 1 < t.Count && Vague.ContainsKey(t[i + 1].Normal))
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
            if (Joiner.Length > 0 && j < t.Count && t[j].Normal == Joiner)
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
    private double? Fused(IReadOnlyList<TextToken> t, int i)
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

    private double? Unit(IReadOnlyList<TextToken> t, int i)
    {
        // "business days", "dias habiles": a working day counts as a day.
        if (i < t.Count && t[i].Normal is "business" or "working" && i + 1 < t.Count)
        {
            i++;
        }

        return i < t.Count && !t[i].IsBreak && Units.TryGetValue(t[i].Normal, out var minutes) ? minutes : null;
    }

    private int SkipHedges(IReadOnlyList<TextToken> t, int i)
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

    internal static int Match(IReadOnlyList<TextToken> t, int i, string[] words)
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

    private static Dictionary<string, double> Map(params (string Word, double Value)[] pairs)
    {
        var map = new Dictionary<string, double>(Internal.FastOrdinal.Instance);
        foreach (var (word, value) in pairs)
        {
            map[word] = value;
        }

        return map;
    }

    private static HashSet<string> Set(params string[] words) => new(words, Internal.FastOrdinal.Instance);

    private static PhraseSet Phrases(params string[] phrases) => new(Array.ConvertAll(phrases, p => p.Split(' ')));

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
    public int Match(IReadOnlyList<TextToken> t, int i)
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

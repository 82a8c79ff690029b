using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Reading;

/// <summary>Reads the <c>quantities</c> part of a language file: number, unit and time words, hedges and weekdays.</summary>
internal static class QuantityFileReader
{
    public static QuantityGrammar Read(JsonObjectReader o, List<InputError> errors)
    {
        var grammar = new QuantityGrammar
        {
            Numbers = Values(o, "numbers", errors),
            Tens = Values(o, "tens", errors),
            TensJoiner = OneWord(o, "tensJoiner"),
            Articles = Set(o, "articles"),
            VagueBefore = Set(o, "vagueBefore"),
            Vague = Values(o, "vague", errors),
            Of = Set(o, "of"),
            Units = Values(o, "units", errors),
            UnitPrefixes = Set(o, "unitPrefixes"),
            RangeJoiners = Set(o, "rangeJoiners"),
            UnitJoiner = OneWord(o, "unitJoiner"),
            UnitSenses = Senses(o, errors),
            Hedges = Phrases(o, "hedges"),
            HalfAfter = Phrases(o, "halfAfter"),
            HalfBefore = Phrases(o, "halfBefore"),
            Ago = Phrases(o, "ago"),
            AgoBefore = Phrases(o, "agoBefore"),
            Days = Values(o, "days", errors),
            DayGuards = Guards(o, "dayGuards", errors),
            DayPhrases = Values(o, "dayPhrases", errors, phrases: true).Select(p => (p.Key.Split(' '), p.Value)).ToArray(),
            EndOfWeek = Phrases(o, "endOfWeek"),
            Weekdays = Values(o, "weekdays", errors),
            PastBefore = Phrases(o, "pastBefore"),
            FutureBefore = Phrases(o, "futureBefore"),
            PastAfter = Phrases(o, "pastAfter"),
            FutureAfter = Phrases(o, "futureAfter"),
            PassedAfter = Phrases(o, "passedAfter"),
        };
        o.Finish();
        return grammar;
    }

    private static HashSet<string> Set(JsonObjectReader o, string name) => new(LanguageFileReader.Words(o, name), Internal.FastOrdinal.Instance);

    private static string OneWord(JsonObjectReader o, string name)
    {
        var text = o.String(name) ?? string.Empty;
        if (text.Length > 0 && LanguageFileReader.Word(text) is null)
        {
            o.Error(SignalSetErrorCodes.InvalidValue, o.PathOf(name), ReadingMessages.OneWordOnly(text));
        }

        return text;
    }

    /// <summary>A list of phrases of words in normal form, separated by single spaces.</summary>
    private static PhraseSet Phrases(JsonObjectReader o, string name)
    {
        var phrases = new List<string[]>();
        foreach (var (e, p) in o.Array(name))
        {
            var words = e.ValueKind == JsonValueKind.String ? e.GetString()!.Split(' ') : [];
            if (words.Length == 0 || words.Any(w => LanguageFileReader.Word(w) is null))
            {
                o.Error(SignalSetErrorCodes.InvalidValue, p, ReadingMessages.BadWord(e.ToString()));
                continue;
            }

            phrases.Add(words);
        }

        return new PhraseSet(phrases.ToArray());
    }

    /// <summary>An object of word (or phrase) to number.</summary>
    private static Dictionary<string, double> Values(JsonObjectReader o, string name, List<InputError> errors, bool phrases = false)
    {
        var map = new Dictionary<string, double>(Internal.FastOrdinal.Instance);
        if (o.Get(name) is not { } e || JsonObjectReader.Open(e, o.PathOf(name), errors, "words and their values") is not { } m)
        {
            return map;
        }

        foreach (var key in m.Names())
        {
            var ok = phrases ? key.Split(' ').All(w => LanguageFileReader.Word(w) is not null) : LanguageFileReader.Word(key) is not null;
            if (!ok)
            {
                m.Error(SignalSetErrorCodes.InvalidValue, m.PathOf(key), ReadingMessages.BadWord(key));
            }
            else if (m.Number(key, required: true) is { } v)
            {
                if (double.IsNaN(v) || double.IsInfinity(v))
                {
                    m.Error(SignalSetErrorCodes.InvalidValue, m.PathOf(key), ReadingMessages.BadNumber(key, v));
                }

                map[key] = v;
            }
        }

        return map;
    }

    /// <summary>An object of word to the words beside it that give it another sense.</summary>
    private static Dictionary<string, HashSet<string>> Guards(JsonObjectReader o, string name, List<InputError> errors)
    {
        var map = new Dictionary<string, HashSet<string>>(Internal.FastOrdinal.Instance);
        if (o.Get(name) is { } e && JsonObjectReader.Open(e, o.PathOf(name), errors, "words and the words beside them") is { } m)
        {
            foreach (var key in m.Names())
            {
                map[key] = new HashSet<string>(LanguageFileReader.Words(m, key), Internal.FastOrdinal.Instance);
            }
        }

        return map;
    }

    /// <summary><c>unitSenses</c>: a list of { units, notBefore }, flattened to unit word → the words after it that make it something else.</summary>
    private static Dictionary<string, HashSet<string>> Senses(JsonObjectReader o, List<InputError> errors)
    {
        var map = new Dictionary<string, HashSet<string>>(Internal.FastOrdinal.Instance);
        foreach (var (e, p) in o.Array("unitSenses"))
        {
            if (JsonObjectReader.Open(e, p, errors, "a unit's other sense") is not { } s)
            {
                continue;
            }

            var after = LanguageFileReader.Words(s, "notBefore");
            foreach (var unit in LanguageFileReader.Words(s, "units"))
            {
                map[unit] = new HashSet<string>(after, Internal.FastOrdinal.Instance);
            }

            s.Finish();
        }

        return map;
    }
}

using System;
using System.Collections.Generic;

namespace InterviewSignals.Matching;

/// <summary>
/// The forms of a word in one language, generated from the word as a cue writes it (its base form): "ask" gives
/// asks, asked, asking; "smile" gives smiled, smiling; "preguntar" gives pregunta, preguntó, preguntaron. Generating is
/// simpler and safer than analysing: a form that no text contains costs nothing, and the forms come from data (suffix
/// rules and a table of irregular forms), so a language file teaches a new language without code. Function words and
/// words of one or two letters keep their form.
/// </summary>
internal sealed class Inflector
{
    /// <summary>No inflection: every word matches only itself.</summary>
    public static readonly Inflector None = new(Array.Empty<InflectionRule>(), new Dictionary<string, string[]>(), new HashSet<string>(), "aeiou");

    private readonly InflectionRule[] _rules;
    private readonly Dictionary<string, string[]> _irregular;
    private readonly HashSet<string> _exact;
    private readonly string _vowels;

    public Inflector(IReadOnlyList<InflectionRule> rules, Dictionary<string, string[]> irregular, HashSet<string> exact, string vowels)
    {
        _rules = [.. rules];
        _irregular = irregular;
        _exact = exact;
        _vowels = vowels;
    }

    /// <summary>The word itself and every form the rules give it, without repeats; the word first.</summary>
    public string[] FormsOf(string word)
    {
        if (_exact.Contains(word) || !IsLetters(word))
        {
            return [word];
        }

        var forms = new List<string> { word };
        foreach (var rule in word.Length <= 2 ? [] : _rules)
        {
            if (!Ends(word, rule.Ending))
            {
                continue;
            }

            var stem = word.Substring(0, word.Length - Math.Min(rule.Strip, word.Length - 1));
            if (rule.Double)
            {
                stem += stem[stem.Length - 1];
            }

            foreach (var suffix in rule.Add)
            {
                Add(stem + suffix);
            }
        }

        if (_irregular.TryGetValue(word, out var irregular))
        {
            foreach (var form in irregular)
            {
                Add(form);
            }
        }

        return forms.ToArray();

        void Add(string form)
        {
            if (!forms.Contains(form))
            {
                forms.Add(form);
            }
        }
    }

    /// <summary>Whether a word ends as a rule's ending says: letters stand for themselves, <c>C</c> for any consonant and <c>V</c> for any vowel.</summary>
    private bool Ends(string word, string ending)
    {
        if (ending.Length > word.Length)
        {
            return false;
        }

        for (var k = 0; k < ending.Length; k++)
        {
            var c = word[word.Length - ending.Length + k];
            var e = ending[k];
            var ok = e switch
            {
                'C' => char.IsLetter(c) && !IsVowel(c),
                'V' => IsVowel(c),
                _ => c == e,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private bool IsVowel(char c)
    {
        foreach (var v in _vowels)
        {
            if (v == c)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// One rule of a language's inflection: for a word with this ending, drop <paramref name="Strip"/> letters (and repeat the
/// last one left when <paramref name="Double"/>: stop → stopp-ed) and add each suffix.
/// </summary>
/// <param name="Ending">The ending the rule applies to; empty for every word. <c>C</c> is any consonant, <c>V</c> any vowel.</param>
/// <param name="Strip">How many letters to drop before adding.</param>
/// <param name="Double">Whether to repeat the last letter left.</param>
/// <param name="Add">The suffixes.</param>
internal sealed record InflectionRule(string Ending, int Strip, bool Double, string[] Add);

using System;
using System.Collections.Generic;
using System.Linq;

namespace InterviewSignals.Taxonomy;

/// <summary>
/// Recognises ids and titles keyed to protected characteristics or their usual proxies (age, date of birth, sex or
/// gender, race, religion, disability, name, postal code…): the check every set and the outcome fitter apply, for a
/// host to apply to its own data as well.
/// </summary>
public static class ProtectedCharacteristics
{
    // Each entry is a word sequence matched against the words of an id or a title.
    private static readonly (string Characteristic, string[] Words)[] Patterns =
        new (string, string)[]
        {
            ("age", "age"), ("age", "aged"), ("age", "years old"), ("date of birth", "date of birth"), ("date of birth", "dob"),
            ("date of birth", "birth date"), ("date of birth", "birthday"), ("date of birth", "birth year"), ("graduation year", "graduation year"),
            ("graduation year", "graduation date"), ("sex or gender", "sex"), ("sex or gender", "gender"), ("race", "race"), ("race", "racial"),
            ("ethnicity", "ethnicity"), ("ethnicity", "ethnic"), ("religion", "religion"), ("religion", "religious"), ("religion", "faith"),
            ("disability", "disability"), ("disability", "disabled"), ("pregnancy", "pregnancy"), ("pregnancy", "pregnant"),
            ("nationality or citizenship", "nationality"), ("nationality or citizenship", "citizenship"), ("nationality or citizenship", "national origin"),
            ("nationality or citizenship", "immigrant"), ("nationality or citizenship", "immigration status"), ("marital or family status", "marital"),
            ("marital or family status", "married"), ("marital or family status", "family status"), ("marital or family status", "children"),
            ("marital or family status", "spouse"), ("photo", "photo"), ("photo", "photograph"), ("photo", "picture"), ("photo", "headshot"),
            ("name", "name"), ("name", "first name"), ("name", "surname"), ("postal code", "postal code"), ("postal code", "postcode"),
            ("postal code", "zip"), ("postal code", "zip code"),
        }
        .Select(p => (p.Item1, p.Item2.Split(' ')))
        .ToArray();

    /// <summary>Returns the characteristic an id or a title is keyed to, or <see langword="null"/>.</summary>
    /// <param name="text">An id (kebab-case or camelCase) or a title.</param>
    /// <returns>The characteristic, such as <c>age</c> or <c>postal code</c>, or <see langword="null"/>.</returns>
    public static string? Match(string? text)
    {
        if (text is null || text.Length == 0)
        {
            return null;
        }

        var words = Words(text);
        foreach (var (characteristic, pattern) in Patterns)
        {
            for (var i = 0; i + pattern.Length <= words.Count; i++)
            {
                var all = true;
                for (var k = 0; k < pattern.Length && all; k++)
                {
                    all = string.Equals(words[i + k], pattern[k], StringComparison.Ordinal);
                }

                if (all)
                {
                    return characteristic;
                }
            }
        }

        return null;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}

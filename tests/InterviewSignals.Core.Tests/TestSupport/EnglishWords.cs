using System.Text.Json;
using System.Text.RegularExpressions;

namespace InterviewSignals.Tests.TestSupport;

/// <summary>
/// Finds English left in a page or a command's output in another language: the words of the English catalogue (and of
/// any more English texts given) that no Spanish text uses. Identifiers (<c>signals.salary-discussed</c>,
/// <c>[asked-when-you-could-start]</c>) and quoted JSON values are not words a person reads as prose, and are skipped.
/// </summary>
internal static class EnglishWords
{
    private static readonly Regex Word = new(@"\p{L}+", RegexOptions.None, TimeSpan.FromSeconds(5));
    private static readonly Regex NotProse = new(@"""[^""\n]*""|\S*[-._/@]\S*|\[[^\]\s]*\]", RegexOptions.None, TimeSpan.FromSeconds(5));

    /// <summary>The English words of <paramref name="text"/>: each word of the English texts that the Spanish texts never use.</summary>
    public static IReadOnlyList<string> In(string text, string repositoryRoot, IEnumerable<string>? moreEnglish = null, IEnumerable<string>? moreSpanish = null)
    {
        var (english, spanish) = Vocabulary(repositoryRoot);
        english.UnionWith((moreEnglish ?? Enumerable.Empty<string>()).SelectMany(Words));
        spanish.UnionWith((moreSpanish ?? Enumerable.Empty<string>()).SelectMany(Words));
        english.ExceptWith(spanish);
        return Words(NotProse.Replace(text, " ")).Where(english.Contains).Distinct(StringComparer.Ordinal).ToList();
    }

    private static (HashSet<string> English, HashSet<string> Spanish) Vocabulary(string root)
    {
        var resources = Path.Combine(root, "src", "InterviewSignals.Core", "Texts", "Resources");
        HashSet<string> Of(string prefix) => new(
            Directory.EnumerateFiles(resources, prefix + "*.json")
                .SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.EnumerateObject().Select(p => p.Value.GetString() ?? string.Empty))
                .Select(t => Regex.Replace(t, "\\{[^}]*\\}", " ", RegexOptions.None, TimeSpan.FromSeconds(5)))
                .SelectMany(Words),
            StringComparer.Ordinal);
        return (Of("en."), Of("es."));
    }

    // Three letters or more, lower case: "the", "and", "you" count; "a", "no", "I" say nothing about the language.
    private static IEnumerable<string> Words(string text) => Word.Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 3);
}

using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace InterviewSignals.Texts;

/// <summary>
/// Language tags such as <c>en</c>, <c>es</c> or <c>es-MX</c> (BCP 47 in form), resolved by dropping subtags from the
/// right: <c>es-MX</c> falls back to <c>es</c>, then to English. Needs no culture data, so it behaves the same with
/// <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>.
/// </summary>
public static class LanguageTag
{
    /// <summary>The language every text exists in, and the last fallback.</summary>
    public const string English = "en";

    /// <summary>Checks that a tag has the form of a language tag: a primary subtag of 2 to 8 letters, then subtags of 1 to 8 letters or digits, joined by <c>-</c>.</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>Whether it is well-formed.</returns>
    public static bool IsWellFormed([NotNullWhen(true)] string? tag) => Internal.LanguageTagSyntax.IsWellFormed(tag);

    /// <summary>Lists the tags to try for a language, most specific first, ending with <see cref="English"/>: <c>es-MX</c> gives <c>es-MX</c>, <c>es</c>, <c>en</c>.</summary>
    /// <param name="tag">The tag, or <see langword="null"/> for English.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="ArgumentException">The tag is not well-formed.</exception>
    public static IReadOnlyList<string> FallbackChain(string? tag)
    {
        tag ??= English;
        if (!IsWellFormed(tag))
        {
            throw new ArgumentException(TextMessages.NotLanguageTagSuch(tag), nameof(tag));
        }

        var parts = tag.Split('-');
        var chain = new List<string>(parts.Length + 1);
        for (var k = parts.Length; k >= 1; k--)
        {
            chain.Add(string.Join("-", parts, 0, k));
        }

        if (!chain.Contains(English, StringComparer.OrdinalIgnoreCase))
        {
            chain.Add(English);
        }

        return chain;
    }

    /// <summary>
    /// Finds the language a provider would answer a request in: the first tag of the fallback chain it has texts for,
    /// not counting the final fallback to English unless English itself was asked for. <c>es-MX</c> resolves to
    /// <c>es</c> when the provider has Spanish; <c>fr</c> does not resolve when it has only English and Spanish.
    /// </summary>
    /// <param name="texts">The provider.</param>
    /// <param name="tag">The requested tag.</param>
    /// <param name="resolved">The provider's tag that will be used, when found.</param>
    /// <returns>Whether the provider has texts in the language or a more general form of it.</returns>
    public static bool TryResolve(ITextProvider texts, string? tag, [NotNullWhen(true)] out string? resolved)
    {
        Internal.Guard.NotNull(texts);
        resolved = null;
        if (tag is null || !IsWellFormed(tag))
        {
            return false;
        }

        foreach (var candidate in FallbackChain(tag))
        {
            var match = texts.Languages.FirstOrDefault(l => string.Equals(l, candidate, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                var primary = tag.Split('-')[0];
                if (!string.Equals(candidate, English, StringComparison.OrdinalIgnoreCase) || string.Equals(primary, English, StringComparison.OrdinalIgnoreCase))
                {
                    resolved = match;
                    return true;
                }
            }
        }

        return false;
    }
}

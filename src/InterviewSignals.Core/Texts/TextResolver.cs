using System.Collections.Generic;

namespace InterviewSignals.Texts;

/// <summary>Resolves a code for a language: the language, its more general forms, then English, then an inline fallback.</summary>
internal sealed class TextResolver
{
    private readonly ITextProvider _texts;
    private readonly IReadOnlyList<string> _chain;

    public TextResolver(ITextProvider texts, string? language)
    {
        _texts = texts;
        _chain = LanguageTag.FallbackChain(language);
        Language = LanguageTag.English;
        foreach (var tag in _chain)
        {
            if (LanguageTag.TryResolve(texts, tag, out var resolved))
            {
                Language = resolved;
                break;
            }
        }
    }

    /// <summary>Gets the language the texts will mostly be in: the first of the chain the provider has.</summary>
    public string Language { get; }

    public string? Find(string code, string? inlineEnglish = null)
    {
        foreach (var tag in _chain)
        {
            if (tag.Equals(LanguageTag.English, System.StringComparison.OrdinalIgnoreCase) && inlineEnglish is not null)
            {
                // The catalogue's English (which a host may have overridden) comes before the set's own inline English.
                return _texts.TryGetTemplate(code, tag, out var en) ? en : inlineEnglish;
            }

            if (_texts.TryGetTemplate(code, tag, out var t))
            {
                return t;
            }
        }

        return inlineEnglish;
    }

    public string Get(string code, string? inlineEnglish = null) => Find(code, inlineEnglish) ?? "[" + code + "]";
}

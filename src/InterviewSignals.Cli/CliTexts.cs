using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Texts;

namespace InterviewSignals.Cli;

/// <summary>The tool's own wording, from the library's text catalogue, in the language asked for.</summary>
internal sealed class CliTexts
{
    private readonly IReadOnlyList<string> _chain;

    public CliTexts(string language) => _chain = LanguageTag.FallbackChain(language);

    public string Get(string code, params (string Name, string Value)[] args)
    {
        foreach (var tag in _chain)
        {
            if (TextCatalog.Default.TryGetTemplate(code, tag, out var template))
            {
                return TextTemplate.Format(template, args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal));
            }
        }

        return "[" + code + "]";
    }

    /// <summary>Whether a typed line is one of the inputs a text lists (for example <c>s|si|sí</c>), compared whole, without regard to case.</summary>
    public bool IsOneOf(string code, string line)
        => Get(code).Split('|').Any(i => string.Equals(i, line, StringComparison.OrdinalIgnoreCase));
}

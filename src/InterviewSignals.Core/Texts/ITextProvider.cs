using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace InterviewSignals.Texts;

/// <summary>
/// Supplies the wording of explanations and questionnaires: templates keyed by stable codes, per language tag, with
/// named placeholders such as <c>{outlook}</c>. Languages are plain tags (<c>en</c>, <c>es</c>, <c>es-MX</c>), so no
/// culture data is needed and texts resolve the same in globalization-invariant hosts.
/// </summary>
public interface ITextProvider
{
    /// <summary>Gets the language tags that have texts, for example <c>en</c> and <c>es</c>.</summary>
    IReadOnlyList<string> Languages { get; }

    /// <summary>Finds the template for a code in exactly one language (no fallback; <see cref="LanguageTag.FallbackChain"/> gives the order to try).</summary>
    /// <param name="code">A stable code, for example <c>headline.encouraging</c> or <c>signals.interview-outlook.salary-discussed.present</c>.</param>
    /// <param name="language">A language tag such as <c>es</c> or <c>es-MX</c>, compared without regard to case.</param>
    /// <param name="template">The template, when found.</param>
    /// <returns>Whether the language has a template for the code.</returns>
    bool TryGetTemplate(string code, string language, [NotNullWhen(true)] out string? template);
}

using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace InterviewSignals.Texts;

/// <summary>
/// An immutable catalog of texts by language tag. <see cref="Default"/> holds the built-in English and Spanish texts;
/// <see cref="With(string, IReadOnlyDictionary{string, string})"/> returns a copy with texts added or overridden, one
/// at a time or a whole language.
/// </summary>
public sealed class TextCatalog : ITextProvider
{
    private static readonly Lazy<TextCatalog> Shipped = new(LoadBuiltIn);
    private readonly Dictionary<string, Dictionary<string, string>> _languages;

    private TextCatalog(Dictionary<string, Dictionary<string, string>> languages)
    {
        _languages = languages;
        Languages = Array.AsReadOnly(languages.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray());
    }

    /// <summary>Gets the built-in English and Spanish texts.</summary>
    /// <value>A shared, immutable instance.</value>
    public static TextCatalog Default => Shipped.Value;

    /// <summary>Gets an empty catalog.</summary>
    /// <value>A new empty instance.</value>
    public static TextCatalog Empty => new(new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Gets the language tags that have texts, in ordinal order.</summary>
    /// <value>For <see cref="Default"/>: <c>en</c> and <c>es</c>.</value>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Returns a copy with texts added or replaced for one language.</summary>
    /// <param name="language">The language tag, for example <c>es</c> or <c>fr-CA</c>.</param>
    /// <param name="texts">Templates by code.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language tag.</exception>
    public TextCatalog With(string language, IReadOnlyDictionary<string, string> texts)
    {
        var tag = Internal.Guard.NotNull(language);
        if (!LanguageTag.IsWellFormed(tag))
        {
            throw new ArgumentException(TextMessages.NotLanguageTagSuch(tag), nameof(language));
        }

        Internal.Guard.NotNull(texts);
        var copy = _languages.ToDictionary(p => p.Key, p => new Dictionary<string, string>(p.Value, StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
        if (!copy.TryGetValue(tag, out var target))
        {
            copy[tag] = target = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        foreach (var pair in texts)
        {
            target[Internal.Guard.NotNull(pair.Key)] = Internal.Guard.NotNull(pair.Value);
        }

        return new TextCatalog(copy);
    }

    /// <summary>Returns a copy with one text added or replaced.</summary>
    /// <param name="language">The language tag.</param>
    /// <param name="code">The code.</param>
    /// <param name="template">The template.</param>
    /// <returns>The new catalog.</returns>
    public TextCatalog With(string language, string code, string template)
        => With(language, new Dictionary<string, string>(StringComparer.Ordinal) { [Internal.Guard.NotNull(code)] = Internal.Guard.NotNull(template) });

    /// <summary>Returns a copy with a language's texts read from a flat JSON object of code to template.</summary>
    /// <param name="language">The language tag.</param>
    /// <param name="json">The JSON text.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="FormatException">The JSON is not a flat object of strings.</exception>
    public TextCatalog WithJson(string language, string json) => With(language, ParseFlat(Internal.Guard.NotNull(json), language));

    /// <inheritdoc/>
    public bool TryGetTemplate(string code, string language, [NotNullWhen(true)] out string? template)
    {
        template = null;
        return _languages.TryGetValue(language, out var texts) && texts.TryGetValue(code, out template);
    }

    private static TextCatalog LoadBuiltIn()
    {
        var languages = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        var assembly = typeof(TextCatalog).Assembly;
        const string prefix = "InterviewSignals.Texts.Resources.";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            // en.json, es.json, es.interview-outlook.json …: the language is the first segment.
            var language = name.Substring(prefix.Length).Split('.')[0];
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            if (!languages.TryGetValue(language, out var target))
            {
                languages[language] = target = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            foreach (var pair in ParseFlat(reader.ReadToEnd(), name))
            {
                target[pair.Key] = pair.Value;
            }
        }

        return new TextCatalog(languages);
    }

    private static Dictionary<string, string> ParseFlat(string json, string source)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException(TextMessages.TextsForBeJson(source));
            }

            foreach (var p in doc.RootElement.EnumerateObject())
            {
                if (p.Value.ValueKind != JsonValueKind.String)
                {
                    throw new FormatException(TextMessages.TextForBeString(p.Name, source));
                }

                result[p.Name] = p.Value.GetString()!;
            }
        }
        catch (JsonException ex)
        {
            throw new FormatException(TextMessages.TextsForNotWellFormed(source, ex.Message), ex);
        }

        return result;
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace InterviewSignals.Explanations;

/// <summary>Supplies the wording of explanations: templates keyed by stable codes, per culture, with named placeholders such as <c>{outlook}</c>.</summary>
public interface ITextProvider
{
    /// <summary>Finds the template for a code in exactly one culture (no fallback; callers walk the culture chain).</summary>
    /// <param name="code">A stable code, for example <c>headline.encouraging</c> or <c>signals.interview-outlook.salary-discussed.present</c>.</param>
    /// <param name="cultureName">A culture name such as <c>es</c> or <c>es-MX</c>.</param>
    /// <param name="template">The template, when found.</param>
    /// <returns>Whether the culture has a template for the code.</returns>
    bool TryGetTemplate(string code, string cultureName, [NotNullWhen(true)] out string? template);
}

/// <summary>
/// An immutable catalog of texts. <see cref="Default"/> holds the built-in English and Spanish texts; <see cref="With(string, IReadOnlyDictionary{string, string})"/>
/// returns a copy with texts added or overridden, one at a time or a whole culture.
/// </summary>
public sealed class TextCatalog : ITextProvider
{
    private static readonly Lazy<TextCatalog> BuiltIn = new(LoadBuiltIn);
    private readonly Dictionary<string, Dictionary<string, string>> _cultures;

    private TextCatalog(Dictionary<string, Dictionary<string, string>> cultures) => _cultures = cultures;

    /// <summary>Gets the built-in English and Spanish texts.</summary>
    /// <value>A shared, immutable instance.</value>
    public static TextCatalog Default => BuiltIn.Value;

    /// <summary>Gets an empty catalog.</summary>
    /// <value>A new empty instance.</value>
    public static TextCatalog Empty => new(new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Gets the culture names that have texts.</summary>
    /// <value>For <see cref="Default"/>: <c>en</c> and <c>es</c>.</value>
    public IReadOnlyList<string> Cultures => _cultures.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();

    /// <summary>Returns a copy with texts added or replaced for one culture.</summary>
    /// <param name="cultureName">The culture name, for example <c>es</c> or <c>fr-CA</c>.</param>
    /// <param name="texts">Templates by code.</param>
    /// <returns>The new catalog.</returns>
    public TextCatalog With(string cultureName, IReadOnlyDictionary<string, string> texts)
    {
        Internal.Guard.NotNull(cultureName);
        Internal.Guard.NotNull(texts);
        var copy = _cultures.ToDictionary(p => p.Key, p => new Dictionary<string, string>(p.Value, StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
        if (!copy.TryGetValue(cultureName, out var target))
        {
            copy[cultureName] = target = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        foreach (var pair in texts)
        {
            target[Internal.Guard.NotNull(pair.Key)] = Internal.Guard.NotNull(pair.Value);
        }

        return new TextCatalog(copy);
    }

    /// <summary>Returns a copy with one text added or replaced.</summary>
    /// <param name="cultureName">The culture name.</param>
    /// <param name="code">The code.</param>
    /// <param name="template">The template.</param>
    /// <returns>The new catalog.</returns>
    public TextCatalog With(string cultureName, string code, string template)
        => With(cultureName, new Dictionary<string, string>(StringComparer.Ordinal) { [Internal.Guard.NotNull(code)] = Internal.Guard.NotNull(template) });

    /// <summary>Returns a copy with a culture's texts read from a flat JSON object of code to template.</summary>
    /// <param name="cultureName">The culture name.</param>
    /// <param name="json">The JSON text.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="FormatException">The JSON is not a flat object of strings.</exception>
    public TextCatalog WithJson(string cultureName, string json) => With(cultureName, ParseFlat(Internal.Guard.NotNull(json), cultureName));

    /// <inheritdoc/>
    public bool TryGetTemplate(string code, string cultureName, [NotNullWhen(true)] out string? template)
    {
        template = null;
        return _cultures.TryGetValue(cultureName, out var texts) && texts.TryGetValue(code, out template);
    }

    private static TextCatalog LoadBuiltIn()
    {
        var cultures = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        var assembly = typeof(TextCatalog).Assembly;
        const string prefix = "InterviewSignals.Explanations.Texts.";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            // en.json, es.json, es.interview-outlook.json …: the culture is the first segment.
            var culture = name.Substring(prefix.Length).Split('.')[0];
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            if (!cultures.TryGetValue(culture, out var target))
            {
                cultures[culture] = target = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            foreach (var pair in ParseFlat(reader.ReadToEnd(), name))
            {
                target[pair.Key] = pair.Value;
            }
        }

        return new TextCatalog(cultures);
    }

    private static Dictionary<string, string> ParseFlat(string json, string source)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"Texts for '{source}' must be a JSON object of code to template.");
            }

            foreach (var p in doc.RootElement.EnumerateObject())
            {
                if (p.Value.ValueKind != JsonValueKind.String)
                {
                    throw new FormatException($"Text '{p.Name}' for '{source}' must be a string.");
                }

                result[p.Name] = p.Value.GetString()!;
            }
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Texts for '{source}' are not well-formed JSON: {ex.Message}", ex);
        }

        return result;
    }
}

/// <summary>Fills named placeholders such as <c>{outlook}</c>; <c>{{</c> and <c>}}</c> stand for literal braces. Unknown placeholders are left as written.</summary>
public static class TextTemplate
{
    private static readonly char[] Braces = { '{', '}' };

    /// <summary>Fills a template.</summary>
    /// <param name="template">The template.</param>
    /// <param name="arguments">Values by placeholder name.</param>
    /// <returns>The text.</returns>
    public static string Format(string template, IReadOnlyDictionary<string, string> arguments)
    {
        Internal.Guard.NotNull(template);
        Internal.Guard.NotNull(arguments);
        if (template.IndexOfAny(Braces) < 0)
        {
            return template;
        }

        var sb = new System.Text.StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{' && i + 1 < template.Length && template[i + 1] == '{')
            {
                sb.Append('{');
                i++;
            }
            else if (c == '}' && i + 1 < template.Length && template[i + 1] == '}')
            {
                sb.Append('}');
                i++;
            }
            else if (c == '{')
            {
                var end = template.IndexOf('}', i + 1);
                if (end < 0)
                {
                    sb.Append(template, i, template.Length - i);
                    break;
                }

                var name = template.Substring(i + 1, end - i - 1);
                if (arguments.TryGetValue(name, out var value))
                {
                    sb.Append(value);
                }
                else
                {
                    sb.Append(template, i, end - i + 1);
                }

                i = end;
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}

/// <summary>Resolves a code for a culture: the culture, its parents, then English, then a fallback.</summary>
internal sealed class TextResolver
{
    private static readonly Lazy<CultureInfo> EnglishCulture = new(() =>
    {
        try
        {
            return CultureInfo.GetCultureInfo("en");
        }
        catch (CultureNotFoundException)
        {
            // Globalization-invariant hosts have no culture data; the texts still resolve to English.
            return CultureInfo.InvariantCulture;
        }
    });

    private readonly ITextProvider _texts;
    private readonly string[] _chain;

    public TextResolver(ITextProvider texts, CultureInfo culture)
    {
        _texts = texts;
        Culture = culture;
        var chain = new List<string>();
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            chain.Add(c.Name);
        }

        _chain = chain.ToArray();
    }

    public CultureInfo Culture { get; }

    /// <summary>Gets English, or the invariant culture where the host has no culture data.</summary>
    public static CultureInfo English => EnglishCulture.Value;


    public string? Find(string code, string? inlineEnglish = null)
    {
        foreach (var name in _chain)
        {
            if (_texts.TryGetTemplate(code, name, out var t))
            {
                return t;
            }
        }

        if (inlineEnglish is not null)
        {
            return inlineEnglish;
        }

        return _texts.TryGetTemplate(code, "en", out var en) ? en : null;
    }

    public string Get(string code, string? inlineEnglish = null) => Find(code, inlineEnglish) ?? "[" + code + "]";
}

using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace InterviewSignals.Taxonomy;

/// <summary>What one validation collects: the limits, where each item came from, every error with its path, and the cues that parsed.</summary>
internal sealed class ValidationContext
{
    private static readonly Regex KebabId = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    private readonly Func<object, string?> _originOf;
    private readonly List<InputError> _errors;

    public ValidationContext(SignalSetLimits limits, Func<object, string?> originOf, List<InputError> errors)
    {
        Limits = limits;
        _originOf = originOf;
        _errors = errors;
    }

    public SignalSetLimits Limits { get; }

    /// <summary>Gets the set's word classes, which its cues may use.</summary>
    public IReadOnlyList<WordClass> WordClasses { get; init; } = Array.Empty<WordClass>();

    private readonly Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> _classes = new(StringComparer.Ordinal);

    /// <summary>Gets every cue that parsed, by its language key and text, so that no one parses it again.</summary>
    public Dictionary<(string Language, string Source), Cues.ParsedCue> Parsed { get; } = new();

    /// <summary>
    /// Parses a cue with the set's word classes for its language (inflection cannot make a cue invalid, so the syntax
    /// is all there is to check); a cue met before under the same language is parsed once.
    /// </summary>
    public Cues.ParsedCue? Parse(string language, string? source, out string? error, out int column)
    {
        (error, column) = (null, 0);
        if (source is not null && Parsed.TryGetValue((language, source), out var known))
        {
            return known;
        }

        var classes = _classes.TryGetValue(language, out var c) ? c : _classes[language] = SignalSet.WordClassesOf(WordClasses, language);
        var parsed = Cues.CueParser.TryParse(source ?? string.Empty, classes, out error, out column);
        if (parsed is not null && source is not null)
        {
            Parsed[(language, source)] = parsed;
        }

        return parsed;
    }

    public string? PathOf(object? item) => item is null ? null : _originOf(item);

    public void Error(string code, string path, string message) => _errors.Add(new InputError(code, path, message));

    public string? OriginOf(object item) => _originOf(item);

    public IEnumerable<(T Item, string Path)> Items<T>(List<T> items, string listPath)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            var path = _originOf(items[i]) ?? $"{listPath}[{i}]";
            if (items[i] is null)
            {
                Error(SignalSetErrorCodes.InvalidValue, path, TaxonomyMessages.ItemNotNull());
                continue;
            }

            yield return (items[i], path);
        }
    }

    public HashSet<string> UniqueIds<T>(List<T> items, Func<T, string> id, string listPath, string what)
        where T : class
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                continue;
            }

            var path = (_originOf(items[i]) ?? $"{listPath}[{i}]") + ".id";
            var value = id(items[i]);
            Id(value, path);
            if (value is not null && !seen.Add(value))
            {
                Error(SignalSetErrorCodes.DuplicateId, path, TaxonomyMessages.IdDeclaredMoreOnce(what, value));
            }
        }

        return seen;
    }

    public void Id(string? value, string path)
    {
        if (value is not { Length: > 0 })
        {
            Error(SignalSetErrorCodes.MissingProperty, path, TaxonomyMessages.IdRequired());
        }
        else if (!KebabId.IsMatch(value) || value.Length > 100)
        {
            Error(SignalSetErrorCodes.InvalidValue, path, TaxonomyMessages.IdKebabCaseLowerCaseLetters(value));
        }
    }

    public void Text(string? value, string path, string message)
    {
        if (value is null || value.Trim().Length == 0)
        {
            Error(SignalSetErrorCodes.MissingText, path, message);
            return;
        }

        Length(value, path);
    }

    public void Length(string? value, string path)
    {
        if (value is not null && value.Length > Limits.MaxStringLength)
        {
            Error(SignalSetErrorCodes.LimitExceeded, path, TaxonomyMessages.TextCharactersLongLimit(value.Length, Limits.MaxStringLength));
        }
    }

    public void Count(int count, int max, string path, string what)
    {
        if (count > max)
        {
            Error(SignalSetErrorCodes.LimitExceeded, path, TaxonomyMessages.SetLimit(count, what, max));
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using InterviewSignals.Internal;

namespace InterviewSignals.Taxonomy;

/// <summary>Reads one JSON object property by property, recording type errors and unknown properties with their paths.</summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement _element;
    private readonly List<InputError> _errors;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private JsonObjectReader(JsonElement element, string path, List<InputError> errors)
    {
        _element = element;
        Path = path;
        _errors = errors;
    }

    public string Path { get; }

    public List<InputError> Errors => _errors;

    /// <summary>Returns a reader, or null (with an error) when the element is not an object.</summary>
    public static JsonObjectReader? Open(JsonElement element, string path, List<InputError> errors, string what)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InputError(SignalSetErrorCodes.InvalidValue, path, TaxonomyMessages.ExpectedJSONObjectFound(what, Describe(element))));
            return null;
        }

        // JSON allows a property twice and a parser keeps one silently; a set author meant one of them, so say so.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in element.EnumerateObject())
        {
            if (!seen.Add(p.Name))
            {
                errors.Add(new InputError(SignalSetErrorCodes.InvalidValue, JsonPositionMap.Child(path, p.Name), TaxonomyMessages.PropertyTwice(p.Name)));
            }
        }

        return new JsonObjectReader(element, path, errors);
    }

    public static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    public string PathOf(string name) => JsonPositionMap.Child(Path, name);

    public bool Has(string name)
    {
        _known.Add(name);
        return _element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;
    }

    public JsonElement? Get(string name, bool required = false)
    {
        _known.Add(name);
        if (_element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null)
        {
            return v;
        }

        if (required)
        {
            Error(SignalSetErrorCodes.MissingProperty, PathOf(name), TaxonomyMessages.PropertyRequired(name));
        }

        return null;
    }

    public string? String(string name, bool required = false, string? code = null)
    {
        _known.Add(name);
        if (!_element.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Error(code ?? SignalSetErrorCodes.MissingProperty, PathOf(name), TaxonomyMessages.PropertyRequired(name));
            }

            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            Error(SignalSetErrorCodes.InvalidValue, PathOf(name), TaxonomyMessages.StringFound(name, Describe(v)));
            return null;
        }

        return v.GetString();
    }

    public double? Number(string name, bool required = false)
    {
        var v = Get(name, required);
        if (v is null)
        {
            return null;
        }

        if (v.Value.ValueKind != JsonValueKind.Number || !v.Value.TryGetDouble(out var d))
        {
            Error(SignalSetErrorCodes.InvalidValue, PathOf(name), TaxonomyMessages.NumberFound(name, Describe(v.Value)));
            return null;
        }

        return d;
    }

    public double? Weight(string name)
    {
        var v = Get(name, required: true);
        if (v is null)
        {
            return null;
        }

        // NaN and Infinity arrive as strings when a writer allowed named floating-point literals.
        if (v.Value.ValueKind == JsonValueKind.String)
        {
            var text = v.Value.GetString();
            if (string.Equals(text, "NaN", StringComparison.Ordinal) || string.Equals(text, "Infinity", StringComparison.Ordinal) || string.Equals(text, "-Infinity", StringComparison.Ordinal))
            {
                return double.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }

        if (v.Value.ValueKind != JsonValueKind.Number || !v.Value.TryGetDouble(out var d))
        {
            Error(SignalSetErrorCodes.InvalidWeight, PathOf(name), TaxonomyMessages.NumberLogOddsPointsFound(name, Describe(v.Value)));
            return null;
        }

        return d;
    }

    public bool? Boolean(string name)
    {
        var v = Get(name);
        if (v is null)
        {
            return null;
        }

        if (v.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Error(SignalSetErrorCodes.InvalidValue, PathOf(name), TaxonomyMessages.TrueFalseFound(name, Describe(v.Value)));
            return null;
        }

        return v.Value.GetBoolean();
    }

    public T? Enum<T>(string name, IReadOnlyList<(string Name, T Value)> map, bool required = false)
        where T : struct, Enum
    {
        var s = String(name, required);
        if (s is null)
        {
            return null;
        }

        foreach (var (n, value) in map)
        {
            if (string.Equals(n, s, StringComparison.Ordinal))
            {
                return value;
            }
        }

        Error(SignalSetErrorCodes.InvalidValue, PathOf(name), Messages.NotValidExpected(s, name, string.Join(", ", map.Select(x => x.Name))));
        return null;
    }

    public IEnumerable<(JsonElement Element, string Path)> Array(string name, bool required = false)
    {
        var v = Get(name, required);
        if (v is null)
        {
            yield break;
        }

        if (v.Value.ValueKind != JsonValueKind.Array)
        {
            Error(SignalSetErrorCodes.InvalidValue, PathOf(name), TaxonomyMessages.ArrayFound(name, Describe(v.Value)));
            yield break;
        }

        var i = 0;
        foreach (var item in v.Value.EnumerateArray())
        {
            yield return (item, $"{PathOf(name)}[{i++}]");
        }
    }

    public List<string> Strings(string name)
    {
        var result = new List<string>();
        foreach (var (e, p) in Array(name))
        {
            if (e.ValueKind == JsonValueKind.String)
            {
                result.Add(e.GetString()!);
            }
            else
            {
                Error(SignalSetErrorCodes.InvalidValue, p, Messages.ExpectedStringFound(Describe(e)));
            }
        }

        return result;
    }

    /// <summary>Lists the object's property names, for maps keyed by the document (cues by language); each counts as known.</summary>
    public List<string> Names()
    {
        var names = new List<string>();
        foreach (var p in _element.EnumerateObject())
        {
            names.Add(p.Name);
            _known.Add(p.Name);
        }

        return names;
    }

    /// <summary>Reports every property that was never asked for.</summary>
    public void Finish()
    {
        foreach (var p in _element.EnumerateObject())
        {
            if (!_known.Contains(p.Name) && !string.Equals(p.Name, "$schema", StringComparison.Ordinal) && !string.Equals(p.Name, "$comment", StringComparison.Ordinal))
            {
                Error(SignalSetErrorCodes.UnknownProperty, PathOf(p.Name), TaxonomyMessages.NotPropertyObjectExpected(p.Name, string.Join(", ", _known.OrderBy(x => x, StringComparer.Ordinal))));
            }
        }
    }

    public void Error(string code, string path, string message) => _errors.Add(new InputError(code, path, message));
}

using System;
using System.Collections;
using System.Collections.Generic;

namespace InterviewSignals.Internal;

/// <summary>
/// A read-only list that compares by its items, so that result records which hold lists are equal when their contents
/// are, for example after a JSON round trip. Result types store their lists through <see cref="Values.List{T}"/>.
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    public static readonly ValueList<T> Empty = new(Array.Empty<T>());

    private readonly T[] _items;

    public ValueList(T[] items) => _items = items;

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueList<T>? other)
    {
        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = _items.Length;
        foreach (var item in _items)
        {
            hash = unchecked((hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item)));
        }

        return hash;
    }
}

/// <summary>A read-only string map that compares by its entries, whatever their order.</summary>
internal sealed class ValueMap : IReadOnlyDictionary<string, string>, IEquatable<ValueMap>
{
    public static readonly ValueMap Empty = new(new Dictionary<string, string>(0, StringComparer.Ordinal));

    private readonly Dictionary<string, string> _map;

    public ValueMap(Dictionary<string, string> map) => _map = map;

    public int Count => _map.Count;

    public IEnumerable<string> Keys => _map.Keys;

    public IEnumerable<string> Values => _map.Values;

    public string this[string key] => _map[key];

    public bool ContainsKey(string key) => _map.ContainsKey(key);

    public bool TryGetValue(string key, out string value) => _map.TryGetValue(key, out value!);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _map.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _map.GetEnumerator();

    public bool Equals(ValueMap? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var pair in _map)
        {
            if (!other._map.TryGetValue(pair.Key, out var value) || !string.Equals(value, pair.Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ValueMap other && Equals(other);

    public override int GetHashCode()
    {
        var hash = Count;
        foreach (var pair in _map)
        {
            // Order-independent: entries are combined with addition.
            hash = unchecked(hash + (StringComparer.Ordinal.GetHashCode(pair.Key) ^ StringComparer.Ordinal.GetHashCode(pair.Value)));
        }

        return hash;
    }
}

/// <summary>Wraps collections for result records.</summary>
internal static class Values
{
    public static IReadOnlyList<T> List<T>(IEnumerable<T>? items) => items switch
    {
        null => ValueList<T>.Empty,
        ValueList<T> list => list,
        ICollection<T> { Count: 0 } => ValueList<T>.Empty,
        _ => new ValueList<T>(new List<T>(items).ToArray()),
    };

    public static IReadOnlyDictionary<string, string> Map(IEnumerable<KeyValuePair<string, string>>? entries)
    {
        if (entries is null)
        {
            return ValueMap.Empty;
        }

        if (entries is ValueMap map)
        {
            return map;
        }

        var copy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in entries)
        {
            copy[pair.Key] = pair.Value;
        }

        return copy.Count == 0 ? ValueMap.Empty : new ValueMap(copy);
    }
}

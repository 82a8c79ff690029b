using System;
using System.Collections.Generic;

namespace InterviewSignals.Internal;

/// <summary>Stable top-N selection without LINQ: ties keep their original order, so results are deterministic.</summary>
internal static class Ranking
{
    public static List<T> Top<T>(IReadOnlyList<T> items, Func<T, bool> keep, Func<T, double> key, bool descending, int take)
    {
        var picked = new List<(T Item, double Key, int Index)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (keep(items[i]))
            {
                picked.Add((items[i], key(items[i]), i));
            }
        }

        picked.Sort((a, b) =>
        {
            var byKey = descending ? b.Key.CompareTo(a.Key) : a.Key.CompareTo(b.Key);
            return byKey != 0 ? byKey : a.Index.CompareTo(b.Index);
        });
        var count = Math.Min(take, picked.Count);
        var result = new List<T>(count);
        for (var k = 0; k < count; k++)
        {
            result.Add(picked[k].Item);
        }

        return result;
    }
}

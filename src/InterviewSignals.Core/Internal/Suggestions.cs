using System;
using System.Collections.Generic;

namespace InterviewSignals.Internal;

/// <summary>"Did you mean" for mistyped ids: the closest id within a few edits.</summary>
internal static class Suggestions
{
    /// <summary>Returns <c> Did you mean 'x'?</c> for the closest id within a few edits, or an empty string.</summary>
    public static string DidYouMean(string id, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            var d = EditDistance(id, c);
            if (d < bestDistance)
            {
                (best, bestDistance) = (c, d);
            }
        }

        // Within a quarter of the length (at least one edit), and never a guess that replaces the whole id.
        return best is not null && bestDistance <= Math.Max(1, Math.Min(id.Length, best.Length) / 4) && bestDistance < id.Length
            ? $" Did you mean '{best}'?"
            : string.Empty;
    }

    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Cues;

namespace InterviewSignals.Matching;

/// <summary>
/// A compiled cue: one pattern, or two or three parts joined by <c>&amp;</c> that must all appear in one clause, in any
/// order, with at most <see cref="Window"/> words between neighbouring parts ("asked &amp; start date" reads "they asked
/// about my start date" and "the start date, they asked"... within one clause). Each part is matched like any pattern;
/// the parts' matches are then joined with a bounded look-around, so the work stays linear in the text.
/// </summary>
internal sealed class CueExpression
{
    internal CueExpression(string source, CuePattern[] parts, int window)
    {
        Source = source;
        Parts = parts;
        Window = window;
        Words = new HashSet<string>(parts.SelectMany(p => p.Words), StringComparer.Ordinal);
    }

    public string Source { get; }

    /// <summary>Gets the parts; one for a plain pattern.</summary>
    public CuePattern[] Parts { get; }

    /// <summary>Gets the most words between two neighbouring parts.</summary>
    public int Window { get; }

    public bool IsCoOccurrence => Parts.Length > 1;

    /// <summary>Gets the slots of a plain pattern; a co-occurrence has none.</summary>
    public SlotKind[] Slots => Parts[0].Slots;

    /// <summary>Gets every word and stem the parts spell out.</summary>
    public HashSet<string> Words { get; }

    /// <summary>Compiles a cue with no inflection and no word classes.</summary>
    public static CueExpression? TryCompile(string source, out string? error, out int column)
        => TryCompile(source, Inflector.None, CueParser.NoClasses, out error, out column);

    /// <summary>Parses and builds a cue in one step, or says what is wrong and at which character (1-based).</summary>
    public static CueExpression? TryCompile(string source, Inflector inflector, IReadOnlyDictionary<string, IReadOnlyList<string>> classes, out string? error, out int column)
        => CueParser.TryParse(source, classes, out error, out column) is { } parsed ? CueBuilder.Build(parsed, inflector) : null;

    /// <summary>
    /// The matches of a co-occurrence, from the matches of its parts (each list in text order): one match of every
    /// part, all in one clause, with at most <see cref="Window"/> words between neighbours and no two overlapping. The
    /// cue's matches do not overlap one another; each spans its parts.
    /// </summary>
    public List<(int First, int Last)> Join(List<(int First, int Last)>[] parts, int[] clauseOf)
    {
        var found = new List<(int First, int Last)>();
        var reach = (Window + Parts.Max(p => p.MaxSpan)) * (Parts.Length - 1);
        var next = 0;
        foreach (var a in parts[0])
        {
            if (a.First < next)
            {
                continue;
            }

            (int First, int Last)? best = null;
            Combine(1, [a]);
            if (best is { } b)
            {
                found.Add(b);
                next = b.Last + 1;
            }

            void Combine(int k, List<(int First, int Last)> chosen)
            {
                if (k == Parts.Length)
                {
                    var sorted = chosen.OrderBy(c => c.First).ToList();
                    for (var i = 1; i < sorted.Count; i++)
                    {
                        if (sorted[i].First <= sorted[i - 1].Last || sorted[i].First - sorted[i - 1].Last - 1 > Window)
                        {
                            return;
                        }
                    }

                    var span = (sorted[0].First, sorted[sorted.Count - 1].Last);
                    if (span.First >= next && (best is null || span.Last - span.First < best.Value.Last - best.Value.First))
                    {
                        best = span;
                    }

                    return;
                }

                foreach (var c in Near(parts[k], a.First - reach, a.Last + reach))
                {
                    if (clauseOf[c.First] == clauseOf[a.First] && clauseOf[c.Last] == clauseOf[a.First])
                    {
                        chosen.Add(c);
                        Combine(k + 1, chosen);
                        chosen.RemoveAt(chosen.Count - 1);
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The matches that start between two tokens, found by binary search: the look-around is bounded, so the join stays linear.</summary>
    private static IEnumerable<(int First, int Last)> Near(List<(int First, int Last)> matches, int from, int to)
    {
        int lo = 0, hi = matches.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (matches[mid].First < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < matches.Count && matches[i].First <= to; i++)
        {
            yield return matches[i];
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace InterviewSignals.Cues;

/// <summary>
/// A compiled cue: one pattern, or two or three parts joined by <c>&amp;</c> that must all appear in one clause, in any
/// order, with at most <see cref="Window"/> words between neighbouring parts ("asked &amp; start date" reads "they asked
/// about my start date" and "the start date, they asked"... within one clause). Each part is matched like any pattern;
/// the parts' matches are then joined with a bounded look-around, so the work stays linear in the text.
/// </summary>
internal sealed class CueExpression
{
    public const int MaxParts = 3;
    public const int MaxWindow = 8;
    public const int DefaultWindow = 5;

    private CueExpression(string source, CuePattern[] parts, int window)
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
    public static CueExpression? TryCompile(string source, out string? error, out int column) => TryCompile(source, CueSyntax.Plain, out error, out column);

    /// <summary>Compiles a cue, or says what is wrong and at which character (1-based).</summary>
    public static CueExpression? TryCompile(string source, CueSyntax syntax, out string? error, out int column)
    {
        error = null;
        column = 0;
        var elements = CueCompiler.Split(source);
        var joins = elements.Select((e, i) => (e, i)).Where(x => x.e.Text[0] == '&').ToList();
        if (joins.Count == 0)
        {
            var single = CueCompiler.TryCompile(source, syntax, out error, out column);
            return single is null ? null : new CueExpression(source, [single], 0);
        }

        if (joins.Count + 1 > MaxParts)
        {
            (error, column) = (CueMessages.TooManyParts(MaxParts), joins[MaxParts - 1].e.At + 1);
            return null;
        }

        int? window = null;
        foreach (var (e, _) in joins)
        {
            int? n = e.Text.Length == 1 ? null : e.Text.Length == 2 && e.Text[1] >= '1' && e.Text[1] <= '0' + MaxWindow ? e.Text[1] - '0' : -1;
            if (n == -1)
            {
                (error, column) = (CueMessages.BadWindow(e.Text, MaxWindow), e.At + 1);
                return null;
            }

            if (n is not null && window is not null && n != window)
            {
                (error, column) = (CueMessages.WindowsDiffer(), e.At + 1);
                return null;
            }

            window ??= n;
        }

        var parts = new List<CuePattern>();
        var from = 0;
        foreach (var cut in joins.Select(j => j.i).Concat([elements.Count]))
        {
            if (cut == from)
            {
                (error, column) = (CueMessages.CoOccurrenceNeedsParts(), (cut < elements.Count ? elements[cut].At : source.Length) + 1);
                return null;
            }

            var start = elements[from].At;
            var end = elements[cut - 1].At + elements[cut - 1].Text.Length;
            var part = CueCompiler.TryCompile(source.Substring(start, end - start), syntax, out error, out column);
            if (part is null)
            {
                column += start;
                return null;
            }

            if (part.Slots.Length > 0)
            {
                (error, column) = (CueMessages.SlotInCoOccurrence(), start + 1);
                return null;
            }

            parts.Add(part);
            from = cut + 1;
        }

        return new CueExpression(source, parts.ToArray(), window ?? DefaultWindow);
    }

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

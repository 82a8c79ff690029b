using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Cues;

namespace InterviewSignals.Matching;

/// <summary>
/// A cue: a small token pattern, compiled once and matched in time linear in the text (a set of states moves over
/// the tokens; nothing backtracks). <see cref="CueBuilder"/> turns the parsed cue into steps: a word (with the forms
/// its language gives it), <c>=word</c> (that form only), <c>stem*</c>, <c>@class</c>, alternatives, optional steps,
/// bounded gaps, <c>#</c> for a number and, in a fact's cues, a slot. A guard (<c>!w|w</c>) at either end says which
/// word may not stand just before or just after a match. A match never crosses a clause or sentence boundary. Many
/// cues are matched together through <see cref="CueIndex"/>; several parts in one clause through <see cref="CueExpression"/>.
/// </summary>
internal sealed class CuePattern
{
    private readonly CueStep[] _steps;
    private readonly ulong[]? _closure;
    private readonly WordTest? _notBefore;
    private readonly WordTest? _notAfter;

    internal CuePattern(string source, CueStep[] steps, WordTest? notBefore = null, WordTest? notAfter = null)
    {
        Source = source;
        _steps = steps;
        _notBefore = notBefore;
        _notAfter = notAfter;
        MaxSpan = steps.Length;
        if (steps.Length < 64)
        {
            // For each state, the states reachable from it by skipping optional steps, as a bit mask.
            _closure = new ulong[steps.Length + 1];
            for (var i = steps.Length; i >= 0; i--)
            {
                _closure[i] = (1UL << i) | (i < steps.Length && steps[i].Optional ? _closure[i + 1] : 0);
            }
        }

        Words = new HashSet<string>(steps.Where(s => !s.Any).SelectMany(s => s.Test.Words.Concat(s.Test.Stems)), StringComparer.Ordinal);
        Slots = steps.Where(s => s.Slot is not null).Select(s => s.Slot!.Value).ToArray();
    }

    /// <summary>Compiles a pattern with no inflection and no word classes, or says what is wrong and at which character (1-based).</summary>
    public static CuePattern? TryCompile(string source, out string? error, out int column)
        => CueParser.TryParsePattern(source, CueParser.NoClasses, out error, out column) is { } parsed ? CueBuilder.Build(parsed, Inflector.None) : null;

    /// <summary>Gets the slots of the pattern, in order; empty for a signal's cue.</summary>
    public SlotKind[] Slots { get; }

    public string Source { get; }

    /// <summary>Gets the words the pattern spells out, in every form, and its stems without their star, so that context rules can tell the cue's own words from words a gap skipped.</summary>
    public HashSet<string> Words { get; }

    /// <summary>Gets the most tokens a match can span.</summary>
    public int MaxSpan { get; }

    /// <summary>Whether a match from <paramref name="first"/> to <paramref name="last"/> passes the pattern's guards: the word just before and just after it.</summary>
    public bool Guards(List<TextToken> tokens, int first, int last)
        => (_notBefore is null || first == 0 || tokens[first - 1].IsBreak || !_notBefore.Accepts(tokens[first - 1]))
        && (_notAfter is null || last + 1 >= tokens.Count || tokens[last + 1].IsBreak || !_notAfter.Accepts(tokens[last + 1]));

    /// <summary>
    /// The end of the shortest match that starts at <paramref name="start"/>, or -1. A set of states moves over the
    /// tokens (no backtracking); the scratch arrays hold at least <see cref="StateCount"/> entries each.
    /// </summary>
    public int MatchAt(List<TextToken> tokens, int start, bool[] states, bool[] next)
    {
        return _closure is not null ? MatchAtWithMasks(tokens, start) : MatchAtBySets(tokens, start, states, next);
    }

    /// <summary>The general form of <see cref="MatchAt"/>, with the states in arrays: for long patterns, and as the reference the fast form is tested against.</summary>
    internal int MatchAtBySets(List<TextToken> tokens, int start, bool[] states, bool[] next)
    {

        Array.Clear(states, 0, _steps.Length + 1);
        states[0] = true;
        Close(states);
        for (var j = start; j < tokens.Count && j - start < MaxSpan && !tokens[j].IsBreak; j++)
        {
            Array.Clear(next, 0, _steps.Length + 1);
            var any = false;
            for (var s = 0; s < _steps.Length; s++)
            {
                if (states[s] && _steps[s].Accepts(tokens[j]))
                {
                    next[s + 1] = true;
                    any = true;
                }
            }

            if (!any)
            {
                return -1;
            }

            Close(next);
            (states, next) = (next, states);
            if (states[_steps.Length])
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// The end of the shortest match of a pattern with a slot that starts at <paramref name="start"/>, or -1, and the
    /// token its slot starts at. A slot moves over all the words of its quantity at once, so the states are kept per
    /// position; the span is bounded, so the work per start is too.
    /// </summary>
    public int MatchSlotAt(List<TextToken> tokens, int start, QuantitySpans spans, out int slotStart)
    {
        slotStart = -1;
        var limit = Math.Min(tokens.Count - start, MaxSpan + MaxSlotTokens);
        var width = _steps.Length + 1;
        var cells = (limit + 1) * width;
        var seen = _seenScratch is { } sc && sc.Length >= cells ? sc : _seenScratch = new bool[Math.Max(cells, 256)];
        var slotAt = _slotScratch is { } ss && ss.Length >= cells ? ss : _slotScratch = new int[Math.Max(cells, 256)];

        // The scratch is all false between calls: only the rows some state reached are cleared afterwards, and the
        // search stops at the first row no state reached (most starts fail within a token or two).
        var reached = 0;
        var end = -1;
        seen[0] = true;
        slotAt[0] = -1;
        for (var k = 0; k <= limit && k <= reached && end < 0; k++)
        {
            for (var s = 0; s <= _steps.Length; s++)
            {
                if (!seen[(k * width) + s])
                {
                    continue;
                }

                var here = slotAt[(k * width) + s];
                if (s == _steps.Length)
                {
                    if (k > 0)
                    {
                        slotStart = here;
                        end = start + k - 1;
                        break;
                    }

                    continue;
                }

                var step = _steps[s];
                if (step.Optional)
                {
                    Reach(k, s + 1, here);
                }

                if (k == limit || tokens[start + k].IsBreak)
                {
                    continue;
                }

                if (step.Slot is { } kind)
                {
                    var q = spans.At(kind, start + k);
                    if (q.Exists && q.Last - start + 1 <= limit)
                    {
                        Reach(q.Last - start + 1, s + 1, start + k);
                    }
                }
                else if (step.Accepts(tokens[start + k]))
                {
                    Reach(k + 1, s + 1, here);
                }
            }
        }

        Array.Clear(seen, 0, (reached + 1) * width);
        return end;

        void Reach(int k, int s, int slot)
        {
            var cell = (k * width) + s;
            if (!seen[cell])
            {
                seen[cell] = true;
                slotAt[cell] = slot;
                reached = Math.Max(reached, k);
            }
        }
    }

    [ThreadStatic]
    private static bool[]? _seenScratch;

    [ThreadStatic]
    private static int[]? _slotScratch;

    /// <summary>The most tokens one quantity may cover ("a little over an hour and a half").</summary>
    internal const int MaxSlotTokens = 10;

    /// <summary>
    /// <see cref="MatchAt"/> for a pattern of fewer than 64 steps: the set of states is a bit mask, so each token costs
    /// as much as the states still alive, not the length of the pattern.
    /// </summary>
    private int MatchAtWithMasks(List<TextToken> tokens, int start)
    {
        var closure = _closure!;
        var final = 1UL << _steps.Length;
        var states = closure[0];
        for (var j = start; j < tokens.Count && j - start < MaxSpan && !tokens[j].IsBreak; j++)
        {
            var next = 0UL;
            for (var live = states & ~final; live != 0; live &= live - 1)
            {
                var s = TrailingZeros(live);
                if (_steps[s].Accepts(tokens[j]))
                {
                    next |= closure[s + 1];
                }
            }

            if (next == 0)
            {
                return -1;
            }

            states = next;
            if ((states & final) != 0)
            {
                return j;
            }
        }

        return -1;
    }

    private static int TrailingZeros(ulong v)
    {
#if NET5_0_OR_GREATER
        return System.Numerics.BitOperations.TrailingZeroCount(v);
#else
        var n = 0;
        while ((v & 1) == 0)
        {
            v >>= 1;
            n++;
        }

        return n;
#endif
    }

    /// <summary>Gets how many entries <see cref="MatchAt"/>'s scratch arrays need.</summary>
    public int StateCount => _steps.Length + 1;

    /// <summary>
    /// What to file the pattern under, for indexing many cues: what can stand first in a match, or, when the first step
    /// is one short word such as "i" or "the" (found at every other word of a text) and a required step follows it,
    /// that second step, with offset 1: the match then starts a token before the word that finds it.
    /// </summary>
    internal (List<string> Words, List<string> Stems, bool Number, List<SlotKind> Slots, int Offset) Anchor()
    {
        if (_steps.Length > 1 && _steps[0] is { Optional: false, Any: false, Slot: null } first && first.Test is { Number: false, Stems.Length: 0 } t && t.Words.All(w => w.Length <= 3)
            && _steps[1] is { Optional: false, Any: false, Slot: null } second && !second.Test.Number)
        {
            return ([.. second.Test.Words], [.. second.Test.Stems], false, [], 1);
        }

        var (words, stems, number, slots) = Starts();
        return (words, stems, number, slots, 0);
    }

    /// <summary>Lists what can stand first in a match: exact words, stems, and whether a number can; for indexing many cues by their first word.</summary>
    internal (List<string> Words, List<string> Stems, bool Number, List<SlotKind> Slots) Starts()
    {
        var words = new List<string>();
        var stems = new List<string>();
        var slots = new List<SlotKind>();
        var number = false;
        foreach (var step in _steps)
        {
            if (step.Slot is { } slot)
            {
                slots.Add(slot);
            }
            else
            {
                words.AddRange(step.Test.Words);
                stems.AddRange(step.Test.Stems);
                number |= step.Test.Number;
            }

            if (!step.Optional)
            {
                break;
            }
        }

        return (words, stems, number, slots);
    }

    /// <summary>Adds the states reachable by skipping optional steps (a gap of N is N optional any-word steps, so it skips 0 to N words).</summary>
    private void Close(bool[] states)
    {
        for (var s = 0; s < _steps.Length; s++)
        {
            if (states[s] && _steps[s].Optional)
            {
                states[s + 1] = true;
            }
        }
    }
}

/// <summary>One step of a pattern: a word test, a slot, or any word (one step of a gap); optional steps may be skipped.</summary>
internal readonly record struct CueStep(WordTest Test, bool Optional, bool Any, SlotKind? Slot = null)
{
    public bool Accepts(TextToken t) => Any ? !t.IsBreak : Slot is null && Test.Accepts(t);
}

/// <summary>Which tokens one step accepts: any of some word forms, any word with one of some stems, or a number.</summary>
internal sealed class WordTest
{
    private readonly string? _single;
    private readonly HashSet<string>? _set;

    public WordTest(IReadOnlyCollection<string> words, IReadOnlyCollection<string> stems, bool number)
    {
        Words = words.Distinct(StringComparer.Ordinal).ToArray();
        Stems = stems.Distinct(StringComparer.Ordinal).ToArray();
        Number = number;
        if (Words.Length == 1)
        {
            _single = Words[0];
        }
        else if (Words.Length > LinearLimit)
        {
            _set = new HashSet<string>(Words, Internal.FastOrdinal.Instance);
        }
    }

    /// <summary>Up to this many forms, comparing each (most differ in length at once) is cheaper than hashing the word.</summary>
    private const int LinearLimit = 12;

    private bool Listed(string word)
    {
        foreach (var w in Words)
        {
            if (w.Length == word.Length && string.Equals(w, word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static readonly WordTest Nothing = new(Array.Empty<string>(), Array.Empty<string>(), false);

    public string[] Words { get; }

    public string[] Stems { get; }

    public bool Number { get; }

    public bool Accepts(TextToken t)
    {
        if (t.Kind == TokenKind.Number)
        {
            return Number;
        }

        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        if (_single is not null ? string.Equals(t.Normal, _single, StringComparison.Ordinal) : _set is not null ? _set.Contains(t.Normal) : Listed(t.Normal))
        {
            return true;
        }

        foreach (var stem in Stems)
        {
            if (t.Normal.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

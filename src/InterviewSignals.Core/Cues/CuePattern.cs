using System;
using System.Collections.Generic;
using System.Linq;

namespace InterviewSignals.Cues;

/// <summary>
/// A cue: a small token pattern, compiled once and matched in time linear in the text (a set of states moves over
/// the tokens; nothing backtracks). Elements are separated by spaces:
/// <list type="bullet">
/// <item><c>word</c> matches the word (compared after lower-casing and folding accents);</item>
/// <item><c>start*</c> matches any word that begins with <c>start</c> (a stem);</item>
/// <item><c>could|can|might</c> matches any one of the alternatives;</item>
/// <item><c>[i]</c> or <c>[i|we]</c> is optional;</item>
/// <item><c>..</c> skips up to 3 words, <c>..5</c> up to 5 (at most 8), never across a clause boundary;</item>
/// <item><c>#</c> matches a number;</item>
/// <item><c>{duration}</c>, <c>{when}</c> or <c>{count}</c> (in a fact's cues only) is a slot: it covers the words of a
/// quantity ("an hour and a half", "by Friday", "three") and gives the fact its value.</item>
/// </list>
/// A match never crosses a clause or sentence boundary. Many cues are matched together through <see cref="CueIndex"/>.
/// </summary>
internal sealed class CuePattern
{
    public const int MaxGap = 8;
    private const int DefaultGap = 3;
    private readonly Step[] _steps;
    private readonly ulong[]? _closure;

    private CuePattern(string source, Step[] steps)
    {
        Source = source;
        _steps = steps;
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
        Words = new HashSet<string>(steps.SelectMany(s => s.Atoms).Where(a => !a.Number && a.Slot is null).Select(a => a.Word), StringComparer.Ordinal);
        Slots = steps.SelectMany(s => s.Atoms).Where(a => a.Slot is not null).Select(a => a.Slot!.Value).ToArray();
    }

    /// <summary>Gets the slots of the pattern, in order; empty for a signal's cue.</summary>
    public SlotKind[] Slots { get; }

    public string Source { get; }

    /// <summary>Gets the words the pattern spells out (stems without their star), so that context rules can tell the cue's own words from words a gap skipped.</summary>
    public HashSet<string> Words { get; }

    /// <summary>Gets the most tokens a match can span.</summary>
    public int MaxSpan { get; }

    /// <summary>Compiles a pattern, or says what is wrong and at which character (1-based).</summary>
    public static CuePattern? TryCompile(string source, out string? error, out int column)
    {
        error = null;
        column = 0;
        var steps = new List<Step>();
        var elements = Split(source);
        if (elements.Count == 0)
        {
            (error, column) = ("A cue needs at least one word.", 1);
            return null;
        }

        for (var e = 0; e < elements.Count; e++)
        {
            var (text, at) = elements[e];
            if (text.StartsWith("..", StringComparison.Ordinal))
            {
                var n = text.Length == 3 && text[2] >= '1' && text[2] <= '0' + MaxGap ? text[2] - '0' : DefaultGap;
                if (text.Length > 2 && (text.Length != 3 || text[2] < '1' || text[2] > '0' + MaxGap))
                {
                    (error, column) = ($"A gap is '..' or '..N' with N from 1 to {MaxGap}; '{text}' is neither.", at + 1);
                    return null;
                }

                if (e == 0 || e == elements.Count - 1 || elements[e - 1].Text.StartsWith("..", StringComparison.Ordinal))
                {
                    (error, column) = ("A gap must stand between two words.", at + 1);
                    return null;
                }

                for (var k = 0; k < n; k++)
                {
                    steps.Add(new Step(Array.Empty<Atom>(), Optional: true, Any: true));
                }

                continue;
            }

            var optional = text[0] == '[';
            if (optional != (text[text.Length - 1] == ']') || (optional && text.Length < 3))
            {
                (error, column) = ($"'{text}' opens or closes an optional part without the other bracket, or is empty.", at + 1);
                return null;
            }

            var body = optional ? text.Substring(1, text.Length - 2) : text;
            var atoms = new List<Atom>();
            foreach (var alternative in body.Split('|'))
            {
                if (alternative.Length == 0 || alternative == "*")
                {
                    (error, column) = ($"'{text}' has an empty alternative.", at + 1);
                    return null;
                }

                if (alternative[0] == '{')
                {
                    var slot = ParseSlot(alternative);
                    if (slot is null || optional || body.Split('|').Length > 1)
                    {
                        (error, column) = (slot is null
                            ? $"'{alternative}' is not a slot; the slots are {{duration}}, {{when}} and {{count}}."
                            : $"A slot cannot be optional or one of alternatives: '{text}'.", at + 1);
                        return null;
                    }

                    atoms.Add(new Atom(string.Empty, Prefix: false, Number: false, slot));
                    continue;
                }

                if (alternative == "#")
                {
                    atoms.Add(new Atom(string.Empty, Prefix: false, Number: true));
                    continue;
                }

                var stem = alternative[alternative.Length - 1] == '*';
                var word = Tokenizer.Normalize(stem ? alternative.Substring(0, alternative.Length - 1) : alternative);
                if (word.Length == 0 || word.Any(c => !char.IsLetterOrDigit(c)))
                {
                    (error, column) = ($"'{alternative}' is not a word; cues match words, with * for a stem, | between alternatives and [ ] around optional words.", at + 1);
                    return null;
                }

                atoms.Add(new Atom(word, stem, Number: false));
            }

            steps.Add(new Step(atoms.ToArray(), optional, Any: false));
        }

        if (steps.All(s => s.Optional))
        {
            (error, column) = ("A cue needs at least one word that is not optional.", 1);
            return null;
        }

        return new CuePattern(source, steps.ToArray());
    }

    /// <summary>
    /// The end of the shortest match that starts at <paramref name="start"/>, or -1. A set of states moves over the
    /// tokens (no backtracking); the scratch arrays hold at least <see cref="StateCount"/> entries each.
    /// </summary>
    public int MatchAt(IReadOnlyList<TextToken> tokens, int start, bool[] states, bool[] next)
    {
        return _closure is not null ? MatchAtWithMasks(tokens, start) : MatchAtBySets(tokens, start, states, next);
    }

    /// <summary>The general form of <see cref="MatchAt"/>, with the states in arrays: for long patterns, and as the reference the fast form is tested against.</summary>
    internal int MatchAtBySets(IReadOnlyList<TextToken> tokens, int start, bool[] states, bool[] next)
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
    public int MatchSlotAt(IReadOnlyList<TextToken> tokens, int start, QuantitySpans spans, out int slotStart)
    {
        slotStart = -1;
        var limit = Math.Min(tokens.Count - start, MaxSpan + MaxSlotTokens);
        var width = _steps.Length + 1;
        var cells = (limit + 1) * width;
        var seen = _seenScratch is { } sc && sc.Length >= cells ? sc : _seenScratch = new bool[Math.Max(cells, 256)];
        var slotAt = _slotScratch is { } ss && ss.Length >= cells ? ss : _slotScratch = new int[Math.Max(cells, 256)];
        Array.Clear(seen, 0, cells);
        seen[0] = true;
        slotAt[0] = -1;
        for (var k = 0; k <= limit; k++)
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
                        return start + k - 1;
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

                if (step.Atoms.Length == 1 && step.Atoms[0].Slot is { } kind)
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

        return -1;

        void Reach(int k, int s, int slot)
        {
            var cell = (k * width) + s;
            if (!seen[cell])
            {
                seen[cell] = true;
                slotAt[cell] = slot;
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
    private int MatchAtWithMasks(IReadOnlyList<TextToken> tokens, int start)
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

    /// <summary>Lists what can stand first in a match: exact words, stems, and whether a number can; for indexing many cues by their first word.</summary>
    internal (List<string> Words, List<string> Stems, bool Number, List<SlotKind> Slots) Starts()
    {
        var words = new List<string>();
        var stems = new List<string>();
        var slots = new List<SlotKind>();
        var number = false;
        foreach (var step in _steps)
        {
            foreach (var atom in step.Atoms)
            {
                if (atom.Slot is { } slot)
                {
                    slots.Add(slot);
                }
                else if (atom.Number)
                {
                    number = true;
                }
                else if (atom.Prefix)
                {
                    stems.Add(atom.Word);
                }
                else
                {
                    words.Add(atom.Word);
                }
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

    private static List<(string Text, int At)> Split(string source)
    {
        var result = new List<(string, int)>();
        var i = 0;
        while (i < source.Length)
        {
            while (i < source.Length && source[i] == ' ')
            {
                i++;
            }

            var start = i;
            while (i < source.Length && source[i] != ' ')
            {
                i++;
            }

            if (i > start)
            {
                result.Add((source.Substring(start, i - start), start));
            }
        }

        return result;
    }

    /// <summary>The slot a <c>{name}</c> element names, by the names <see cref="SlotUnits.Name"/> gives.</summary>
    private static SlotKind? ParseSlot(string text)
    {
        foreach (var kind in new[] { SlotKind.Duration, SlotKind.When, SlotKind.Count })
        {
            if (string.Equals(SlotUnits.Name(kind), text, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    private readonly record struct Atom(string Word, bool Prefix, bool Number, SlotKind? Slot = null)
    {
        public bool Accepts(TextToken t)
            => Slot is not null ? false
             : Number ? t.Kind == TokenKind.Number
             : t.Kind == TokenKind.Word && (Prefix ? t.Normal.StartsWith(Word, StringComparison.Ordinal) : string.Equals(t.Normal, Word, StringComparison.Ordinal));
    }

    private readonly record struct Step(Atom[] Atoms, bool Optional, bool Any)
    {
        public bool Accepts(TextToken t)
        {
            if (Any)
            {
                return !t.IsBreak;
            }

            foreach (var a in Atoms)
            {
                if (a.Accepts(t))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

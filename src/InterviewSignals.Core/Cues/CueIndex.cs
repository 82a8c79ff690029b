using System;
using System.Collections.Generic;

namespace InterviewSignals.Cues;

/// <summary>
/// Many cues matched in one pass: each cue is filed under the words (and stems) that can start it, so at each token
/// only the cues that can start there are tried. The work grows with the text, not with the text times the cues.
/// </summary>
internal sealed class CueIndex
{
    private readonly CuePattern[] _patterns;
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<(string Stem, int Pattern)>> _byStemLetter = new();
    private readonly List<int> _byNumber = new();
    private readonly List<int>[] _bySlot = { new(), new(), new() };
    private readonly int _states;

    public CueIndex(IReadOnlyList<CuePattern> patterns)
    {
        _patterns = new CuePattern[patterns.Count];
        for (var p = 0; p < patterns.Count; p++)
        {
            var pattern = _patterns[p] = patterns[p];
            _states = Math.Max(_states, pattern.StateCount);
            HasSlots |= pattern.Slots.Length > 0;
            var (words, stems, number, slots) = pattern.Starts();
            foreach (var slot in slots)
            {
                _bySlot[(int)slot].Add(p);
            }

            foreach (var w in words)
            {
                if (!_byWord.TryGetValue(w, out var list))
                {
                    _byWord[w] = list = new List<int>();
                }

                if (list.Count == 0 || list[list.Count - 1] != p)
                {
                    list.Add(p);
                }
            }

            foreach (var stem in stems)
            {
                if (!_byStemLetter.TryGetValue(stem[0], out var list))
                {
                    _byStemLetter[stem[0]] = list = new List<(string, int)>();
                }

                list.Add((stem, p));
            }

            if (number)
            {
                _byNumber.Add(p);
            }
        }
    }

    public int Count => _patterns.Length;

    public CuePattern this[int index] => _patterns[index];

    /// <summary>Gets a value indicating whether any pattern has a slot, so that quantities need finding first.</summary>
    public bool HasSlots { get; }

    /// <summary>Every match of every cue; a cue's own matches do not overlap. Slots are matched against <paramref name="spans"/>.</summary>
    public List<CueMatch> FindAll(IReadOnlyList<TextToken> tokens, QuantitySpans? spans = null)
    {
        var found = new List<CueMatch>();
        var nextStart = new int[_patterns.Length];
        var a = new bool[_states];
        var b = new bool[_states];
        var tried = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsBreak || t.Normal.Length == 0)
            {
                continue;
            }

            tried.Clear();
            if (_byWord.TryGetValue(t.Normal, out var exact))
            {
                foreach (var p in exact)
                {
                    Try(p);
                }
            }

            if (_byStemLetter.TryGetValue(t.Normal[0], out var stems))
            {
                foreach (var (stem, p) in stems)
                {
                    if (t.Normal.StartsWith(stem, StringComparison.Ordinal))
                    {
                        Try(p);
                    }
                }
            }

            if (t.Kind == TokenKind.Number)
            {
                foreach (var p in _byNumber)
                {
                    Try(p);
                }
            }

            if (spans is not null)
            {
                for (var k = 0; k < _bySlot.Length; k++)
                {
                    if (_bySlot[k].Count > 0 && spans.At((SlotKind)k, i).Exists)
                    {
                        foreach (var p in _bySlot[k])
                        {
                            Try(p);
                        }
                    }
                }
            }

            void Try(int p)
            {
                if (nextStart[p] > i || !tried.Add(p))
                {
                    return;
                }

                var slot = -1;
                var last = _patterns[p].Slots.Length == 0 ? _patterns[p].MatchAt(tokens, i, a, b)
                    : spans is null ? -1
                    : _patterns[p].MatchSlotAt(tokens, i, spans, out slot);
                if (last >= 0)
                {
                    found.Add(new CueMatch(p, i, last, slot));
                    nextStart[p] = last + 1;
                }
            }
        }

        return found;
    }
}

/// <summary>One match of one pattern.</summary>
/// <param name="Pattern">The pattern's index.</param>
/// <param name="First">The first token.</param>
/// <param name="Last">The last token.</param>
/// <param name="Slot">The token the pattern's slot starts at, or -1.</param>
internal readonly record struct CueMatch(int Pattern, int First, int Last, int Slot);

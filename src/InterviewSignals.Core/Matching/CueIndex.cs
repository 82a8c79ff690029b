using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Linq;
using InterviewSignals.Cues;

namespace InterviewSignals.Matching;

/// <summary>
/// Many cues matched in one pass: each cue is filed under the words (and stems) that can start it, so at each token
/// only the cues that can start there are tried. The work grows with the text, not with the text times the cues.
/// </summary>
internal sealed class CueIndex
{
    private readonly CuePattern[] _patterns;

    /// <summary>For each pattern, how many tokens before the word it is filed under a match starts (see <see cref="CuePattern.Anchor"/>).</summary>
    private readonly int[] _offset;
    private readonly Dictionary<string, int[]> _byWord;
    private readonly Dictionary<int, (string Stem, int Pattern)[]> _byStemStart;
    private readonly bool _oneLetterStems;

    /// <summary>The ASCII letters some stem starts with: most words are ruled out before any look-up.</summary>
    private readonly bool[] _stemLetters = new bool[128];
    private readonly List<int> _byNumber = new();
    private readonly List<int>[] _bySlot = { new(), new(), new() };
    private readonly int _states;

    public CueIndex(IReadOnlyList<CuePattern> patterns)
    {
        _patterns = new CuePattern[patterns.Count];
        _offset = new int[patterns.Count];
        var byWord = new Dictionary<string, List<int>>(Internal.FastOrdinal.Instance);
        var byStemStart = new Dictionary<int, List<(string Stem, int Pattern)>>();
        for (var p = 0; p < patterns.Count; p++)
        {
            var pattern = _patterns[p] = patterns[p];
            _states = Math.Max(_states, pattern.StateCount);
            HasSlots |= pattern.Slots.Length > 0;
            var (words, stems, number, slots, offset) = pattern.Anchor();
            _offset[p] = offset;
            foreach (var slot in slots)
            {
                _bySlot[(int)slot].Add(p);
            }

            foreach (var w in words)
            {
                if (!byWord.TryGetValue(w, out var list))
                {
                    byWord[w] = list = new List<int>();
                }

                if (list.Count == 0 || list[list.Count - 1] != p)
                {
                    list.Add(p);
                }
            }

            foreach (var stem in stems)
            {
                if (!byStemStart.TryGetValue(StemKey(stem), out var list))
                {
                    byStemStart[StemKey(stem)] = list = new List<(string, int)>();
                }

                list.Add((stem, p));
            }

            if (number)
            {
                _byNumber.Add(p);
            }
        }

        _byWord = new Dictionary<string, int[]>(byWord.Count, Internal.FastOrdinal.Instance);
        foreach (var pair in byWord)
        {
            _byWord[pair.Key] = pair.Value.ToArray();
        }

        _oneLetterStems = byStemStart.Keys.Any(k => (k & 0xFFFF) == 0);
        foreach (var key in byStemStart.Keys)
        {
            var letter = key >> 16;
            if (letter < 128)
            {
                _stemLetters[letter] = true;
            }
        }

        _byStemStart = new Dictionary<int, (string, int)[]>(byStemStart.Count);
        foreach (var pair in byStemStart)
        {
            _byStemStart[pair.Key] = pair.Value.ToArray();
        }
    }

    /// <summary>
    /// The patterns a word can start, through its exact form or a stem. Words repeat, and the tokenizer hands out the
    /// same string for the same word, so the answer is cached by the string's identity: a repeated word costs one
    /// array read instead of hashing its letters. Entries are immutable and replaced whole, so threads may share it.
    /// </summary>
    private int[] Candidates(string word)
    {
        var slot = RuntimeHelpers.GetHashCode(word) & (CacheSize - 1);
        if (_cache[slot] is { } hit && ReferenceEquals(hit.Word, word))
        {
            return hit.Patterns;
        }

        var found = _byWord.TryGetValue(word, out var exact) ? exact : Array.Empty<int>();
        if (_byStemStart.Count > 0 && (word[0] >= 128 || _stemLetters[word[0]]))
        {
            var withStems = new List<int>(found);
            AddStems(word[0] << 16);
            if (word.Length > 1)
            {
                AddStems((word[0] << 16) | word[1]);
            }

            found = withStems.Count == exact?.Length ? found : withStems.Distinct().OrderBy(p => p).ToArray();

            void AddStems(int key)
            {
                if ((key & 0xFFFF) == 0 && !_oneLetterStems)
                {
                    return;
                }

                if (_byStemStart.TryGetValue(key, out var stems))
                {
                    foreach (var (stem, p) in stems)
                    {
                        if (word.StartsWith(stem, StringComparison.Ordinal))
                        {
                            withStems.Add(p);
                        }
                    }
                }
            }
        }

        _cache[slot] = new CacheEntry(word, found);
        return found;
    }

    private const int CacheSize = 1024;

    private readonly CacheEntry?[] _cache = new CacheEntry?[CacheSize];

    private sealed record CacheEntry(string Word, int[] Patterns);

    /// <summary>Stems are filed under their first two letters (or one, for a one-letter stem), so a word tries only the few that could fit.</summary>
    private static int StemKey(string stem) => stem.Length > 1 ? (stem[0] << 16) | stem[1] : stem[0] << 16;

    public int Count => _patterns.Length;

    public CuePattern this[int index] => _patterns[index];

    /// <summary>Gets a value indicating whether any pattern has a slot, so that quantities need finding first.</summary>
    public bool HasSlots { get; }

    [ThreadStatic]
    private static int[]? _nextStartScratch;

    [ThreadStatic]
    private static int[]? _triedAtScratch;

    private static int[] Scratch(ref int[]? scratch, int length)
    {
        if (scratch is null || scratch.Length < length)
        {
            scratch = new int[Math.Max(length, 256)];
        }
        else
        {
            Array.Clear(scratch, 0, length);
        }

        return scratch;
    }

    /// <summary>Every match of every cue; a cue's own matches do not overlap. Slots are matched against <paramref name="spans"/>.</summary>
    public List<CueMatch> FindAll(List<TextToken> tokens, QuantitySpans? spans = null)
    {
        var found = new List<CueMatch>(Math.Min(tokens.Count, 64));

        // Where each pattern may next start (its own matches do not overlap), and which token it was last tried at (a
        // pattern reached through two of its first words is tried once). Per-thread scratch, cleared for each text.
        var nextStart = Scratch(ref _nextStartScratch, _patterns.Length);
        var triedAt = Scratch(ref _triedAtScratch, _patterns.Length);
        var a = _states <= 64 ? Array.Empty<bool>() : new bool[_states];
        var b = _states <= 64 ? Array.Empty<bool>() : new bool[_states];
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsBreak || t.Normal.Length == 0)
            {
                continue;
            }

            foreach (var p in Candidates(t.Normal))
            {
                if (i >= _offset[p])
                {
                    Try(p, i - _offset[p]);
                }
            }

            if (t.Kind == TokenKind.Number)
            {
                foreach (var p in _byNumber)
                {
                    Try(p, i);
                }
            }

            if (spans is not null)
            {
                for (var k = 0; k < _bySlot.Length; k++)
                {
                    if (_bySlot[k].Count > 0 && spans.Starts((SlotKind)k, i))
                    {
                        foreach (var p in _bySlot[k])
                        {
                            Try(p, i);
                        }
                    }
                }
            }
        }

        return found;

        void Try(int p, int i)
        {
            // Stamps are token + 1, so that the zeroed array means "never tried".
            if (nextStart[p] > i || triedAt[p] == i + 1)
            {
                return;
            }

            triedAt[p] = i + 1;
            var slot = -1;
            var pattern = _patterns[p];
            var last = pattern.Slots.Length == 0 ? pattern.MatchAt(tokens, i, a, b)
                : spans is null ? -1
                : pattern.MatchSlotAt(tokens, i, spans, out slot);
            if (last >= 0 && pattern.Guards(tokens, i, last))
            {
                // A pattern filed under its second word starts a token back: keep the list in the order matches start.
                var at = found.Count;
                while (at > 0 && found[at - 1].First > i)
                {
                    at--;
                }

                found.Insert(at, new CueMatch(p, i, last, slot));
                nextStart[p] = last + 1;
            }
        }
    }
}

/// <summary>One match of one pattern.</summary>
/// <param name="Pattern">The pattern's index.</param>
/// <param name="First">The first token.</param>
/// <param name="Last">The last token.</param>
/// <param name="Slot">The token the pattern's slot starts at, or -1.</param>
internal readonly record struct CueMatch(int Pattern, int First, int Last, int Slot);

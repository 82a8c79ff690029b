using System;
using InterviewSignals.Cues;
using System.Collections.Generic;

namespace InterviewSignals.Reading;

/// <summary>
/// Decides what the words around each cue do to it, for one tokenized text. Triggers are found once per text; each
/// cue then looks only at its own clause and sentence, so the work stays linear in the text.
/// </summary>
internal sealed class ContextReader
{
    /// <summary>How many words away from a cue a negation still reaches, within the clause.</summary>
    internal const int NegationReach = 6;

    private readonly IReadOnlyList<TextToken> _tokens;
    private readonly LanguageRules _rules;
    private readonly List<(int First, int Last)> _negations;
    private readonly List<(int First, int Last)> _sentenceHypotheticals;
    private readonly List<(int First, int Last)> _clauseHypotheticals;
    private readonly List<(int First, int Last)> _someoneElse;
    private readonly List<(int First, int Last)> _advice;
    private readonly List<(int First, int Last)> _youShould;
    private readonly (int First, int Last)[]? _signs;
    private readonly int[] _sentenceStart;
    private readonly int[] _sentenceEnd;
    private readonly int[] _clauseStart;
    private readonly int[] _clauseEnd;

    /// <param name="tokens">The text's tokens.</param>
    /// <param name="rules">The language's rules.</param>
    /// <param name="signs">
    /// For each token, the matched cue that covers it (its first and last token), or (-1, -1). A modal there is part of a
    /// sign ("asked when I could start"), not a hypothetical around another one; a negation there belongs to its own
    /// sign ("sin noticias") and does not reach a cue that sign does not overlap.
    /// </param>
    /// <param name="triggers">The language's triggers found in the text, when the caller found them with its cues; <see langword="null"/> to find them here.</param>
    public ContextReader(IReadOnlyList<TextToken> tokens, LanguageRules rules, (int First, int Last)[]? signs = null, List<CueMatch>? triggers = null)
    {
        _tokens = tokens;
        _signs = signs;
        _rules = rules;
        // The matcher reports matches in the order they start, so each kind's list is in text order without sorting.
        var byKind = new List<(int First, int Last)>[6];
        for (var k = 0; k < byKind.Length; k++)
        {
            byKind[k] = new List<(int First, int Last)>();
        }

        foreach (var f in triggers ?? rules.Triggers.FindAll(tokens))
        {
            byKind[(int)rules.TriggerKinds[f.Pattern]].Add((f.First, f.Last));
        }

        List<(int First, int Last)> Of(LanguageRules.TriggerKind kind) => byKind[(int)kind];

        var pseudo = Of(LanguageRules.TriggerKind.PseudoNegation);
        _negations = Of(LanguageRules.TriggerKind.Negation).FindAll(n => !Any(pseudo, n.First - MaxTriggerSpan, n.Last, p => Overlap(p, n)));
        _sentenceHypotheticals = Of(LanguageRules.TriggerKind.SentenceHypothetical);
        _clauseHypotheticals = Of(LanguageRules.TriggerKind.ClauseHypothetical).FindAll(h => signs is null || !Covered(h, signs));
        _someoneElse = Of(LanguageRules.TriggerKind.SomeoneElse);
        _advice = Of(LanguageRules.TriggerKind.Advice);
        _youShould = _advice.FindAll(IsYouShould);

        // Where each token's sentence and clause begin and end, in two linear passes, so that no match walks its sentence.
        // A clause ends at a comma or the like and at a word such as "but" or "pero", which belongs to neither side.
        var n = tokens.Count;
        var splits = new bool[n];
        for (var i = 0; i < n; i++)
        {
            splits[i] = SplitsClauses(i);
        }

        (_sentenceStart, _sentenceEnd, _clauseStart, _clauseEnd) = (new int[n], new int[n], new int[n], new int[n]);
        for (int i = 0, sentence = 0, clause = 0; i < n; i++)
        {
            _sentenceStart[i] = sentence;
            _clauseStart[i] = clause;
            if (tokens[i].Kind == TokenKind.SentenceBreak)
            {
                sentence = clause = i + 1;
            }
            else if (splits[i])
            {
                clause = i + 1;
            }
        }

        for (int i = n - 1, sentence = n - 1, clause = n - 1; i >= 0; i--)
        {
            if (tokens[i].Kind == TokenKind.SentenceBreak)
            {
                sentence = clause = i - 1;
            }
            else if (splits[i])
            {
                clause = i - 1;
            }

            _sentenceEnd[i] = Math.Max(sentence, i);
            _clauseEnd[i] = Math.Max(clause, i);
        }
    }

    /// <summary>The longest trigger, in tokens; a pseudo-negation that overlaps a negation starts at most this far before it.</summary>
    private const int MaxTriggerSpan = 8;

    /// <summary>Gets the tokens of the sentence that holds a token: its first and last token.</summary>
    public (int Start, int End) SentenceOf(int token) => (_sentenceStart[token], _sentenceEnd[token]);

    /// <summary>
    /// Reads the context of a cue that matched tokens <paramref name="first"/> to <paramref name="last"/>. A trigger made
    /// of the cue's own words does not count (a cue may be a negative phrase of its own, "no word yet"); one that a
    /// gap in the cue skipped over does ("salary was not discussed").
    /// </summary>
    public CueContext Of(int first, int last, CuePattern cue)
    {
        var (clauseStart, clauseEnd) = (_clauseStart[first], _clauseEnd[last]);
        var sentenceStart = _sentenceStart[first];
        var span = (first, last);
        bool Own((int First, int Last) t) => Overlap(t, span) && OwnWords(t, cue);

        var firstWord = FirstWord(sentenceStart);
        if (Any(_advice, firstWord, firstWord, a => !Overlap(a, span)) || Any(_youShould, sentenceStart, first - 1, a => a.Last < first))
        {
            return CueContext.AdviceToReader;
        }

        if (Any(_someoneElse, sentenceStart, first - 1, s => s.Last < first))
        {
            return CueContext.SomeoneElse;
        }

        if (Any(_sentenceHypotheticals, sentenceStart, first - 1, h => h.Last < first) || Any(_clauseHypotheticals, clauseStart, first - 1, h => h.Last < first))
        {
            return CueContext.Hypothetical;
        }

        // As in NegEx, a negation reaches a few words only: real text often lacks the punctuation that would end its clause.
        return Any(_negations, Math.Max(clauseStart, first - NegationReach - 2), Math.Min(clauseEnd, last + NegationReach), n => n.Last <= clauseEnd && !Own(n) && !OtherSign(n, span) && n.First - last <= NegationReach && first - n.Last <= NegationReach)
            ? CueContext.Negated
            : CueContext.Affirmed;
    }

    /// <summary>
    /// Whether a trigger that starts between <paramref name="from"/> and <paramref name="to"/> satisfies the test. Triggers
    /// are in text order, so a binary search finds the first one and only those in range are looked at: the cost of a
    /// cue's context stays with its own sentence, not with the length of the text.
    /// </summary>
    private static bool Any(List<(int First, int Last)> triggers, int from, int to, Predicate<(int First, int Last)> test)
    {
        int lo = 0, hi = triggers.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (triggers[mid].First < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < triggers.Count && triggers[i].First <= to; i++)
        {
            if (test(triggers[i]))
            {
                return true;
            }
        }

        return false;
    }

    private bool OwnWords((int First, int Last) trigger, CuePattern cue)
    {
        for (var i = trigger.First; i <= trigger.Last; i++)
        {
            if (!cue.Words.Contains(_tokens[i].Normal))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsYouShould((int First, int Last) span)
        => _tokens[span.First].Normal is "you" or "deberias" or "debes";

    private int FirstWord(int from)
    {
        while (from < _tokens.Count && _tokens[from].IsBreak)
        {
            from++;
        }

        return from;
    }

    private bool SplitsClauses(int i) => _tokens[i].Kind == TokenKind.ClauseBreak || _rules.ClauseWords.Contains(_tokens[i].Normal);

    /// <summary>Whether a trigger is part of another sign that does not overlap the cue.</summary>
    private bool OtherSign((int First, int Last) trigger, (int First, int Last) cue)
        => _signs is not null && _signs[trigger.First] is var sign && sign.First >= 0 && !Overlap(sign, cue);

    private static bool Covered((int First, int Last) span, (int First, int Last)[] signs)
    {
        for (var i = span.First; i <= span.Last; i++)
        {
            if (signs[i].First < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Overlap((int First, int Last) a, (int First, int Last) b) => a.First <= b.Last && b.First <= a.Last;
}

using System;
using System.Collections.Generic;
using InterviewSignals.Matching;

namespace InterviewSignals.Reading;

/// <summary>
/// Where each token's sentence and clause begin and end, found in two linear passes so that no match walks its
/// sentence. A clause ends at a comma or the like and at a word such as "but" or "pero", which belongs to neither side.
/// </summary>
internal sealed class Clauses
{
    private readonly int[] _sentenceStart;
    private readonly int[] _sentenceEnd;
    private readonly int[] _clauseStart;
    private readonly int[] _clauseEnd;

    public Clauses(List<TextToken> tokens, HashSet<string> clauseWords)
    {
        var n = tokens.Count;
        var splits = new bool[n];
        for (var i = 0; i < n; i++)
        {
            splits[i] = tokens[i].Kind == TokenKind.ClauseBreak || clauseWords.Contains(tokens[i].Normal);
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

    /// <summary>Gets, for each token, the first token of its clause: tokens of one clause share it.</summary>
    public int[] ClauseIds => _clauseStart;

    public int SentenceStart(int token) => _sentenceStart[token];

    public int SentenceEnd(int token) => _sentenceEnd[token];

    public int ClauseStart(int token) => _clauseStart[token];

    public int ClauseEnd(int token) => _clauseEnd[token];
}

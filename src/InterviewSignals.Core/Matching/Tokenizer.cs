using System;
using System.Collections.Generic;
using InterviewSignals.Cues;

namespace InterviewSignals.Matching;

/// <summary>
/// Splits a text into tokens in one pass, with no regular expressions: words and numbers with their offsets into the
/// original text, and boundaries (<c>, ; : ( )</c>, dashes and line breaks end a clause; <c>. ! ?</c> and blank lines end a
/// sentence). Words are lower-cased with accents folded (<c>sí</c> reads as <c>si</c>) and apostrophes dropped
/// (<c>didn't</c> reads as <c>didnt</c>), so patterns need not spell every variant.
/// </summary>
internal static class Tokenizer
{
    public static List<TextToken> Tokenize(string text)
    {
        // About one token per five characters of English or Spanish, and punctuation besides.
        var tokens = new List<TextToken>((text.Length / 4) + 8);
        var pool = WordPool.ForThisThread();
        var word = pool.Buffer(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var start = i;
                var length = 0;
                var digits = true;
                while (i < text.Length)
                {
                    var ch = text[i];
                    if (IsWordChar(ch))
                    {
                        digits &= ch is >= '0' and <= '9';

                        // ASCII needs no folding, only lower case; anything else goes the long way.
                        var folded = ch < 128 ? (ch is >= 'A' and <= 'Z' ? (char)(ch | 0x20) : ch) : char.IsSurrogate(ch) ? '\0' : WordForm.Fold(char.ToLowerInvariant(ch));
                        if (folded != '\0')
                        {
                            word[length++] = folded;
                        }
                    }
                    else if (WordForm.IsApostrophe(ch) && length > 0 && i + 1 < text.Length && IsWordChar(text[i + 1]))
                    {
                        // dropped: "didn't" reads as "didnt"
                    }
                    else if (ch == '.' && digits && length > 0 && i + 1 < text.Length && text[i + 1] is >= '0' and <= '9')
                    {
                        word[length++] = '.';
                    }
                    else
                    {
                        break;
                    }

                    i++;
                }

                tokens.Add(new TextToken(start, i - start, pool.Get(word, length), digits ? TokenKind.Number : TokenKind.Word));
                continue;
            }

            var kind = BreakKind(text, i);
            if (kind is { } k)
            {
                // Runs of boundaries collapse into one, the strongest.
                if (tokens.Count > 0 && tokens[tokens.Count - 1].IsBreak)
                {
                    var last = tokens[tokens.Count - 1];
                    if (k > last.Kind || (text[i] == '?' && k == last.Kind))
                    {
                        tokens[tokens.Count - 1] = last with { Kind = k, Normal = text[i] == '?' ? "?" : last.Normal };
                    }
                }
                else
                {
                    // A question mark is kept as the break's normal form: a question asserts nothing.
                    tokens.Add(new TextToken(i, 1, text[i] == '?' ? "?" : string.Empty, k));
                }
            }

            i++;
        }

        return tokens;
    }

    private static bool IsAsciiWordChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    /// <summary>Letters, digits and combining marks belong to words (a combining accent is folded away).</summary>
    private static bool IsWordChar(char c)
        => c < 128 ? IsAsciiWordChar(c) : char.IsLetterOrDigit(c) || char.IsSurrogate(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;


    private static TokenKind? BreakKind(string text, int i) => text[i] switch
    {
        '.' or '!' or '?' or '\u2026' or '\u00BF' or '\u00A1' => TokenKind.SentenceBreak,
        ',' or ';' or ':' or '(' or ')' or '\u2013' or '\u2014' or '"' or '\u201C' or '\u201D' => TokenKind.ClauseBreak,
        '\n' when i + 1 < text.Length && (text[i + 1] == '\n' || (text[i + 1] == '\r' && i + 2 < text.Length && text[i + 2] == '\n')) => TokenKind.SentenceBreak,

        // A line of its own is at least a clause: people list rounds and answers one per line.
        '\n' => TokenKind.ClauseBreak,
        _ => null,
    };
}

/// <summary>
/// The words a thread has tokenized lately, so that a word seen before is the same string again rather than a new
/// one: most words of a text repeat, within it and across texts. A small table with one entry per slot; a collision
/// simply replaces the entry, so it never grows.
/// </summary>
internal sealed class WordPool
{
    private const int Size = 4096;
    private const int MaxPooledLength = 24;

    [ThreadStatic]
    private static WordPool? _current;

    private readonly string?[] _words = new string?[Size];
    private char[] _buffer = new char[256];

    public static WordPool ForThisThread() => _current ??= new WordPool();

    /// <summary>A scratch buffer for one word of a text of this length.</summary>
    public char[] Buffer(int textLength)
    {
        if (_buffer.Length < textLength)
        {
            _buffer = new char[Math.Max(textLength, _buffer.Length * 2)];
        }

        return _buffer;
    }

    public string Get(char[] chars, int length)
    {
        if (length > MaxPooledLength)
        {
            return new string(chars, 0, length);
        }

        var hash = 5381u;
        for (var i = 0; i < length; i++)
        {
            hash = ((hash << 5) + hash) ^ chars[i];
        }

        var slot = (int)(hash & (Size - 1));
        var pooled = _words[slot];
        if (pooled is not null && pooled.Length == length && Same(pooled, chars, length))
        {
            return pooled;
        }

        return _words[slot] = new string(chars, 0, length);
    }

    private static bool Same(string s, char[] chars, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (s[i] != chars[i])
            {
                return false;
            }
        }

        return true;
    }
}

using System.Collections.Generic;
using InterviewSignals.Matching;

namespace InterviewSignals.Reading;

/// <summary>What a context rule does to a cue it reaches, in the order they are checked: the first that applies decides.</summary>
internal enum ContextCategory
{
    /// <summary>Advice to the reader: the cue is set aside.</summary>
    Advice,

    /// <summary>A process described in general ("the process has three rounds", "they usually ask"): set aside.</summary>
    Generic,

    /// <summary>Someone else's experience ("a friend was asked"): set aside.</summary>
    SomeoneElse,

    /// <summary>A condition, wish or possibility: set aside.</summary>
    Hypothetical,

    /// <summary>A negation: the cue's state is turned round.</summary>
    Negation,

    /// <summary>Words that look like a negation and are not ("not only", "no doubt"): a negation they overlap does not count.</summary>
    PseudoNegation,
}

/// <summary>Where a trigger stands from the cue it reaches.</summary>
internal enum ContextDirection
{
    /// <summary>Before the cue.</summary>
    Forward,

    /// <summary>After the cue.</summary>
    Backward,

    /// <summary>Either side, or within the cue where a gap skipped it.</summary>
    Both,
}

/// <summary>
/// One context rule of a language: its phrases, what they do, where they must stand (<see cref="Direction"/>, within
/// the clause or the sentence, at most <see cref="Reach"/> words away, or first in the sentence; or, for a
/// <see cref="Question"/> rule, no phrase at all: the cue's sentence is a question), which phrases end
/// its scope early, and which kinds of text it applies to (all when <see cref="Kinds"/> is empty).
/// </summary>
internal sealed record ContextRule(
    ContextCategory Category,
    ContextDirection Direction,
    bool SentenceScope,
    int? Reach,
    bool SentenceStart,
    bool Question,
    CuePattern[] Phrases,
    CuePattern[] Terminators,
    IReadOnlyList<TextKind> Kinds,
    SignWords SignWords = SignWords.Count)
{
    public bool AppliesTo(TextKind kind)
    {
        if (Kinds.Count == 0)
        {
            return true;
        }

        foreach (var k in Kinds)
        {
            if (k == kind)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Whether a trigger whose words belong to a matched cue still counts as context for another cue.</summary>
internal enum SignWords
{
    /// <summary>It counts.</summary>
    Count,

    /// <summary>It does not count for a cue that the other cue does not overlap ("sin noticias" negates nothing else).</summary>
    IgnoreOthers,

    /// <summary>It never counts: a modal inside "would get back to me by Friday" is part of that sign, not a hypothetical around another.</summary>
    Ignore,
}

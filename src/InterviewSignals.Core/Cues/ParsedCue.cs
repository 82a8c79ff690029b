using System;
using System.Linq;

namespace InterviewSignals.Cues;

/// <summary>
/// A cue as its syntax reads it: one pattern, or two or three parts joined by <c>&amp;</c> within a window of words.
/// Word classes are already expanded; inflection is not, so one parse serves every language file that reads the cue.
/// The validator makes these once per set, and whatever matches cues against text is built from them.
/// </summary>
internal sealed class ParsedCue
{
    public ParsedCue(string source, ParsedPattern[] parts, int window)
    {
        Source = source;
        Parts = parts;
        Window = window;
    }

    public string Source { get; }

    /// <summary>Gets the parts; one for a plain pattern.</summary>
    public ParsedPattern[] Parts { get; }

    /// <summary>Gets the most words between two neighbouring parts (0 for a plain pattern).</summary>
    public int Window { get; }

    public bool IsCoOccurrence => Parts.Length > 1;

    /// <summary>Gets the slots of a plain pattern; a co-occurrence has none.</summary>
    public SlotKind[] Slots => Parts[0].Slots;
}

/// <summary>One pattern: its steps, and the guards on the word just before and just after a match.</summary>
internal sealed class ParsedPattern
{
    public ParsedPattern(string source, ParsedStep[] steps, WordChoice? notBefore, WordChoice? notAfter)
    {
        Source = source;
        Steps = steps;
        NotBefore = notBefore;
        NotAfter = notAfter;
        Slots = steps.Where(s => s.Slot is not null).Select(s => s.Slot!.Value).ToArray();
    }

    public string Source { get; }

    public ParsedStep[] Steps { get; }

    public WordChoice? NotBefore { get; }

    public WordChoice? NotAfter { get; }

    public SlotKind[] Slots { get; }
}

/// <summary>One step: a choice of words, any word (one step of a gap) or a slot; an optional step may be skipped.</summary>
internal readonly record struct ParsedStep(WordChoice Words, bool Optional, bool Any, SlotKind? Slot = null);

/// <summary>The alternatives one step accepts, in the order they are written: words, stems, exact forms, and whether a number.</summary>
internal sealed class WordChoice
{
    public static readonly WordChoice Nothing = new(Array.Empty<WrittenWord>(), false);

    public WordChoice(WrittenWord[] words, bool number)
    {
        Words = words;
        Number = number;
    }

    public WrittenWord[] Words { get; }

    public bool Number { get; }
}

/// <summary>A word as a cue writes it, in normal form: a base form the language inflects, an exact form (<c>=word</c>) or a stem (<c>stem*</c>).</summary>
internal readonly record struct WrittenWord(string Text, WordKind Kind);

internal enum WordKind : byte
{
    Inflected,
    Exact,
    Stem,
}

using System;
using System.Collections.Generic;

namespace InterviewSignals.Taxonomy;

/// <summary>
/// The phrases that show a signal in free text, in one language: cues that the sign was there, and cues that it was
/// looked for and not there. Each cue is a small token pattern (see <c>docs/signal-set-format.md</c>): words, stems
/// (<c>salar*</c>), alternatives (<c>could|can</c>), optional words (<c>[i]</c>), bounded gaps (<c>..</c>, <c>..5</c>) and
/// numbers (<c>#</c>). The reader also applies negation: a present cue in "they never asked…" proposes absent.
/// </summary>
public sealed record SignalCues
{
    /// <summary>Gets the cues that show the sign was there.</summary>
    /// <value>None by default.</value>
    public IReadOnlyList<string> Present { get; init; } = Array.Empty<string>();

    /// <summary>Gets the cues that show the sign was looked for and not there ("no timeline was given").</summary>
    /// <value>None by default.</value>
    public IReadOnlyList<string> Absent { get; init; } = Array.Empty<string>();
}

using System;
using System.Collections.Generic;
using InterviewSignals.Internal;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Timelines;

/// <summary>Whether a recruiter should act on an application now, and why. Plain data: it serialises and reads back equal.</summary>
public sealed record NudgeAdvice
{
    private readonly IReadOnlyList<Nudge> _nudges = ValueList<Nudge>.Empty;

    /// <summary>Gets the set whose assessment the advice read.</summary>
    public required SignalSetReference SignalSet { get; init; }

    /// <summary>Gets the instant the advice is as of.</summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>Gets the language tag the texts are in: the catalogue's language that answered.</summary>
    public required string Language { get; init; }

    /// <summary>Gets where the application stands; any status but active ends nudges.</summary>
    public required ApplicationStatus Status { get; init; }

    /// <summary>Gets the whole days since anything last reached the candidate (see <see cref="TimelineSnapshot.LastCandidateContact"/>).</summary>
    /// <value><see langword="null"/> when nothing has.</value>
    public int? DaysSinceCandidateContact { get; init; }

    /// <summary>Gets the prompts, silence first, then a passed promise, then missing feedback.</summary>
    public required IReadOnlyList<Nudge> Nudges { get => _nudges; init => _nudges = Values.List(value); }

    /// <summary>Gets a value indicating whether a recruiter should act now: there is at least one nudge.</summary>
    public bool ActNow => Nudges.Count > 0;
}

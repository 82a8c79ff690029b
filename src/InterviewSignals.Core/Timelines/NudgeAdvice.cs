using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using InterviewSignals.Internal;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Timelines;

/// <summary>Whether a recruiter should act on an application now, and why. Plain data: it serialises and reads back equal.</summary>
public sealed record NudgeAdvice
{
    private readonly IReadOnlyList<Nudge> _nudges = ValueList<Nudge>.Empty;

    /// <summary>Results are built by the library; a host reads them.</summary>
    [JsonConstructor]
    internal NudgeAdvice()
    {
    }

    /// <summary>Gets the set whose assessment the advice read.</summary>
    [JsonInclude]
    [JsonRequired]
    public SignalSetReference SignalSet { get; internal init; } = null!;

    /// <summary>Gets the instant the advice is as of.</summary>
    [JsonInclude]
    [JsonRequired]
    public DateTimeOffset AsOf { get; internal init; }

    /// <summary>Gets the language tag the texts are in: the catalogue's language that answered.</summary>
    [JsonInclude]
    [JsonRequired]
    public string Language { get; internal init; } = null!;

    /// <summary>Gets where the application stands; any status but active ends nudges.</summary>
    [JsonInclude]
    [JsonRequired]
    public ApplicationStatus Status { get; internal init; }

    /// <summary>Gets the whole days since anything last reached the candidate (see <see cref="TimelineSnapshot.LastCandidateContact"/>).</summary>
    /// <value><see langword="null"/> when nothing has.</value>
    [JsonInclude]
    public int? DaysSinceCandidateContact { get; internal init; }

    /// <summary>Gets the prompts, silence first, then a passed promise, then missing feedback.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<Nudge> Nudges { get => _nudges; internal init => _nudges = Values.List(value); }

    /// <summary>Gets a value indicating whether a recruiter should act now: there is at least one nudge.</summary>
    public bool ActNow => Nudges.Count > 0;
}

using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using InterviewSignals.Explanations;
using InterviewSignals.Internal;

namespace InterviewSignals.Timelines;

/// <summary>A prompt for a recruiter to act now, with why and since when; never a judgement of the candidate.</summary>
public sealed record Nudge
{
    private readonly IReadOnlyList<ExplanationItem> _because = ValueList<ExplanationItem>.Empty;
    private readonly IReadOnlyList<string> _eventIds = ValueList<string>.Empty;

    /// <summary>Results are built by the library; a host reads them.</summary>
    [JsonConstructor]
    internal Nudge()
    {
    }

    /// <summary>Gets why.</summary>
    [JsonInclude]
    [JsonRequired]
    public NudgeReason Reason { get; internal init; }

    /// <summary>Gets the prompt, in the advice's language.</summary>
    [JsonInclude]
    [JsonRequired]
    public ExplanationItem Text { get; internal init; } = null!;

    /// <summary>Gets the instant the waiting counts from: the last contact, the promised day, the interview's end.</summary>
    [JsonInclude]
    [JsonRequired]
    public DateTimeOffset WaitingSince { get; internal init; }

    /// <summary>Gets the whole days waited since <see cref="WaitingSince"/> (past the promised day, for a promise).</summary>
    [JsonInclude]
    [JsonRequired]
    public int DaysWaited { get; internal init; }

    /// <summary>Gets the facts behind the prompt, one line each, with the ids of their events in the <c>events</c> argument.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<ExplanationItem> Because { get => _because; internal init => _because = Values.List(value); }

    /// <summary>Gets the ids of every event behind the prompt, in timeline order.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<string> EventIds { get => _eventIds; internal init => _eventIds = Values.List(value); }
}

using System;
using System.Collections.Generic;
using InterviewSignals.Explanations;
using InterviewSignals.Internal;

namespace InterviewSignals.Timelines;

/// <summary>A prompt for a recruiter to act now, with why and since when; never a judgement of the candidate.</summary>
public sealed record Nudge
{
    private readonly IReadOnlyList<ExplanationItem> _because = ValueList<ExplanationItem>.Empty;
    private readonly IReadOnlyList<string> _eventIds = ValueList<string>.Empty;

    /// <summary>Gets why.</summary>
    public required NudgeReason Reason { get; init; }

    /// <summary>Gets the prompt, in the advice's language.</summary>
    public required ExplanationItem Text { get; init; }

    /// <summary>Gets the instant the waiting counts from: the last contact, the promised day, the interview's end.</summary>
    public required DateTimeOffset WaitingSince { get; init; }

    /// <summary>Gets the whole days waited since <see cref="WaitingSince"/> (past the promised day, for a promise).</summary>
    public required int DaysWaited { get; init; }

    /// <summary>Gets the facts behind the prompt, one line each, with the ids of their events in the <c>events</c> argument.</summary>
    public required IReadOnlyList<ExplanationItem> Because { get => _because; init => _because = Values.List(value); }

    /// <summary>Gets the ids of every event behind the prompt, in timeline order.</summary>
    public required IReadOnlyList<string> EventIds { get => _eventIds; init => _eventIds = Values.List(value); }
}

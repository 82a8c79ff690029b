using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using InterviewSignals.Internal;

namespace InterviewSignals.Timelines;

/// <summary>Why a mapping gave an answer: the basis (a stable code), the events behind it, and the date and words it rests on.</summary>
public sealed record AnswerProvenance
{
    private readonly IReadOnlyList<string> _eventIds;

    /// <summary>Initializes a new instance of the <see cref="AnswerProvenance"/> record.</summary>
    /// <param name="basis">A stable code such as <c>last-held-interview</c> (see <see cref="TimelineBasis"/>); nudges word it as <c>timeline.basis.{basis}</c>.</param>
    /// <param name="eventIds">The ids of the events behind the answer, in timeline order.</param>
    /// <param name="at">The instant the basis refers to (the interview's start, the end the silence counts from, the promised day), when there is one.</param>
    /// <param name="words">Words the answer was read from (a recruiter's notes), when there are any.</param>
    [JsonConstructor]
    internal AnswerProvenance(string basis, IReadOnlyList<string> eventIds, DateTimeOffset? at = null, string? words = null)
    {
        Basis = basis;
        _eventIds = Values.List(eventIds);
        At = at;
        Words = words;
    }

    /// <summary>Gets a stable code such as <c>last-held-interview</c> (see <see cref="TimelineBasis"/>); nudges word it as <c>timeline.basis.{basis}</c>.</summary>
    public string Basis { get; }

    /// <summary>Gets the ids of the events behind the answer, in timeline order; compared by content.</summary>
    public IReadOnlyList<string> EventIds => _eventIds;

    /// <summary>Gets the instant the basis refers to (the interview's start, the end the silence counts from, the promised day), when there is one.</summary>
    public DateTimeOffset? At { get; }

    /// <summary>Gets words the answer was read from (a recruiter's notes), when there are any.</summary>
    public string? Words { get; }

    /// <summary>Deconstructs the record into its parts.</summary>
    /// <param name="basis">A stable code such as <c>last-held-interview</c> (see <see cref="TimelineBasis"/>); nudges word it as <c>timeline.basis.{basis}</c>.</param>
    /// <param name="eventIds">The ids of the events behind the answer, in timeline order.</param>
    /// <param name="at">The instant the basis refers to (the interview's start, the end the silence counts from, the promised day), when there is one.</param>
    /// <param name="words">Words the answer was read from (a recruiter's notes), when there are any.</param>
    public void Deconstruct(out string basis, out IReadOnlyList<string> eventIds, out DateTimeOffset? at, out string? words)
    {
        basis = Basis;
        eventIds = EventIds;
        at = At;
        words = Words;
    }
}


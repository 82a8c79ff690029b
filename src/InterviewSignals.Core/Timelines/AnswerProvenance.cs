using System;
using System.Collections.Generic;
using InterviewSignals.Internal;

namespace InterviewSignals.Timelines;

/// <summary>Why a mapping gave an answer: the basis (a stable code), the events behind it, and the date and words it rests on.</summary>
/// <param name="Basis">A stable code such as <c>last-held-interview</c> (see <see cref="TimelineBasis"/>); nudges word it as <c>timeline.basis.{basis}</c>.</param>
/// <param name="EventIds">The ids of the events behind the answer, in timeline order.</param>
/// <param name="At">The instant the basis refers to (the interview's start, the end the silence counts from, the promised day), when there is one.</param>
/// <param name="Words">Words the answer was read from (a recruiter's notes), when there are any.</param>
public sealed record AnswerProvenance(string Basis, IReadOnlyList<string> EventIds, DateTimeOffset? At = null, string? Words = null)
{
    private readonly IReadOnlyList<string> _eventIds = Values.List(EventIds);

    /// <summary>Gets the ids of the events behind the answer, in timeline order; compared by content.</summary>
    public IReadOnlyList<string> EventIds { get => _eventIds; init => _eventIds = Values.List(value); }
}

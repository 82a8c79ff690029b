using System;

namespace InterviewSignals.Timelines;

/// <summary>What a <see cref="NudgeAdvisor"/> looks for. Immutable once built.</summary>
public sealed class NudgeOptions
{
    /// <summary>Gets the signal whose presence in an assessment means the silence has passed the set's own threshold.</summary>
    /// <value><c>no-word-since-interview</c>, the outlook set's silence signal, whose rules count silence from day 7 without a stated timeline, or from the end of the stated one.</value>
    public string SilenceSignalId { get; init; } = "no-word-since-interview";

    /// <summary>Gets how long after an interview's end its feedback may still be pending before a recruiter is nudged.</summary>
    /// <value>Two days.</value>
    public TimeSpan FeedbackDueAfter { get; init; } = TimeSpan.FromDays(2);
}

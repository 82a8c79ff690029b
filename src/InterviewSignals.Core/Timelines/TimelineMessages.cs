using System;

namespace InterviewSignals.Timelines;

/// <summary>The sentences of the timeline's argument errors, beside the feature that raises them; values written with the invariant culture.</summary>
internal static class TimelineMessages
{
    public static string DetailNotTaken(ApplicationEventKind kind, string detail) => FormattableString.Invariant($"An event of kind {kind} carries no {detail}.");

    public static string DetailNeeded(ApplicationEventKind kind, string detail) => FormattableString.Invariant($"An event of kind {kind} needs its {detail}.");

    public static string InterviewEndsBeforeStart(DateTimeOffset start, DateTimeOffset end)
        => FormattableString.Invariant($"The interview ends ({end:O}) before it starts ({start:O}).");

    public static string InterviewerCountAtLeastOne(int count) => FormattableString.Invariant($"An interview has at least 1 interviewer; the count given is {count}.");

    public static string StageNeedsName() => "The stage entered needs a name or id.";

    public static string UnknownAnswer(string what, string id, string set)
        => FormattableString.Invariant($"The mapping answered {what} '{id}', which the set '{set}' does not declare.");

    public static string NoMappingFor(string set)
        => FormattableString.Invariant($"No built-in timeline mapping fits the set '{set}': the built-in one is for 'interview-outlook' and sets that extend it. Supply your own with TimelineMapping.Create or a TimelineMapping subclass.");

    public static string AsOfDiffers(DateTimeOffset assessment, DateTimeOffset timeline)
        => FormattableString.Invariant($"The assessment is as of {assessment:O} but the timeline observation as of {timeline:O}; assess the observation the mapping made.");

    public static string ObservationForOtherSet(string mapped, string set)
        => FormattableString.Invariant($"The timeline observation was mapped for the set '{mapped}', not '{set}'.");

    public static string FeedbackDueAfterNotNegative(TimeSpan value)
        => FormattableString.Invariant($"FeedbackDueAfter must be zero or more; it is {value}.");

    public static string SilenceSignalNeeded() => "SilenceSignalId must name a signal.";

    public static string SequenceHoldsNullEvent() => "The sequence holds a null event.";
}

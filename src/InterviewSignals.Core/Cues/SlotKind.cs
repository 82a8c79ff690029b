namespace InterviewSignals.Cues;

/// <summary>What a slot in a fact's cue reads from the words it covers.</summary>
internal enum SlotKind : byte
{
    /// <summary>A length of time: "an hour and a half", "45-min", "casi una hora". In minutes.</summary>
    Duration,

    /// <summary>A point in time relative to the as-of date: "two weeks ago", "by Friday", "within a few days". In days, or a weekday.</summary>
    When,

    /// <summary>A small whole number: "three", "a couple", "dos".</summary>
    Count,
}

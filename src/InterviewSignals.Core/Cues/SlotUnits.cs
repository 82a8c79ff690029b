using System;

namespace InterviewSignals.Cues;

/// <summary>Which slot can fill which fact, and how a slot's value is written in the fact's unit.</summary>
internal static class SlotUnits
{
    /// <summary>Minutes in one unit of a time fact (<c>minutes</c>, <c>hours</c>, <c>days</c>), or <see langword="null"/> for any other unit.</summary>
    public static double? MinutesPer(string? unit) => unit switch
    {
        "minutes" => 1,
        "hours" => 60,
        "days" => 24 * 60,
        _ => null,
    };

    /// <summary>Whether a slot can give a value to a fact of this kind and unit.</summary>
    /// <param name="slot">The slot.</param>
    /// <param name="isNumber">The fact is a number.</param>
    /// <param name="isDate">The fact is a date.</param>
    /// <param name="unit">The fact's unit.</param>
    public static bool Fits(SlotKind slot, bool isNumber, bool isDate, string? unit) => slot switch
    {
        SlotKind.Duration => isNumber && MinutesPer(unit) is not null,
        SlotKind.When => isDate || (isNumber && MinutesPer(unit) >= 60),
        _ => isNumber && MinutesPer(unit) is null,
    };

    /// <summary>The name a slot is written with.</summary>
    public static string Name(SlotKind slot) => slot switch
    {
        SlotKind.Duration => "{duration}",
        SlotKind.When => "{when}",
        SlotKind.Count => "{count}",
        _ => throw new ArgumentOutOfRangeException(nameof(slot)),
    };
}

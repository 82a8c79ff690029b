using System;
using InterviewSignals.Cues;
using InterviewSignals.Matching;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Reading;

/// <summary>Turns what a fact's cue found into a value of the fact's kind and unit.</summary>
internal static class FactValues
{
    /// <summary>
    /// The value a slot's words give, in the fact's unit, and the date they name; <see langword="null"/> when the words
    /// need an as-of date the reading lacks, or give a value outside the fact's range or a date the fact cannot take.
    /// </summary>
    public static (FactValue? Value, DateTimeOffset? Date) FromSlot(FactDefinition fact, QuantitySpans spans, SlotKind slot, int token, DateTimeOffset? asOf)
    {
        var q = spans.At(slot, token);
        switch (slot)
        {
            case SlotKind.Duration:
                return (Number(fact, q.Value / SlotUnits.MinutesPer(fact.Unit)!.Value), null);
            case SlotKind.Count:
                return (Number(fact, q.Value), null);
        }

        double days;
        if (q.Weekday >= 0)
        {
            if (asOf is not { } today)
            {
                return (null, null);
            }

            // A weekday that the words do not place lies ahead for a promise, behind for what already happened.
            var direction = q.Direction != 0 ? q.Direction : fact.Kind == FactKind.Date && !fact.AllowFuture ? -1 : 1;
            var ahead = ((q.Weekday - (int)today.DayOfWeek) % 7 + 7) % 7;
            // A promise "by Friday" made on a Friday means the next one; "last Monday" said on a Monday is a week ago,
            // while a bare "on Monday" said on a Monday is today.
            var behind = (7 - ahead) % 7;
            days = direction > 0 ? (ahead == 0 ? 7 : ahead) : -(behind == 0 && q.Direction < 0 ? 7 : behind);
        }
        else
        {
            days = Math.Round(q.Value, 2);
        }

        DateTimeOffset? date = asOf is { } at ? at.Date.AddDays(Math.Round(days)) is var d ? new DateTimeOffset(d, at.Offset) : null : null;
        if (fact.Kind == FactKind.Date)
        {
            return date is { } day && (fact.AllowFuture || days <= 0) ? (FactValue.FromDate(day), day) : (null, null);
        }

        return (Number(fact, Math.Abs(days) * (24 * 60) / SlotUnits.MinutesPer(fact.Unit)!.Value), date);
    }

    private static FactValue? Number(FactDefinition fact, double value)
    {
        value = Math.Round(value, 2);
        return value < fact.Minimum || value > fact.Maximum ? null : FactValue.FromNumber(value);
    }
}

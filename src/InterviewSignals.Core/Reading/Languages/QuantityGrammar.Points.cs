using System.Collections.Generic;
using InterviewSignals.Matching;

namespace InterviewSignals.Reading;

/// <content>Points in time: a weekday, "two weeks ago", "by Friday", counted from the as-of day.</content>
internal sealed partial class QuantityGrammar
{
    /// <summary>A point in time: a named day, a weekday, the end of the week, a length of time ago, or a length of time ahead.</summary>
    private Quantity When(List<TextToken> t, int i, Quantity duration)
    {
        foreach (var (words, days) in DayPhrases)
        {
            if (Match(t, i, words) is var end && end > i)
            {
                return new Quantity(end - 1, days);
            }
        }

        if (EndOfWeek.Match(t, i) is var week && week > i)
        {
            return new Quantity(week - 1, 0, Weekday: 5, Direction: 1);
        }

        if (Days.TryGetValue(t[i].Normal, out var day) && !(i > 0 && DayGuards.TryGetValue(t[i].Normal, out var notAfter) && notAfter.Contains(t[i - 1].Normal)))
        {
            return new Quantity(i, day);
        }

        if (AgoBefore.Match(t, i) is var ago && ago > i && Duration(t, ago) is { Exists: true } back)
        {
            return new Quantity(back.Last, -back.Value / Day);
        }

        var at = i;
        var direction = 0;
        if (PastBefore.Match(t, at) is var past && past > at)
        {
            (at, direction) = (past, -1);
        }
        else if (FutureBefore.Match(t, at) is var future && future > at)
        {
            (at, direction) = (future, 1);
        }

        if (at < t.Count && Weekdays.TryGetValue(t[at].Normal, out var weekday))
        {
            var last = at;
            if (direction == 0 && PastAfter.Match(t, at + 1) is var pa && pa > at + 1)
            {
                (last, direction) = (pa - 1, -1);
            }
            else if (direction == 0 && FutureAfter.Match(t, at + 1) is var fa && fa > at + 1)
            {
                (last, direction) = (fa - 1, 1);
            }
            else if (direction == 0 && HasPassed(t, last + 1))
            {
                direction = -1;
            }

            return new Quantity(last, 0, (int)weekday, direction);
        }

        if (duration.Exists && duration.Value >= 60)
        {
            return Ago.Match(t, duration.Last + 1) is var a && a > duration.Last + 1
                ? new Quantity(a - 1, -duration.Value / Day)
                : new Quantity(duration.Last, duration.Value / Day);
        }

        return Quantity.None;
    }

    /// <summary>The most words after a weekday that are searched for words saying the day has passed.</summary>
    private const int PassedReach = 12;

    /// <summary>Whether the sentence goes on to say that the day has passed ("by Friday, but it is now the following Wednesday"); bounded, so the scan stays linear.</summary>
    private bool HasPassed(List<TextToken> t, int from)
    {
        for (var i = from; i < t.Count && i < from + PassedReach && t[i].Kind != TokenKind.SentenceBreak; i++)
        {
            if (PassedAfter.Match(t, i) > i)
            {
                return true;
            }
        }

        return false;
    }
}

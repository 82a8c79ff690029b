using System;
using System.Globalization;
using System.Linq;
using InterviewSignals.Internal;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Observations;

/// <summary>Checks an answer or a fact value against the set's declaration; shared by the evaluator, the JSON reader and questionnaires so they agree.</summary>
internal static class ObservationChecks
{
    /// <summary>The code of what is wrong with a value of the fact's own kind, or <see langword="null"/>; allocates nothing.</summary>
    public static string? RangeProblem(FactDefinition fact, FactValue value)
    {
        if (fact.Kind == FactKind.Number && ((fact.Minimum is double min && value.Number < min) || (fact.Maximum is double max && value.Number > max)))
        {
            return ObservationErrorCodes.OutOfRange;
        }

        if (fact.Kind == FactKind.Choice)
        {
            for (var i = 0; i < fact.Choices.Count; i++)
            {
                if (string.Equals(fact.Choices[i], value.Choice, StringComparison.Ordinal))
                {
                    return null;
                }
            }

            return ObservationErrorCodes.UnknownChoice;
        }

        return null;
    }

    public static InputError? CheckRange(FactDefinition fact, FactValue value, string path)
    {
        var problem = RangeProblem(fact, value);
        if (problem == ObservationErrorCodes.OutOfRange)
        {
            return new(ObservationErrorCodes.OutOfRange, path, ObservationMessages.FactBetween(fact.Id, SignalSetValidator.Num(fact.Minimum ?? double.NegativeInfinity), SignalSetValidator.Num(fact.Maximum ?? double.PositiveInfinity), (fact.Unit is null ? string.Empty : " " + fact.Unit), SignalSetValidator.Num(value.Number)));
        }

        if (problem == ObservationErrorCodes.UnknownChoice)
        {
            return new(ObservationErrorCodes.UnknownChoice, path, Messages.NotChoiceFactExpected(value.Choice, fact.Id, string.Join(", ", fact.Choices)));
        }

        return null;
    }

    public static bool TryDate(string text, out DateTimeOffset date)
        => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out date);

    public static InputError UnknownSignal(SignalSet set, string id, string path)
        => new(ObservationErrorCodes.UnknownSignal, path, ObservationMessages.SetNoSignal(set.Id, id, Suggestions.DidYouMean(id, set.Signals.Select(x => x.Id))));

    public static InputError UnknownFact(SignalSet set, string id, string path)
        => new(ObservationErrorCodes.UnknownFact, path, ObservationMessages.SetNoFact(set.Id, id, Suggestions.DidYouMean(id, set.Facts.Select(x => x.Id))));

    /// <summary>A date fact that records something already past (the interview, say) may not lie after the as-of date; compared by calendar day in UTC.</summary>
    public static InputError? CheckNotAfter(FactDefinition fact, FactValue value, DateTimeOffset asOf, string path)
    {
        if (fact.Kind != FactKind.Date || fact.AllowFuture || value.Date.UtcDateTime.Date <= asOf.UtcDateTime.Date)
        {
            return null;
        }

        return new(ObservationErrorCodes.DateAfterAsOf, path, ObservationMessages.FactAfterDateRecordsSomethingAlready(fact.Id, Day(value.Date), Day(asOf)));
    }

    private static string Day(DateTimeOffset d) => d.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

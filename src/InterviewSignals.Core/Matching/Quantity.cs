using System.Collections.Generic;
using InterviewSignals.Cues;

namespace InterviewSignals.Matching;

/// <summary>
/// A quantity the words starting at one token express: where it ends and its value. For <see cref="SlotKind.Duration"/>
/// the value is in minutes; for <see cref="SlotKind.Count"/> it is the number; for <see cref="SlotKind.When"/> it is a
/// day offset from the as-of date (negative in the past) unless <see cref="Weekday"/> names a day of the week, which
/// <see cref="Direction"/> places before (-1) or after (+1) the as-of date, or leaves to the fact (0).
/// </summary>
/// <param name="Last">The last token of the quantity, or -1 when there is none.</param>
/// <param name="Value">The value.</param>
/// <param name="Weekday">The day of the week (0 is Sunday), or -1.</param>
/// <param name="Direction">Where a weekday lies from the as-of date: -1 before, +1 after, 0 not said.</param>
internal readonly record struct Quantity(int Last, double Value, int Weekday = -1, int Direction = 0)
{
    public static readonly Quantity None = new(-1, 0);

    public bool Exists => Last >= 0;
}

/// <summary>
/// The quantities found in one tokenized text, by the token they start at. Few words of a text start a quantity, so
/// they are kept as a short list in token order and found by binary search.
/// </summary>
internal sealed class QuantitySpans
{
    private readonly List<(int Token, SlotKind Kind, Quantity Quantity)> _found = new();
    private readonly byte[] _kinds;

    public QuantitySpans(int tokenCount) => _kinds = new byte[tokenCount];

    /// <summary>Whether any quantity of the kind starts at the token: one array read, for the matcher's every token.</summary>
    public bool Starts(SlotKind kind, int token) => (_kinds[token] & (1 << (int)kind)) != 0;

    public Quantity At(SlotKind kind, int token)
    {
        if (!Starts(kind, token))
        {
            return Quantity.None;
        }

        int lo = 0, hi = _found.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_found[mid].Token < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < _found.Count && _found[i].Token == token; i++)
        {
            if (_found[i].Kind == kind)
            {
                return _found[i].Quantity;
            }
        }

        return Quantity.None;
    }

    /// <summary>Records a quantity; tokens must be given in order.</summary>
    public void Set(SlotKind kind, int token, Quantity quantity)
    {
        if (quantity.Exists)
        {
            _found.Add((token, kind, quantity));
            _kinds[token] |= (byte)(1 << (int)kind);
        }
    }
}

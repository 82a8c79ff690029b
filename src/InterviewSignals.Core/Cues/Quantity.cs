namespace InterviewSignals.Cues;

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

/// <summary>The quantities found in one tokenized text, by the token they start at.</summary>
internal sealed class QuantitySpans
{
    private readonly Quantity[][] _byKind;

    public QuantitySpans(int tokenCount)
    {
        _byKind = new Quantity[3][];
        for (var k = 0; k < _byKind.Length; k++)
        {
            _byKind[k] = new Quantity[tokenCount];
            for (var i = 0; i < tokenCount; i++)
            {
                _byKind[k][i] = Quantity.None;
            }
        }
    }

    public Quantity At(SlotKind kind, int token) => _byKind[(int)kind][token];

    public void Set(SlotKind kind, int token, Quantity quantity) => _byKind[(int)kind][token] = quantity;
}

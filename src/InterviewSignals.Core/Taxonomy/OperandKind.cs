namespace InterviewSignals.Taxonomy;

/// <summary>What an operand of a condition reads.</summary>
public enum OperandKind
{
    /// <summary>A literal value.</summary>
    Constant,

    /// <summary>The value of a fact, plus <see cref="Operand.Add"/> for numbers.</summary>
    Fact,

    /// <summary>Whole and fractional days from a date fact to the observation's as-of instant, plus <see cref="Operand.Add"/>.</summary>
    DaysSince,
}

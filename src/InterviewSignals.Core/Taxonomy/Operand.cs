using System.Globalization;

namespace InterviewSignals.Taxonomy;

/// <summary>One side of a comparison or an end of a ramp: a literal, a fact, or the days elapsed since a date fact.</summary>
public sealed record Operand
{
    private Operand(OperandKind kind, string? fact, FactValue value, double add)
    {
        Kind = kind;
        Fact = fact;
        Value = value;
        Add = add;
    }

    /// <summary>Gets what the operand reads.</summary>
    public OperandKind Kind { get; }

    /// <summary>Gets the fact id, or <see langword="null"/> for a constant.</summary>
    public string? Fact { get; }

    /// <summary>Gets the literal value of a constant.</summary>
    public FactValue Value { get; }

    /// <summary>Gets a number added to a numeric fact or to elapsed days.</summary>
    /// <value>0 by default.</value>
    public double Add { get; }

    /// <summary>Creates a numeric constant.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The operand.</returns>
    public static Operand Constant(double value) => new(OperandKind.Constant, null, FactValue.FromNumber(value), 0);

    /// <summary>Creates a constant of any kind.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The operand.</returns>
    public static Operand Constant(FactValue value) => new(OperandKind.Constant, null, value, 0);

    /// <summary>Creates an operand that reads a fact.</summary>
    /// <param name="factId">The fact id.</param>
    /// <param name="add">A number added to a numeric fact.</param>
    /// <returns>The operand.</returns>
    public static Operand OfFact(string factId, double add = 0) => new(OperandKind.Fact, Internal.Guard.NotNullOrWhiteSpace(factId), default, add);

    /// <summary>Creates an operand that reads the days elapsed since a date fact, as of the observation.</summary>
    /// <param name="dateFactId">The id of a date fact.</param>
    /// <param name="add">A number of days added.</param>
    /// <returns>The operand.</returns>
    public static Operand DaysSince(string dateFactId, double add = 0) => new(OperandKind.DaysSince, Internal.Guard.NotNullOrWhiteSpace(dateFactId), default, add);

    /// <summary>Returns a compact, invariant description such as <c>daysSince(interview-date)+7</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var add = Add == 0 ? string.Empty : (Add > 0 ? "+" : string.Empty) + Add.ToString("R", CultureInfo.InvariantCulture);
        return Kind switch
        {
            OperandKind.Constant => Value.ToString(),
            OperandKind.Fact => Fact + add,
            _ => "daysSince(" + Fact + ")" + add,
        };
    }
}

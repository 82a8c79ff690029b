using System;
using System.Globalization;

namespace InterviewSignals.Taxonomy;

/// <summary>A typed fact value: a number, a boolean, a choice or a date.</summary>
public readonly struct FactValue : IEquatable<FactValue>
{
    private readonly double _number;
    private readonly string? _text;
    private readonly DateTimeOffset _date;

    private FactValue(FactKind kind, double number, string? text, DateTimeOffset date)
    {
        Kind = kind;
        _number = number;
        _text = text;
        _date = date;
    }

    /// <summary>Gets the kind of value.</summary>
    public FactKind Kind { get; }

    /// <summary>Gets the number; for a boolean, 1 or 0.</summary>
    /// <exception cref="InvalidOperationException">The value is a choice or a date.</exception>
    public double Number => Kind is FactKind.Number or FactKind.Boolean
        ? _number
        : throw new InvalidOperationException(TaxonomyMessages.FactValueNoNumber(Kind));

    /// <summary>Gets the boolean.</summary>
    /// <exception cref="InvalidOperationException">The value is not a boolean.</exception>
    public bool Boolean => Kind == FactKind.Boolean
        ? _number != 0
        : throw new InvalidOperationException(TaxonomyMessages.FactValueNoBoolean(Kind));

    /// <summary>Gets the choice.</summary>
    /// <exception cref="InvalidOperationException">The value is not a choice.</exception>
    public string Choice => Kind == FactKind.Choice
        ? _text!
        : throw new InvalidOperationException(TaxonomyMessages.FactValueNoChoice(Kind));

    /// <summary>Gets the date.</summary>
    /// <exception cref="InvalidOperationException">The value is not a date.</exception>
    public DateTimeOffset Date => Kind == FactKind.Date
        ? _date
        : throw new InvalidOperationException(TaxonomyMessages.FactValueNoDate(Kind));

    /// <summary>Creates a number.</summary>
    /// <param name="value">A finite number.</param>
    /// <returns>The fact value.</returns>
    public static FactValue FromNumber(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A fact number must be finite.");
        }

        return new FactValue(FactKind.Number, value, null, default);
    }

    /// <summary>Creates a boolean.</summary>
    /// <param name="value">The boolean.</param>
    /// <returns>The fact value.</returns>
    public static FactValue FromBoolean(bool value) => new(FactKind.Boolean, value ? 1 : 0, null, default);

    /// <summary>Creates a choice.</summary>
    /// <param name="value">One of the fact's declared choices.</param>
    /// <returns>The fact value.</returns>
    public static FactValue FromChoice(string value) => new(FactKind.Choice, 0, Internal.Guard.NotNull(value), default);

    /// <summary>Creates a date.</summary>
    /// <param name="value">The instant.</param>
    /// <returns>The fact value.</returns>
    public static FactValue FromDate(DateTimeOffset value) => new(FactKind.Date, 0, null, value);

    /// <inheritdoc/>
    public bool Equals(FactValue other) => Kind == other.Kind && Kind switch
    {
        FactKind.Choice => string.Equals(_text, other._text, StringComparison.Ordinal),
        FactKind.Date => _date == other._date,
        _ => _number.Equals(other._number),
    };

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FactValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Kind switch
    {
        FactKind.Choice => StringComparer.Ordinal.GetHashCode(_text!),
        FactKind.Date => _date.GetHashCode(),
        _ => _number.GetHashCode(),
    };

    /// <summary>Formats the value invariantly: numbers round-trip, booleans as <c>true</c>/<c>false</c>, dates as ISO 8601.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => Kind switch
    {
        FactKind.Number => _number.ToString("R", CultureInfo.InvariantCulture),
        FactKind.Boolean => _number != 0 ? "true" : "false",
        FactKind.Choice => _text!,
        _ => _date.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture),
    };

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(FactValue left, FactValue right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FactValue left, FactValue right) => !left.Equals(right);
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace InterviewSignals.Evaluation;

/// <summary>One problem with an observation: a stable code, the answer or fact it concerns, and what was expected.</summary>
/// <param name="Code">A code from <see cref="ObservationErrorCodes"/>.</param>
/// <param name="Path">Where: <c>signals.ID</c>, <c>facts.ID</c> or a JSON path.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record ObservationError(string Code, string Path, string Message)
{
    /// <summary>Returns <c>code: message (path)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code + ": " + Message + " (" + Path + ")";
}

/// <summary>The stable codes of <see cref="ObservationError"/>.</summary>
public static class ObservationErrorCodes
{
    /// <summary>An answer names a signal the set does not declare.</summary>
    public const string UnknownSignal = "unknown-signal";

    /// <summary>A value names a fact the set does not declare.</summary>
    public const string UnknownFact = "unknown-fact";

    /// <summary>A fact value has a different kind from the one the set declares.</summary>
    public const string WrongFactKind = "wrong-fact-kind";

    /// <summary>A number lies outside the fact's bounds, or a strength outside 0..1.</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>A choice is not one the fact declares.</summary>
    public const string UnknownChoice = "unknown-choice";

    /// <summary>The observation's JSON is malformed or has the wrong shape.</summary>
    public const string InvalidJson = "invalid-json";
}

/// <summary>Thrown when an observation does not fit its signal set. Lists every problem; nothing is weighed.</summary>
public sealed class ObservationException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ObservationException"/> class.</summary>
    /// <param name="errors">The problems; at least one.</param>
    public ObservationException(IEnumerable<ObservationError> errors)
        : this(Internal.Guard.NotNull(errors).ToArray())
    {
    }

    private ObservationException(ObservationError[] errors)
        : base(Format(errors))
    {
        Errors = Array.AsReadOnly(errors);
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<ObservationError> Errors { get; }

    private static string Format(ObservationError[] errors)
    {
        if (errors.Length == 0)
        {
            throw new ArgumentException("At least one error is required.", nameof(errors));
        }

        var sb = new StringBuilder("The observation does not fit the signal set (")
            .Append(errors.Length.ToString(CultureInfo.InvariantCulture))
            .Append(errors.Length == 1 ? " problem):" : " problems):");
        foreach (var e in errors)
        {
            sb.Append("\n  ").Append(e);
        }

        return sb.ToString();
    }
}

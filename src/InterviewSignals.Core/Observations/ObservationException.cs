using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Observations;

/// <summary>Thrown when an observation does not fit its signal set. Lists every problem; nothing is weighed.</summary>
public sealed class ObservationException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ObservationException"/> class.</summary>
    /// <param name="errors">The problems; at least one.</param>
    public ObservationException(IEnumerable<InputError> errors)
        : this(Internal.Guard.NotNull(errors).ToArray())
    {
    }

    private ObservationException(InputError[] errors)
        : base(Format(errors))
    {
        Errors = Array.AsReadOnly(errors);
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    private static string Format(InputError[] errors)
    {
        if (errors.Length == 0)
        {
            throw new ArgumentException(ObservationMessages.AtLeastOneErrorRequired(), nameof(errors));
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

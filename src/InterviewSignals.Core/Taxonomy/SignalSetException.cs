using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace InterviewSignals.Taxonomy;

/// <summary>Thrown when a signal set cannot be built or loaded. Lists every problem found, not just the first.</summary>
public sealed class SignalSetException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="SignalSetException"/> class.</summary>
    /// <param name="errors">The problems; at least one.</param>
    public SignalSetException(IEnumerable<InputError> errors)
        : this(Internal.Guard.NotNull(errors).ToArray())
    {
    }

    private SignalSetException(InputError[] errors)
        : base(Format(errors))
    {
        if (errors.Length == 0)
        {
            throw new ArgumentException(TaxonomyMessages.AtLeastOneErrorRequired(), nameof(errors));
        }

        Errors = Array.AsReadOnly(errors);
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    private static string Format(InputError[] errors)
    {
        var sb = new StringBuilder();
        sb.Append("The signal set is not valid (")
          .Append(errors.Length.ToString(CultureInfo.InvariantCulture))
          .Append(errors.Length == 1 ? " problem):" : " problems):");
        foreach (var e in errors)
        {
            sb.Append('\n').Append("  ").Append(e);
        }

        return sb.ToString();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Serialization;

/// <summary>Thrown when JSON read back as a result (an assessment, an explanation, a reading, a report) is not one; the message says where and what was expected.</summary>
public sealed class ResultJsonException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="ResultJsonException"/> class.</summary>
    /// <param name="errors">What is wrong; at least one.</param>
    public ResultJsonException(IEnumerable<InputError> errors)
        : this(Internal.Guard.NotNull(errors).ToArray())
    {
    }

    private ResultJsonException(InputError[] errors)
        : base(errors.Length == 0 ? throw new ArgumentException(SerializationMessages.AtLeastOneErrorRequired(), nameof(errors)) : errors[0].Message)
    {
        Errors = Array.AsReadOnly(errors);
    }

    /// <summary>Gets what is wrong, each with its code, path, line and column.</summary>
    public IReadOnlyList<InputError> Errors { get; }
}

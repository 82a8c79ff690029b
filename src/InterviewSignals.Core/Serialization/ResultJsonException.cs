using System;

namespace InterviewSignals.Serialization;

/// <summary>Thrown when JSON read back as an assessment or an explanation is not one; the message says where and what was expected.</summary>
public sealed class ResultJsonException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="ResultJsonException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    public ResultJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResultJsonException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The parser's error.</param>
    public ResultJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

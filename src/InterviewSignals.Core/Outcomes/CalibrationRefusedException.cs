using System;

namespace InterviewSignals.Outcomes;

/// <summary>A recalibration was refused, with the reason: too few cases, too few of one outcome, or a fit that would turn the outlook round or cannot be made.</summary>
public sealed class CalibrationRefusedException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="CalibrationRefusedException"/> class.</summary>
    /// <param name="code">The stable reason code.</param>
    /// <param name="message">What is wrong and what to do.</param>
    public CalibrationRefusedException(string code, string message)
        : base(message)
        => Code = code;

    /// <summary>Gets the stable reason code: <c>too-few-cases</c>, <c>too-few-of-an-outcome</c>, <c>slope-not-positive</c> or <c>cannot-fit</c>.</summary>
    public string Code { get; }
}

using System;

namespace InterviewSignals.Outcomes;

/// <summary>Fitting weights to outcomes was refused, with the reason: too few cases, too few of one outcome, a set that keeps items keyed to protected characteristics, or a fit that does not settle.</summary>
public sealed class FitRefusedException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="FitRefusedException"/> class.</summary>
    /// <param name="code">The stable reason code.</param>
    /// <param name="message">What is wrong and what to do.</param>
    public FitRefusedException(string code, string message)
        : base(message)
        => Code = code;

    /// <summary>Gets the stable reason code: <c>too-few-cases</c>, <c>too-few-of-an-outcome</c>, <c>protected-characteristic</c> or <c>cannot-fit</c>.</summary>
    public string Code { get; }
}

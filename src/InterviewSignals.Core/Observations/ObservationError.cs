namespace InterviewSignals.Observations;

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

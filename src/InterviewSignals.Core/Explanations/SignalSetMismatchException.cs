using System;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Explanations;

/// <summary>
/// Thrown when an assessment is explained with a set other than the one that made it. Another version, or the same
/// version with other content, would give other reasons and weights, so the library refuses rather than re-explain silently.
/// </summary>
public sealed class SignalSetMismatchException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="SignalSetMismatchException"/> class.</summary>
    /// <param name="expected">The set the assessment names.</param>
    /// <param name="actual">The set that was offered, or <see langword="null"/> when none with the id was found.</param>
    public SignalSetMismatchException(SignalSetReference expected, SignalSetReference? actual)
        : base(Format(Internal.Guard.NotNull(expected), actual))
    {
        Expected = expected;
        Actual = actual;
    }

    /// <summary>Gets the set the assessment was made with.</summary>
    public SignalSetReference Expected { get; }

    /// <summary>Gets the set that was offered, or <see langword="null"/> when none with the id was found.</summary>
    public SignalSetReference? Actual { get; }

    private static string Format(SignalSetReference expected, SignalSetReference? actual)
        => actual is null
            ? $"The assessment was made with {expected.Id}@{expected.Version} ({expected.ContentHash}), and no set with that hash is available. Register or load that exact set to explain it."
            : $"The assessment was made with {expected.Id}@{expected.Version} ({expected.ContentHash}), but the set given is {actual.Id}@{actual.Version} ({actual.ContentHash}). Explain an assessment with the exact set that made it; another set would give other reasons and weights.";
}

using System;

namespace InterviewSignals.Taxonomy;

/// <summary>
/// Thrown wherever an assessment, an observation or a text reading meets a set other than the one it was made with:
/// explaining, weighing, planning, merging, checking against outcomes. Another version, or the same version with other
/// content, would give other reasons and weights, so the library refuses (by content hash) rather than go on silently.
/// </summary>
public sealed class SignalSetMismatchException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="SignalSetMismatchException"/> class for an assessment.</summary>
    /// <param name="expected">The set the assessment names.</param>
    /// <param name="actual">The set that was offered, or <see langword="null"/> when none with the id was found.</param>
    public SignalSetMismatchException(SignalSetReference expected, SignalSetReference? actual)
        : this(MadeWith.Assessment, expected, actual)
    {
    }

    internal SignalSetMismatchException(MadeWith what, SignalSetReference expected, SignalSetReference? actual)
        : base(Format(what, Internal.Guard.NotNull(expected), actual))
    {
        Expected = expected;
        Actual = actual;
    }

    /// <summary>What a result or an input was made with, for the exception's wording.</summary>
    internal enum MadeWith
    {
        Assessment,
        Observation,
        Reading,
    }

    /// <summary>Gets the set the assessment, observation or reading was made with.</summary>
    public SignalSetReference Expected { get; }

    /// <summary>Gets the set that was offered, or <see langword="null"/> when none with the id was found.</summary>
    public SignalSetReference? Actual { get; }

    /// <summary>Refuses <paramref name="actual"/> unless it is the set <paramref name="madeWith"/> names (by content hash); nothing to check when it names none.</summary>
    internal static void ThrowIfOther(MadeWith what, SignalSetReference? madeWith, SignalSetReference actual)
    {
        if (madeWith is not null && !string.Equals(madeWith.ContentHash, actual.ContentHash, StringComparison.Ordinal))
        {
            throw new SignalSetMismatchException(what, madeWith, actual);
        }
    }

    private static string Format(MadeWith what, SignalSetReference expected, SignalSetReference? actual)
        => actual is null
            ? TaxonomyMessages.SetMismatchNoneFound(Subject(what), Describe(expected))
            : TaxonomyMessages.SetMismatch(Subject(what), Describe(expected), Describe(actual));

    private static string Subject(MadeWith what) => what switch
    {
        MadeWith.Observation => "observation",
        MadeWith.Reading => "text reading",
        _ => "assessment",
    };

    private static string Describe(SignalSetReference r) => $"{r.Id}@{r.Version} ({r.ContentHash})";
}

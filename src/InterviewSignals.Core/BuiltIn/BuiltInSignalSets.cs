using System;
using System.Collections.Generic;
using System.IO;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.BuiltIn;

/// <summary>The signal sets embedded in the package, loaded once on first use.</summary>
public static class BuiltInSignalSets
{
    /// <summary>The id of the set that weighs how an interview went.</summary>
    public const string InterviewOutlookId = EmbeddedSignalSets.InterviewOutlookId;

    /// <summary>The id of the set that ranks likely reasons after a rejection.</summary>
    public const string RejectionReviewId = EmbeddedSignalSets.RejectionReviewId;

    /// <summary>Gets the ids of the built-in sets.</summary>
    /// <value><c>interview-outlook</c> and <c>rejection-review</c>.</value>
    public static IReadOnlyList<string> Ids => EmbeddedSignalSets.Ids;

    /// <summary>Gets the set that weighs how an interview went, from every sign in its source articles.</summary>
    /// <value>The built-in <c>interview-outlook</c> set.</value>
    public static SignalSet InterviewOutlook => EmbeddedSignalSets.InterviewOutlook;

    /// <summary>Gets the set that ranks the likely reasons for a rejection after an interview that seemed to go well.</summary>
    /// <value>The built-in <c>rejection-review</c> set.</value>
    public static SignalSet RejectionReview => EmbeddedSignalSets.RejectionReview;

    /// <summary>Gets every built-in set.</summary>
    /// <value>Both built-in sets.</value>
    public static IReadOnlyList<SignalSet> All => new[] { InterviewOutlook, RejectionReview };

    /// <summary>Finds a built-in set by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The set, or <see langword="null"/>.</returns>
    public static SignalSet? Find(string id) => EmbeddedSignalSets.Find(Internal.Guard.NotNull(id));

    /// <summary>Opens the embedded JSON of a built-in set.</summary>
    /// <param name="id">The id.</param>
    /// <returns>A stream the caller disposes.</returns>
    /// <exception cref="ArgumentException">No built-in set has the id.</exception>
    public static Stream OpenJson(string id)
        => EmbeddedSignalSets.Open(Internal.Guard.NotNull(id))
           ?? throw new ArgumentException($"There is no built-in signal set '{id}'; the built-in sets are: {string.Join(", ", Ids)}.", nameof(id));
}

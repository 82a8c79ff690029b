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
    public const string InterviewOutlookId = "interview-outlook";

    /// <summary>The id of the set that ranks likely reasons after a rejection.</summary>
    public const string RejectionReviewId = "rejection-review";

    private static readonly Lazy<SignalSet> Outlook = new(() => Load(InterviewOutlookId));
    private static readonly Lazy<SignalSet> Rejection = new(() => Load(RejectionReviewId));
    private static readonly Lazy<SignalSetJsonOptions> Options = new(() => new SignalSetJsonOptions { ResolveExtends = Find });

    /// <summary>Gets the ids of the built-in sets.</summary>
    /// <value><c>interview-outlook</c> and <c>rejection-review</c>.</value>
    public static IReadOnlyList<string> Ids { get; } = Array.AsReadOnly(new[] { InterviewOutlookId, RejectionReviewId });

    /// <summary>Gets the set that weighs how an interview went, from every sign in its source articles.</summary>
    /// <value>The built-in <c>interview-outlook</c> set.</value>
    public static SignalSet InterviewOutlook => Outlook.Value;

    /// <summary>Gets the set that ranks the likely reasons for a rejection after an interview that seemed to go well.</summary>
    /// <value>The built-in <c>rejection-review</c> set.</value>
    public static SignalSet RejectionReview => Rejection.Value;

    /// <summary>Gets every built-in set.</summary>
    /// <value>Both built-in sets.</value>
    public static IReadOnlyList<SignalSet> All => new[] { InterviewOutlook, RejectionReview };

    /// <summary>
    /// Gets JSON options whose <c>extends</c> resolver finds the built-in sets, for documents such as
    /// <c>{"extends": "interview-outlook", …}</c>: <c>SignalSetJson.Parse(json, BuiltInSignalSets.JsonOptions)</c>.
    /// Combine with limits or waivers through <c>with</c>.
    /// </summary>
    /// <value>Default limits, no waivers, <see cref="Find"/> as the resolver.</value>
    public static SignalSetJsonOptions JsonOptions => Options.Value;

    /// <summary>Finds a built-in set by id; usable as an <c>extends</c> resolver (<see cref="SignalSetJsonOptions.ResolveExtends"/>).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The set, or <see langword="null"/>.</returns>
    public static SignalSet? Find(string id) => Internal.Guard.NotNull(id) switch
    {
        InterviewOutlookId => InterviewOutlook,
        RejectionReviewId => RejectionReview,
        _ => null,
    };

    /// <summary>Gets a built-in set by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException">No built-in set has the id; the message lists the ids there are, and the closest one.</exception>
    public static SignalSet Get(string id) => Find(id) ?? throw Unknown(id);

    /// <summary>Opens the embedded JSON of a built-in set.</summary>
    /// <param name="id">The id.</param>
    /// <returns>A stream the caller disposes.</returns>
    /// <exception cref="ArgumentException">No built-in set has the id.</exception>
    public static Stream OpenJson(string id)
        => Array.IndexOf((string[])[InterviewOutlookId, RejectionReviewId], Internal.Guard.NotNull(id)) < 0
            ? throw Unknown(id)
            : typeof(BuiltInSignalSets).Assembly.GetManifestResourceStream("InterviewSignals.BuiltIn.Sets." + id + ".json")
              ?? throw new InvalidOperationException(BuiltInMessages.EmbeddedResourceForMissing(id));

    private static ArgumentException Unknown(string id)
        => new(BuiltInMessages.NoSuchBuiltInSet(id, string.Join(", ", Ids)) + Internal.Suggestions.DidYouMean(id, Ids), nameof(id));

    private static SignalSet Load(string id)
    {
        using var stream = OpenJson(id);
        return SignalSetJson.Load(stream, sourceName: id + ".json");
    }
}

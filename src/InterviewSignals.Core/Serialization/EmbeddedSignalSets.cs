using System;
using System.Collections.Generic;
using System.IO;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Serialization;

/// <summary>
/// The sets embedded in the assembly, loaded once on first use. It lives beside the reader so that <c>extends</c> can
/// name a built-in set without the reader knowing the public <c>BuiltInSignalSets</c> facade, which sits further out.
/// </summary>
internal static class EmbeddedSignalSets
{
    public const string InterviewOutlookId = "interview-outlook";
    public const string RejectionReviewId = "rejection-review";

    private static readonly Lazy<SignalSet> Outlook = new(() => Load(InterviewOutlookId));
    private static readonly Lazy<SignalSet> Rejection = new(() => Load(RejectionReviewId));

    public static IReadOnlyList<string> Ids { get; } = Array.AsReadOnly(new[] { InterviewOutlookId, RejectionReviewId });

    public static SignalSet InterviewOutlook => Outlook.Value;

    public static SignalSet RejectionReview => Rejection.Value;

    public static SignalSet? Find(string id) => id switch
    {
        InterviewOutlookId => InterviewOutlook,
        RejectionReviewId => RejectionReview,
        _ => null,
    };

    public static Stream? Open(string id)
        => Array.IndexOf((string[])[InterviewOutlookId, RejectionReviewId], id) < 0
            ? null
            : typeof(EmbeddedSignalSets).Assembly.GetManifestResourceStream("InterviewSignals.BuiltIn.Sets." + id + ".json")
              ?? throw new InvalidOperationException($"The embedded resource for '{id}' is missing from the assembly.");

    private static SignalSet Load(string id)
    {
        using var stream = Open(id)!;
        return SignalSetJson.Load(stream, sourceName: id + ".json");
    }
}

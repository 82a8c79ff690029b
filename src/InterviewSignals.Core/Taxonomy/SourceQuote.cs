namespace InterviewSignals.Taxonomy;

/// <summary>Where a signal or modifier comes from: a document of the set and a sentence copied verbatim from it.</summary>
/// <param name="Document">The id of a document declared in <see cref="SignalSet.Documents"/>.</param>
/// <param name="Quote">The sentence, copied verbatim from the document.</param>
public sealed record SourceQuote(string Document, string Quote);

/// <summary>A document a signal set cites.</summary>
/// <param name="Id">A stable kebab-case id used by <see cref="SourceQuote.Document"/>.</param>
/// <param name="Title">The document's title.</param>
public sealed record SourceDocument(string Id, string Title);

/// <summary>A category that groups signals; modifiers may target a category as a whole.</summary>
/// <param name="Id">A stable kebab-case id.</param>
/// <param name="Title">A short, human-readable name.</param>
public sealed record CategoryDefinition(string Id, string Title);

/// <summary>The weights of a signal in log-odds points, one per observed state.</summary>
/// <param name="Present">Added to the score when the sign was observed (scaled by strength).</param>
/// <param name="Absent">Added to the score when the sign was looked for and not observed.</param>
public sealed record SignalWeights(double Present, double Absent)
{
    /// <summary>Gets the weight for a state; <see cref="SignalState.Unknown"/> weighs nothing.</summary>
    /// <param name="state">The observed state.</param>
    /// <returns>The weight in log-odds points.</returns>
    public double For(SignalState state) => state switch
    {
        SignalState.Present => Present,
        SignalState.Absent => Absent,
        _ => 0d,
    };

    /// <summary>Gets the largest magnitude of the two weights: how much the signal can move a score.</summary>
    /// <value>The larger of |Present| and |Absent|.</value>
    public double Reach => System.Math.Max(System.Math.Abs(Present), System.Math.Abs(Absent));
}

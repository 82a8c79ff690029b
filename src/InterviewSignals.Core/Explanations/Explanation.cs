using System.Collections.Generic;
using System.Text.Json.Serialization;
using InterviewSignals.Evaluation;
using InterviewSignals.Internal;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Explanations;

/// <summary>An assessment put into words: a headline, ranked reasons, caveats, advice, what to find out next and a disclaimer.</summary>
public sealed record Explanation
{
    private readonly IReadOnlyList<ExplanationReason> _for = ValueList<ExplanationReason>.Empty;
    private readonly IReadOnlyList<ExplanationReason> _against = ValueList<ExplanationReason>.Empty;
    private readonly IReadOnlyList<ExplanationItem> _caveats = ValueList<ExplanationItem>.Empty;
    private readonly IReadOnlyList<ExplanationItem> _advice = ValueList<ExplanationItem>.Empty;
    private readonly IReadOnlyList<ExplanationItem> _findOutNext = ValueList<ExplanationItem>.Empty;
    private readonly IReadOnlyList<ExplanationItem> _notAboutYou = ValueList<ExplanationItem>.Empty;
    private readonly IReadOnlyList<ExplanationItem> _disclaimers = ValueList<ExplanationItem>.Empty;
    private readonly IReadOnlyDictionary<string, string> _headings = ValueMap.Empty;

    /// <summary>Results are built by the library; a host reads them.</summary>
    [JsonConstructor]
    internal Explanation()
    {
    }

    /// <summary>Gets the language tag the texts are in: the catalogue's language that answered the request (<c>es</c> for a request for <c>es-MX</c>; <c>en</c> when the catalogue lacks the language asked for).</summary>
    [JsonInclude]
    [JsonRequired]
    public string Language { get; internal init; } = null!;

    /// <summary>Gets the set that weighed the observation.</summary>
    [JsonInclude]
    [JsonRequired]
    public SignalSetReference SignalSet { get; internal init; } = null!;

    /// <summary>Gets the band.</summary>
    [JsonInclude]
    [JsonRequired]
    public OutlookBand Band { get; internal init; }

    /// <summary>Gets the outlook index (not the probability of an offer).</summary>
    [JsonInclude]
    [JsonRequired]
    public double Outlook { get; internal init; }

    /// <summary>Gets the headline.</summary>
    [JsonInclude]
    [JsonRequired]
    public ExplanationItem Headline { get; internal init; } = null!;

    /// <summary>Gets the confidence line.</summary>
    [JsonInclude]
    [JsonRequired]
    public ExplanationItem Confidence { get; internal init; } = null!;

    /// <summary>Gets at most four reasons for, largest contribution first.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<ExplanationReason> ReasonsFor { get => _for; internal init => _for = Values.List(value); }

    /// <summary>Gets at most four reasons against, largest contribution first.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<ExplanationReason> ReasonsAgainst { get => _against; internal init => _against = Values.List(value); }

    /// <summary>Gets caveats: those of the modifiers that applied, then the standing ones.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<ExplanationItem> Caveats { get => _caveats; internal init => _caveats = Values.List(value); }

    /// <summary>Gets advice the candidate can still act on.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<ExplanationItem> Advice { get => _advice; internal init => _advice = Values.List(value); }

    /// <summary>Gets the questions worth finding out, most informative first.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<ExplanationItem> FindOutNext { get => _findOutNext; internal init => _findOutNext = Values.List(value); }

    /// <summary>Gets the factors that were never about the candidate.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<ExplanationItem> NotAboutYou { get => _notAboutYou; internal init => _notAboutYou = Values.List(value); }

    /// <summary>Gets the line saying when the result changes on its own, or <see langword="null"/>.</summary>
    [JsonInclude]
    public ExplanationItem? Recheck { get; internal init; }

    /// <summary>Gets the disclaimers: always that the result is an index; for employer use, that a person must review it.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<ExplanationItem> Disclaimers { get => _disclaimers; internal init => _disclaimers = Values.List(value); }

    /// <summary>Gets the section headings in the explanation's language, keyed by section: <c>reasonsFor</c>, <c>reasonsAgainst</c>, <c>caveats</c>, <c>advice</c>, <c>findOutNext</c>, <c>notAboutYou</c>, <c>about</c>.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyDictionary<string, string> Headings { get => _headings; internal init => _headings = Values.Map(value); }
}

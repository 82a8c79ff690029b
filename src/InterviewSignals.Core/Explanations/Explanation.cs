using System.Collections.Generic;
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

    /// <summary>Gets the language tag the texts are in: the catalogue's language that answered the request (<c>es</c> for a request for <c>es-MX</c>; <c>en</c> when the catalogue lacks the language asked for).</summary>
    public required string Language { get; init; }

    /// <summary>Gets the set that weighed the observation.</summary>
    public required SignalSetReference SignalSet { get; init; }

    /// <summary>Gets the band.</summary>
    public required OutlookBand Band { get; init; }

    /// <summary>Gets the outlook index (not the probability of an offer).</summary>
    public required double Outlook { get; init; }

    /// <summary>Gets the headline.</summary>
    public required ExplanationItem Headline { get; init; }

    /// <summary>Gets the confidence line.</summary>
    public required ExplanationItem Confidence { get; init; }

    /// <summary>Gets at most four reasons for, largest contribution first.</summary>
    public required IReadOnlyList<ExplanationReason> ReasonsFor { get => _for; init => _for = Values.List(value); }

    /// <summary>Gets at most four reasons against, largest contribution first.</summary>
    public required IReadOnlyList<ExplanationReason> ReasonsAgainst { get => _against; init => _against = Values.List(value); }

    /// <summary>Gets caveats: those of the modifiers that applied, then the standing ones.</summary>
    public required IReadOnlyList<ExplanationItem> Caveats { get => _caveats; init => _caveats = Values.List(value); }

    /// <summary>Gets advice the candidate can still act on.</summary>
    public required IReadOnlyList<ExplanationItem> Advice { get => _advice; init => _advice = Values.List(value); }

    /// <summary>Gets the questions worth finding out, most informative first.</summary>
    public required IReadOnlyList<ExplanationItem> FindOutNext { get => _findOutNext; init => _findOutNext = Values.List(value); }

    /// <summary>Gets the factors that were never about the candidate.</summary>
    public required IReadOnlyList<ExplanationItem> NotAboutYou { get => _notAboutYou; init => _notAboutYou = Values.List(value); }

    /// <summary>Gets the line saying when the result changes on its own, or <see langword="null"/>.</summary>
    public ExplanationItem? Recheck { get; init; }

    /// <summary>Gets the disclaimers: always that the result is an index; for employer use, that a person must review it.</summary>
    public required IReadOnlyList<ExplanationItem> Disclaimers { get => _disclaimers; init => _disclaimers = Values.List(value); }

    /// <summary>Gets the section headings in the explanation's language, keyed by section: <c>reasonsFor</c>, <c>reasonsAgainst</c>, <c>caveats</c>, <c>advice</c>, <c>findOutNext</c>, <c>notAboutYou</c>, <c>about</c>.</summary>
    public required IReadOnlyDictionary<string, string> Headings { get => _headings; init => _headings = Values.Map(value); }
}

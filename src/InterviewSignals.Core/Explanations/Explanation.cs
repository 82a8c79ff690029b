using System.Collections.Generic;
using InterviewSignals.Evaluation;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Explanations;

/// <summary>One line of an explanation: a stable code, the rendered text and the arguments that filled its template.</summary>
/// <param name="Code">The stable text code, for example <c>signals.interview-outlook.next-steps-explained.absent</c>.</param>
/// <param name="Text">The text in the explanation's culture.</param>
/// <param name="Arguments">The named values that filled the template.</param>
public sealed record ExplanationItem(string Code, string Text, IReadOnlyDictionary<string, string> Arguments);

/// <summary>A reason for or against, with the contribution behind it.</summary>
/// <param name="Code">The stable text code.</param>
/// <param name="Text">The text.</param>
/// <param name="Arguments">The named values that filled the template.</param>
/// <param name="SignalId">The signal.</param>
/// <param name="Value">The contribution in log-odds points.</param>
public sealed record ExplanationReason(string Code, string Text, IReadOnlyDictionary<string, string> Arguments, string SignalId, double Value);

/// <summary>An assessment put into words: a headline, ranked reasons, caveats, advice, what to find out next and a disclaimer.</summary>
public sealed class Explanation
{
    internal Explanation()
    {
    }

    /// <summary>Gets the culture name the texts are in.</summary>
    public required string Culture { get; init; }

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
    public required IReadOnlyList<ExplanationReason> ReasonsFor { get; init; }

    /// <summary>Gets at most four reasons against, largest contribution first.</summary>
    public required IReadOnlyList<ExplanationReason> ReasonsAgainst { get; init; }

    /// <summary>Gets caveats: those of the modifiers that applied, then the standing ones.</summary>
    public required IReadOnlyList<ExplanationItem> Caveats { get; init; }

    /// <summary>Gets advice the candidate can still act on.</summary>
    public required IReadOnlyList<ExplanationItem> Advice { get; init; }

    /// <summary>Gets the questions worth finding out, most informative first.</summary>
    public required IReadOnlyList<ExplanationItem> FindOutNext { get; init; }

    /// <summary>Gets the factors that were never about the candidate.</summary>
    public required IReadOnlyList<ExplanationItem> NotAboutYou { get; init; }

    /// <summary>Gets the line saying when the result changes on its own, or <see langword="null"/>.</summary>
    public ExplanationItem? Recheck { get; init; }

    /// <summary>Gets the disclaimers: always that the result is an index; for employer use, that a person must review it.</summary>
    public required IReadOnlyList<ExplanationItem> Disclaimers { get; init; }

    /// <summary>Gets the section headings in the explanation's culture, keyed by section: <c>reasonsFor</c>, <c>reasonsAgainst</c>, <c>caveats</c>, <c>advice</c>, <c>findOutNext</c>, <c>notAboutYou</c>, <c>about</c>.</summary>
    public required IReadOnlyDictionary<string, string> Headings { get; init; }
}

using System;
using System.Collections.Generic;

namespace InterviewSignals.Taxonomy;

/// <summary>A sign that bears on how an interview went, with its weights, texts and provenance.</summary>
/// <remarks>Instances are immutable values; a <see cref="SignalSet"/> validates them when it is built.</remarks>
public sealed record SignalDefinition
{
    private static readonly IReadOnlyDictionary<string, SignalCues> EmptyCues = new Dictionary<string, SignalCues>(0);

    /// <summary>Gets the stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets a short title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets a longer description of what the sign is.</summary>
    /// <value>Empty by default.</value>
    public string Description { get; init; } = string.Empty;

    /// <summary>Gets the id of the category the signal belongs to.</summary>
    public required string Category { get; init; }

    /// <summary>Gets the weights in log-odds points for each state.</summary>
    public required SignalWeights Weights { get; init; }

    /// <summary>Gets who drives the signal.</summary>
    public SignalDriver Driver { get; init; }

    /// <summary>Gets when the signal can be observed.</summary>
    public InterviewPhase Phase { get; init; }

    /// <summary>Gets a value indicating whether the candidate can still act on the signal after the interview.</summary>
    /// <value><see langword="false"/> by default.</value>
    public bool Actionable { get; init; }

    /// <summary>Gets the candidate-facing yes / no / not sure question, or <see langword="null"/> when rules derive the signal from facts.</summary>
    public string? Question { get; init; }

    /// <summary>
    /// Gets how common the sign is among interviews, as a share from 0 to 1 (exclusive): the prior an adaptive
    /// questionnaire weighs the questions by. <see langword="null"/> means unknown, and <see cref="DefaultPrevalence"/>
    /// is assumed.
    /// </summary>
    public double? Prevalence { get; init; }

    /// <summary>Gets the prevalence assumed for a signal that does not declare one: as likely present as not.</summary>
    public static double DefaultPrevalence => 0.5;

    /// <summary>Gets the explanation shown when the sign was observed.</summary>
    public string? PresentText { get; init; }

    /// <summary>Gets the explanation shown when the sign was looked for and not observed.</summary>
    public string? AbsentText { get; init; }

    /// <summary>Gets advice the candidate can act on, per state of the sign, or <see langword="null"/>.</summary>
    public SignalAdvice? Advice { get; init; }

    /// <summary>Gets the cues that show the signal in free text, by language tag (<c>en</c>, <c>es</c>).</summary>
    /// <value>None by default.</value>
    public IReadOnlyDictionary<string, SignalCues> Cues { get; init; } = EmptyCues;

    /// <summary>Gets how strong the evidence behind the weights is.</summary>
    /// <value><see cref="EvidenceGrade.ArticleAdvice"/> by default.</value>
    public EvidenceGrade Evidence { get; init; } = EvidenceGrade.ArticleAdvice;

    /// <summary>Gets where the signal comes from.</summary>
    /// <value>Empty by default; built-in sets cite at least one source per signal.</value>
    public IReadOnlyList<SourceQuote> Sources { get; init; } = Array.Empty<SourceQuote>();

    /// <summary>Gets a value indicating whether the signal is within the candidate's control (driven by the candidate).</summary>
    /// <value><see langword="true"/> when <see cref="Driver"/> is <see cref="SignalDriver.Candidate"/>.</value>
    public bool WithinCandidateControl => Driver == SignalDriver.Candidate;

    /// <summary>Gets the explanation text for a state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The text, or <see langword="null"/> when none is declared.</returns>
    public string? TextFor(SignalState state) => state switch
    {
        SignalState.Present => PresentText,
        SignalState.Absent => AbsentText,
        _ => null,
    };
}

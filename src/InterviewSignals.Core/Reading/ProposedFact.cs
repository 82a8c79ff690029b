using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using InterviewSignals.Internal;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Reading;

/// <summary>A fact value the text shows ("we talked for almost an hour and a half" gives 90 minutes), with the words that show it. A proposal: the host or the person decides.</summary>
public sealed record ProposedFact
{
    private readonly IReadOnlyList<TextEvidence> _evidence = ValueList<TextEvidence>.Empty;

    /// <summary>Results are built by the library; a host reads them.</summary>
    [JsonConstructor]
    internal ProposedFact()
    {
    }

    /// <summary>Gets the fact id.</summary>
    [JsonInclude]
    [JsonRequired]
    public string Id { get; internal init; } = null!;

    /// <summary>Gets the proposed value, in the fact's kind and unit.</summary>
    [JsonInclude]
    [JsonRequired]
    public FactValue Value { get; internal init; }

    /// <summary>
    /// Gets the calendar date the words name, resolved against the as-of date, when they name a point in time: the
    /// promised date of "we will get back to you by Friday", the day of "two weeks ago". <see langword="null"/> otherwise.
    /// </summary>
    [JsonInclude]
    public DateTimeOffset? Date { get; internal init; }

    /// <summary>Gets the words that show it, in the order they appear.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<TextEvidence> Evidence { get => _evidence; internal init => _evidence = Values.List(value); }
}

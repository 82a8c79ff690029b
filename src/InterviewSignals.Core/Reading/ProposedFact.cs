using System;
using System.Collections.Generic;
using InterviewSignals.Internal;
using InterviewSignals.Taxonomy;
using InterviewSignals.Observations;

namespace InterviewSignals.Reading;

/// <summary>A fact value the text shows ("we talked for almost an hour and a half" gives 90 minutes), with the words that show it. A proposal: the host or the person decides.</summary>
public sealed record ProposedFact
{
    private readonly IReadOnlyList<TextEvidence> _evidence = ValueList<TextEvidence>.Empty;

    /// <summary>Gets the fact id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the proposed value, in the fact's kind and unit.</summary>
    public required FactValue Value { get; init; }

    /// <summary>
    /// Gets the calendar date the words name, resolved against the as-of date, when they name a point in time: the
    /// promised date of "we will get back to you by Friday", the day of "two weeks ago". <see langword="null"/> otherwise.
    /// </summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>Gets the words that show it, in the order they appear.</summary>
    public required IReadOnlyList<TextEvidence> Evidence { get => _evidence; init => _evidence = Values.List(value); }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using InterviewSignals.Internal;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Reading;

/// <summary>
/// What a text shows, read with one signal set: proposed signal states with the words that show them, the cues set
/// aside and why, and conflicts left for the person. Plain data: it serialises and reads back equal. It proposes; the
/// host decides, through <see cref="ToObservation"/> or <see cref="MergeInto"/>.
/// </summary>
public sealed record TextReading
{
    private readonly IReadOnlyList<ProposedSignal> _signals = ValueList<ProposedSignal>.Empty;
    private readonly IReadOnlyList<SetAsideCue> _setAside = ValueList<SetAsideCue>.Empty;
    private readonly IReadOnlyList<SignalConflict> _conflicts = ValueList<SignalConflict>.Empty;
    private readonly IReadOnlyList<ProposedFact> _facts = ValueList<ProposedFact>.Empty;
    private readonly IReadOnlyList<FactConflict> _factConflicts = ValueList<FactConflict>.Empty;

    /// <summary>Results are built by the library; a host reads them.</summary>
    [JsonConstructor]
    internal TextReading()
    {
    }

    /// <summary>Gets the set whose cues read the text.</summary>
    [JsonInclude]
    [JsonRequired]
    public SignalSetReference SignalSet { get; internal init; } = null!;

    /// <summary>Gets the language tag the text was read in.</summary>
    [JsonInclude]
    [JsonRequired]
    public string Language { get; internal init; } = null!;

    /// <summary>Gets what the text is.</summary>
    [JsonInclude]
    [JsonRequired]
    public TextKind Kind { get; internal init; }

    /// <summary>Gets the instant the text describes things as of, or <see langword="null"/>.</summary>
    [JsonInclude]
    public DateTimeOffset? AsOf { get; internal init; }

    /// <summary>Gets the proposed signal states, in the set's signal order.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<ProposedSignal> Signals { get => _signals; internal init => _signals = Values.List(value); }

    /// <summary>Gets the proposed fact values, in the set's fact order.</summary>
    [JsonInclude]
    public IReadOnlyList<ProposedFact> Facts { get => _facts; internal init => _facts = Values.List(value); }

    /// <summary>Gets the facts the text gives different values; none of them is proposed.</summary>
    [JsonInclude]
    public IReadOnlyList<FactConflict> FactConflicts { get => _factConflicts; internal init => _factConflicts = Values.List(value); }

    /// <summary>Gets the cues that matched but were set aside (hypothetical, someone else's, advice to the reader).</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<SetAsideCue> SetAside { get => _setAside; internal init => _setAside = Values.List(value); }

    /// <summary>Gets the signals the text shows both ways; none of them is proposed.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<SignalConflict> Conflicts { get => _conflicts; internal init => _conflicts = Values.List(value); }

    /// <summary>
    /// A copy that keeps only the proposals (signals and facts) whose id passes <paramref name="keep"/>, for a host
    /// whose user confirmed some suggestions and dropped others; what was set aside and the conflicts stay as read.
    /// </summary>
    /// <param name="keep">Whether to keep the proposal for a signal or fact id.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keep"/> is <see langword="null"/>.</exception>
    public TextReading Keep(Func<string, bool> keep)
    {
        Guard.NotNull(keep);
        return this with
        {
            Signals = Signals.Where(p => keep(p.Id)).ToList(),
            Facts = Facts.Where(p => keep(p.Id)).ToList(),
        };
    }

    /// <summary>
    /// Turns the proposals into an observation, weighed as of <see cref="AsOf"/> when it is set and made for the
    /// reading's set (<see cref="Observation.SignalSet"/>), so that no other set weighs it.
    /// </summary>
    /// <returns>The observation.</returns>
    public Observation ToObservation() => MergeInto(Observation.CreateBuilder().Build());

    /// <summary>
    /// Adds the proposals to an observation the person gave; the person's own answers win. A proposal keeps its words
    /// (<see cref="Observation.Evidence"/>), so that its contribution says it came from the text, and so does an answer
    /// of the person's that agrees with it (they confirmed what the text said); an answer that differs has none.
    /// </summary>
    /// <param name="explicitAnswers">The observation with the person's answers.</param>
    /// <returns>A new observation, made for the reading's set.</returns>
    /// <exception cref="SignalSetMismatchException"><paramref name="explicitAnswers"/> was made for another set.</exception>
    public Observation MergeInto(Observation explicitAnswers)
    {
        Guard.NotNull(explicitAnswers);
        SignalSetMismatchException.ThrowIfOther(SignalSetMismatchException.MadeWith.Observation, explicitAnswers.SignalSet, SignalSet);
        var builder = Observation.CreateBuilder().ForSet(SignalSet);
        foreach (var p in Signals)
        {
            if (!explicitAnswers.Signals.TryGetValue(p.Id, out var given))
            {
                builder.Answer(p.Id, p.State).Evidence(p.Id, p.Evidence);
            }
            else if (given.State == p.State)
            {
                builder.Evidence(p.Id, p.Evidence);
            }
        }

        foreach (var f in Facts)
        {
            if (!explicitAnswers.Facts.TryGetValue(f.Id, out var given))
            {
                builder.Fact(f.Id, f.Value).Evidence(f.Id, f.Evidence);
            }
            else if (given == f.Value)
            {
                builder.Evidence(f.Id, f.Evidence);
            }
        }

        foreach (var pair in explicitAnswers.Signals)
        {
            builder.Answer(pair.Key, pair.Value.State, pair.Value.Strength);
        }

        foreach (var pair in explicitAnswers.Facts)
        {
            builder.Fact(pair.Key, pair.Value);
        }

        // Words an earlier reading gave stay with the answers they gave.
        foreach (var pair in explicitAnswers.Evidence)
        {
            builder.Evidence(pair.Key, pair.Value);
        }

        if ((explicitAnswers.AsOf ?? AsOf) is { } asOf)
        {
            builder.AsOf(asOf);
        }

        return builder.Build();
    }
}

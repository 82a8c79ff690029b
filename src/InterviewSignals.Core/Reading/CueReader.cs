using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Compilation;
using InterviewSignals.Matching;
using InterviewSignals.Internal;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Reading;

/// <summary>
/// The reader: every cue of the set compiled once per language; a text is tokenized once, every cue, context trigger
/// and actor word matched in one pass, the parts of co-occurrence cues joined within their clauses, and each match
/// weighed by its context (a negation turns it round; advice, a process described in general, someone else's
/// experience, an actor who does not fit the signal, or a hypothetical sets it aside).
/// </summary>
internal sealed class CueReader : IInterviewTextReader
{
    private readonly TextReaderOptions _options;
    private readonly Dictionary<string, ReadingLanguage> _languages = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (CompiledCues Cues, ReadingLanguage Language)> _byLanguage = new(StringComparer.OrdinalIgnoreCase);

    public CueReader(SignalSet set, TextReaderOptions options)
    {
        SignalSet = set;
        _options = options;

        // A later language file with the same tag replaces an earlier one: a host overrides a built-in language.
        foreach (var language in options.Languages)
        {
            _languages[Guard.NotNull(language).Tag] = language;
        }

        // The set's compiled form holds the cues per language, so a second reader of the same set compiles nothing.
        var compiled = CompiledSet.Of(set);
        var cueLanguages = set.Signals.SelectMany(s => s.Cues.Keys).Concat(set.Facts.SelectMany(f => f.Cues.Keys)).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var cueLanguage in cueLanguages)
        {
            if (LanguageFor(cueLanguage) is { } language)
            {
                _byLanguage[cueLanguage] = (compiled.CuesFor(cueLanguage, language.CueLanguage), language);
            }
        }
    }

    public SignalSet SignalSet { get; }

    public TextReading Read(string text, TextDetails? details = null)
    {
        Guard.NotNull(text);
        details ??= TextDetails.Default;
        if (text.Length > _options.MaxTextLength)
        {
            throw new TextTooLongException(text.Length, _options.MaxTextLength);
        }

        var language = LanguageFor(Guard.NotNull(details.Language))
            ?? throw new ArgumentException(ReadingMessages.NoReadingRules(details.Language, string.Join(", ", _languages.Keys.OrderBy(l => l, StringComparer.Ordinal))), nameof(details));
        (CompiledCues Cues, ReadingLanguage Language)? compiled = _byLanguage.TryGetValue(details.Language, out var c) ? c : _byLanguage.TryGetValue(details.Language.Split('-')[0], out c) ? c : null;
        var tokens = Tokenizer.Tokenize(text);
        var clauses = new Clauses(tokens, language.Rules.ClauseWords);
        var cues = compiled?.Cues.Cues ?? Array.Empty<CompiledCue>();
        var (matches, triggers, spans) = compiled is not { } hit
            ? (new List<(int Cue, int First, int Last, int Slot)>(), language.Rules.Index.FindAll(tokens), null)
            : Match(hit.Cues, hit.Language, tokens, clauses);

        // A cue inside a longer match for the same signal or fact says less than it: "did not get an offer" is one
        // message, not a negated "get an offer".
        matches = Outermost(matches, cues);

        // A token belongs to the widest sign that covers it: words that belong to a sign are not context for another.
        var signs = new (int First, int Last)[tokens.Count];
        signs.AsSpan().Fill((-1, -1));
        foreach (var m in matches)
        {
            for (var i = m.First; i <= m.Last; i++)
            {
                if (signs[i].First < 0 || m.Last - m.First > signs[i].Last - signs[i].First)
                {
                    signs[i] = (m.First, m.Last);
                }
            }
        }

        var context = new ContextReader(tokens, language.Rules, clauses, details.Kind, signs, triggers);
        var found = new List<(int Cue, SignalState State, TextEvidence Evidence)>(matches.Count);
        var facts = new List<(int Cue, FactValue Value, DateTimeOffset? Date, TextEvidence Evidence)>();
        var setAside = new List<SetAsideCue>();
        foreach (var m in matches)
        {
            ref readonly var cue = ref cues[m.Cue];
            var evidence = Evidence(text, tokens, m.First, m.Last, cue.Expression.Source, context.SentenceOf(m.First));
            var read = context.Of(m.First, m.Last, cue.Expression.Words, cue.Driver);
            if (cue.Fact is { } fact)
            {
                // A negated value cue of a boolean fact gives the other value; any other negated fact cue says too little.
                var flips = read == CueContext.Negated && cue.Value is { Kind: FactKind.Boolean };
                if (read == CueContext.Affirmed || flips)
                {
                    var (value, date) = cue.Value is { } v ? (flips ? FactValue.FromBoolean(!v.Boolean) : v, (DateTimeOffset?)null) : FactValues.FromSlot(fact, spans!, cue.Expression.Slots[0], m.Slot, details.AsOf);
                    if (value is { } known)
                    {
                        facts.Add((m.Cue, known, date, evidence));
                    }

                    continue;
                }

                setAside.Add(new SetAsideCue(cue.Id, Reason(read), evidence));
                continue;
            }

            switch (read)
            {
                case CueContext.Affirmed:
                    found.Add((m.Cue, cue.State, evidence));
                    break;
                case CueContext.Negated:
                    found.Add((m.Cue, cue.State == SignalState.Present ? SignalState.Absent : SignalState.Present, evidence));
                    break;
                default:
                    setAside.Add(new SetAsideCue(cue.Id, Reason(read), evidence));
                    break;
            }
        }

        var (signals, conflicts) = Decide(found, cues);
        var (proposedFacts, factConflicts) = DecideFacts(facts, cues);
        return new TextReading
        {
            SignalSet = SignalSet.Reference,
            Language = details.Language,
            Kind = details.Kind,
            AsOf = details.AsOf,
            Signals = signals,
            Facts = proposedFacts,
            SetAside = InTextOrder(setAside),
            Conflicts = conflicts,
            FactConflicts = factConflicts,
        };
    }

    /// <summary>
    /// Every match of the language's cues, in text order: plain cues as the index finds them, co-occurrence cues joined
    /// from their parts within a clause; and the triggers, numbered as the language's rules number them.
    /// </summary>
    private static (List<(int Cue, int First, int Last, int Slot)> Matches, List<CueMatch> Triggers, QuantitySpans? Spans) Match(CompiledCues compiled, ReadingLanguage language, List<TextToken> tokens, Clauses clauses)
    {
        var spans = compiled.Index.HasSlots ? language.Quantities.Scan(tokens) : null;
        var matches = new List<(int Cue, int First, int Last, int Slot)>();
        var triggers = new List<CueMatch>();
        Dictionary<int, List<(int First, int Last)>[]>? parts = null;
        foreach (var m in compiled.Index.FindAll(tokens, spans))
        {
            if (m.Pattern >= compiled.PartOf.Length)
            {
                triggers.Add(m with { Pattern = m.Pattern - compiled.PartOf.Length });
                continue;
            }

            var (cue, part) = compiled.PartOf[m.Pattern];
            var expression = compiled.Cues[cue].Expression;
            if (!expression.IsCoOccurrence)
            {
                matches.Add((cue, m.First, m.Last, m.Slot));
                continue;
            }

            parts ??= new Dictionary<int, List<(int First, int Last)>[]>();
            if (!parts.TryGetValue(cue, out var lists))
            {
                parts[cue] = lists = expression.Parts.Select(_ => new List<(int First, int Last)>()).ToArray();
            }

            lists[part].Add((m.First, m.Last));
        }

        if (parts is not null)
        {
            foreach (var pair in parts.OrderBy(p => p.Key))
            {
                if (pair.Value.All(l => l.Count > 0))
                {
                    matches.AddRange(compiled.Cues[pair.Key].Expression.Join(pair.Value, clauses.ClauseIds).Select(j => (pair.Key, j.First, j.Last, -1)));
                }
            }

            matches.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Cue.CompareTo(b.Cue));
        }

        return (matches, triggers, spans);
    }

    /// <summary>The matches that no longer match for the same target covers. A text holds a few dozen matches, so comparing each pair is cheaper than grouping them.</summary>
    private static List<(int Cue, int First, int Last, int Slot)> Outermost(List<(int Cue, int First, int Last, int Slot)> matches, CompiledCue[] cues)
    {
        bool[]? drop = null;
        for (var a = 0; a < matches.Count; a++)
        {
            var x = matches[a];
            for (var b = a + 1; b < matches.Count; b++)
            {
                var y = matches[b];
                if (cues[x.Cue].Target != cues[y.Cue].Target || (cues[x.Cue].Fact is null) != (cues[y.Cue].Fact is null) || (x.First, x.Last) == (y.First, y.Last))
                {
                    continue;
                }

                var inner = x.First <= y.First && y.Last <= x.Last ? b : y.First <= x.First && x.Last <= y.Last ? a : -1;
                if (inner >= 0)
                {
                    drop ??= new bool[matches.Count];
                    drop[inner] = true;
                }
            }
        }

        if (drop is null)
        {
            return matches;
        }

        var kept = new List<(int Cue, int First, int Last, int Slot)>(matches.Count);
        for (var i = 0; i < matches.Count; i++)
        {
            if (!drop[i])
            {
                kept.Add(matches[i]);
            }
        }

        return kept;
    }

    private ReadingLanguage? LanguageFor(string tag)
        => _languages.TryGetValue(tag, out var language) ? language : _languages.TryGetValue(tag.Split('-')[0], out language) ? language : null;

    private static CueSetAside Reason(CueContext context) => context switch
    {
        CueContext.Negated => CueSetAside.Negated,
        CueContext.Hypothetical => CueSetAside.Hypothetical,
        CueContext.SomeoneElse => CueSetAside.SomeoneElse,
        CueContext.Generic => CueSetAside.Generic,
        CueContext.OtherActor => CueSetAside.OtherActor,
        _ => CueSetAside.AdviceToReader,
    };

    /// <summary>The set-aside cues by where their evidence starts; matches come in text order, so this rarely has to sort.</summary>
    private static List<SetAsideCue> InTextOrder(List<SetAsideCue> setAside)
    {
        for (var i = 1; i < setAside.Count; i++)
        {
            if (setAside[i].Evidence.Start < setAside[i - 1].Evidence.Start)
            {
                return setAside.OrderBy(s => s.Evidence.Start).ToList();
            }
        }

        return setAside;
    }

    /// <summary>
    /// The positions of <paramref name="count"/> items ordered by their cue's target, and within a target in the order
    /// they came (the text's): a stable sort without the allocations of grouping.
    /// </summary>
    private static int[] ByTarget(int count, Func<int, int> target)
    {
        var order = new int[count];
        var keys = new long[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
            keys[i] = ((long)target(i) << 32) | (uint)i;
        }

        Array.Sort(keys, order);
        return order;
    }

    /// <summary>One value per fact, in the set's order; different values for one fact are a conflict, left to the person.</summary>
    private static (List<ProposedFact> Facts, List<FactConflict> Conflicts) DecideFacts(List<(int Cue, FactValue Value, DateTimeOffset? Date, TextEvidence Evidence)> found, CompiledCue[] cues)
    {
        var facts = new List<ProposedFact>();
        var conflicts = new List<FactConflict>();
        if (found.Count == 0)
        {
            return (facts, conflicts);
        }

        var order = ByTarget(found.Count, i => cues[found[i].Cue].Target);
        for (var start = 0; start < order.Length;)
        {
            var target = cues[found[order[start]].Cue].Target;
            var end = start;
            while (end < order.Length && cues[found[order[end]].Cue].Target == target)
            {
                end++;
            }

            // One proposal per value, in the order the values are first stated, each with its evidence in text order.
            var values = new List<(int First, List<TextEvidence> Evidence)>();
            for (var k = start; k < end; k++)
            {
                var f = found[order[k]];
                var index = values.FindIndex(v => found[v.First].Value.Equals(f.Value));
                if (index < 0)
                {
                    values.Add((order[k], new List<TextEvidence> { f.Evidence }));
                }
                else
                {
                    values[index].Evidence.Add(f.Evidence);
                }
            }

            var byValue = new List<ProposedFact>(values.Count);
            foreach (var (first, evidence) in values)
            {
                var f = found[first];
                byValue.Add(new ProposedFact { Id = cues[f.Cue].Id, Value = f.Value, Date = f.Date, Evidence = evidence });
            }

            var resolution = cues[found[order[start]].Cue].Fact!.TextConflicts;
            if (byValue.Count == 1)
            {
                facts.Add(byValue[0]);
            }
            else if (resolution != TextConflictResolution.Report)
            {
                // Each value's evidence is in text order: the first value stated is the one whose first words come first.
                facts.Add(resolution == TextConflictResolution.FirstStated
                    ? byValue.OrderBy(v => v.Evidence[0].Start).First()
                    : byValue.OrderBy(v => v.Evidence[v.Evidence.Count - 1].Start).Last());
            }
            else
            {
                conflicts.Add(new FactConflict { Id = byValue[0].Id, Values = byValue });
            }

            start = end;
        }

        return (facts, conflicts);
    }

    /// <summary>One proposal per signal, in the set's order; evidence both ways is a conflict, left to the person.</summary>
    private static (List<ProposedSignal> Signals, List<SignalConflict> Conflicts) Decide(List<(int Cue, SignalState State, TextEvidence Evidence)> found, CompiledCue[] cues)
    {
        var signals = new List<ProposedSignal>();
        var conflicts = new List<SignalConflict>();
        if (found.Count == 0)
        {
            return (signals, conflicts);
        }

        var order = ByTarget(found.Count, i => cues[found[i].Cue].Target);
        for (var start = 0; start < order.Length;)
        {
            var target = cues[found[order[start]].Cue].Target;
            var present = new List<TextEvidence>();
            var absent = new List<TextEvidence>();
            var end = start;
            for (; end < order.Length && cues[found[order[end]].Cue].Target == target; end++)
            {
                var f = found[order[end]];
                (f.State == SignalState.Present ? present : absent).Add(f.Evidence);
            }

            var id = cues[found[order[start]].Cue].Id;
            if (present.Count > 0 && absent.Count > 0)
            {
                conflicts.Add(new SignalConflict { Id = id, Present = present, Absent = absent });
            }
            else
            {
                signals.Add(new ProposedSignal { Id = id, State = present.Count > 0 ? SignalState.Present : SignalState.Absent, Evidence = present.Count > 0 ? present : absent });
            }

            start = end;
        }

        return (signals, conflicts);
    }

    private static TextEvidence Evidence(string text, List<TextToken> tokens, int first, int last, string cue, (int Start, int End) sentence)
    {
        var start = tokens[first].Start;
        var end = tokens[last].Start + tokens[last].Length;
        var sentenceStart = tokens[sentence.Start].Start;

        // The sentence runs to its closing mark when it has one.
        var closing = sentence.End + 1 < tokens.Count ? tokens[sentence.End + 1] : tokens[sentence.End];
        var sentenceEnd = closing.Start + closing.Length;
        return new TextEvidence(start, end - start, text.Substring(start, end - start), sentenceStart, sentenceEnd - sentenceStart, cue);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Cues;
using InterviewSignals.Internal;
using InterviewSignals.Taxonomy;
using InterviewSignals.Observations;

namespace InterviewSignals.Reading;

/// <summary>
/// The reader: every cue of the set compiled once per language; a text is tokenized once, each cue matched in one
/// pass, and each match weighed by its context (negation turns it round; a hypothetical, someone else's experience
/// or advice to the reader sets it aside).
/// </summary>
internal sealed class CueReader : IInterviewTextReader
{
    private readonly TextReaderOptions _options;
    private readonly Dictionary<string, (CompiledCue[] Cues, CueIndex Index)> _byLanguage = new(StringComparer.OrdinalIgnoreCase);

    public CueReader(SignalSet set, TextReaderOptions options)
    {
        SignalSet = set;
        _options = options;
        var lists = new Dictionary<string, List<CompiledCue>>(StringComparer.OrdinalIgnoreCase);
        List<CompiledCue> ListFor(string language)
        {
            if (!lists.TryGetValue(language, out var list))
            {
                lists[language] = list = new List<CompiledCue>();
            }

            return list;
        }

        // The set was validated when it was built, so every cue compiles.
        static CuePattern Compile(string cue) => CuePattern.TryCompile(cue, out _, out _)!;
        for (var i = 0; i < set.Signals.Count; i++)
        {
            var s = set.Signals[i];
            foreach (var pair in s.Cues)
            {
                var list = ListFor(pair.Key);
                list.AddRange(pair.Value.Present.Select(c => new CompiledCue(i, s.Id, SignalState.Present, null, null, Compile(c))));
                list.AddRange(pair.Value.Absent.Select(c => new CompiledCue(i, s.Id, SignalState.Absent, null, null, Compile(c))));
            }
        }

        for (var i = 0; i < set.Facts.Count; i++)
        {
            var f = set.Facts[i];
            foreach (var pair in f.Cues)
            {
                var list = ListFor(pair.Key);
                foreach (var value in pair.Value.Values)
                {
                    var v = FactValues.Parse(f, value.Key);
                    list.AddRange(value.Value.Select(c => new CompiledCue(i, f.Id, SignalState.Unknown, f, v, Compile(c))));
                }

                list.AddRange(pair.Value.Patterns.Select(c => new CompiledCue(i, f.Id, SignalState.Unknown, f, null, Compile(c))));
            }
        }

        foreach (var pair in lists)
        {
            // The language's context triggers go into the same index, after the cues, so that one pass finds both.
            var patterns = pair.Value.ConvertAll(c => c.Pattern);
            if (LanguageRules.For(pair.Key) is { } rules)
            {
                for (var t = 0; t < rules.Triggers.Count; t++)
                {
                    patterns.Add(rules.Triggers[t]);
                }
            }

            _byLanguage[pair.Key] = (pair.Value.ToArray(), new CueIndex(patterns));
        }
    }

    public SignalSet SignalSet { get; }

    public TextReading Read(string text, TextReadingOptions? options = null)
    {
        Guard.NotNull(text);
        options ??= TextReadingOptions.Default;
        if (text.Length > _options.MaxTextLength)
        {
            throw new TextTooLongException(text.Length, _options.MaxTextLength);
        }

        var rules = LanguageRules.For(Guard.NotNull(options.Language))
            ?? throw new ArgumentException(Messages.NoReadingRules(options.Language, string.Join(", ", LanguageRules.Languages.OrderBy(l => l, StringComparer.Ordinal))), nameof(options));
        var (cues, index) = CuesFor(options.Language);
        var tokens = Tokenizer.Tokenize(text);
        var spans = index is { HasSlots: true } ? QuantityGrammar.For(options.Language)?.Scan(tokens) : null;

        // First every match, then context: words that belong to a sign are not context for another.
        var all = index is null ? new List<CueMatch>() : index.FindAll(tokens, spans);
        var matches = new List<CueMatch>();
        var triggers = new List<CueMatch>();
        foreach (var m in all)
        {
            if (m.Pattern < cues.Length)
            {
                matches.Add(m);
            }
            else
            {
                triggers.Add(m with { Pattern = m.Pattern - cues.Length });
            }
        }

        var signs = new (int First, int Last)[tokens.Count];
        signs.AsSpan().Fill((-1, -1));
        foreach (var m in matches)
        {
            for (var i = m.First; i <= m.Last; i++)
            {
                // The widest sign that covers a token speaks for it.
                if (signs[i].First < 0 || m.Last - m.First > signs[i].Last - signs[i].First)
                {
                    signs[i] = (m.First, m.Last);
                }
            }
        }

        var context = new ContextReader(tokens, rules, signs, index is null ? null : triggers);
        var found = new List<(CompiledCue Cue, SignalState State, TextEvidence Evidence)>();
        var facts = new List<(CompiledCue Cue, FactValue Value, DateTimeOffset? Date, TextEvidence Evidence)>();
        var setAside = new List<SetAsideCue>();
        foreach (var m in matches)
        {
            var cue = cues[m.Pattern];
            var evidence = Evidence(text, tokens, m.First, m.Last, cue.Pattern.Source, context.SentenceOf(m.First));
            var read = context.Of(m.First, m.Last, cue.Pattern);
            if (cue.Fact is { } fact)
            {
                // A negated value cue of a boolean fact gives the other value; any other negated fact cue says too little.
                var flips = read == CueContext.Negated && cue.Value is { Kind: FactKind.Boolean } b;
                if (read == CueContext.Affirmed || flips)
                {
                    var (value, date) = cue.Value is { } v ? (flips ? FactValue.FromBoolean(!v.Boolean) : v, (DateTimeOffset?)null) : FactValues.FromSlot(fact, spans!, cue.Pattern.Slots[0], m.Slot, options.AsOf);
                    if (value is { } known)
                    {
                        facts.Add((cue, known, date, evidence));
                    }

                    continue;
                }

                setAside.Add(new SetAsideCue(cue.Id, read == CueContext.Negated ? CueSetAside.Negated : Reason(read), evidence));
                continue;
            }

            switch (read)
            {
                case CueContext.Affirmed:
                    found.Add((cue, cue.State, evidence));
                    break;
                case CueContext.Negated:
                    found.Add((cue, cue.State == SignalState.Present ? SignalState.Absent : SignalState.Present, evidence));
                    break;
                default:
                    setAside.Add(new SetAsideCue(cue.Id, Reason(read), evidence));
                    break;
            }
        }

        var (signals, conflicts) = Decide(found);
        var (proposedFacts, factConflicts) = DecideFacts(facts);
        return new TextReading
        {
            SignalSet = SignalSet.Reference,
            Language = options.Language,
            Kind = options.Kind,
            AsOf = options.AsOf,
            Signals = signals,
            Facts = proposedFacts,
            SetAside = setAside.OrderBy(s => s.Evidence.Start).ToList(),
            Conflicts = conflicts,
            FactConflicts = factConflicts,
        };
    }

    private static CueSetAside Reason(CueContext context) => context switch
    {
        CueContext.Hypothetical => CueSetAside.Hypothetical,
        CueContext.SomeoneElse => CueSetAside.SomeoneElse,
        _ => CueSetAside.AdviceToReader,
    };

    /// <summary>One value per fact, in the set's order; different values for one fact are a conflict, left to the person.</summary>
    private static (List<ProposedFact> Facts, List<FactConflict> Conflicts) DecideFacts(List<(CompiledCue Cue, FactValue Value, DateTimeOffset? Date, TextEvidence Evidence)> found)
    {
        var facts = new List<ProposedFact>();
        var conflicts = new List<FactConflict>();
        foreach (var group in found.GroupBy(f => f.Cue.Target).OrderBy(g => g.Key))
        {
            var byValue = group.OrderBy(f => f.Evidence.Start).GroupBy(f => f.Value).Select(v => new ProposedFact
            {
                Id = v.First().Cue.Id,
                Value = v.Key,
                Date = v.First().Date,
                Evidence = v.Select(f => f.Evidence).ToList(),
            }).ToList();
            if (byValue.Count == 1)
            {
                facts.Add(byValue[0]);
            }
            else
            {
                conflicts.Add(new FactConflict { Id = byValue[0].Id, Values = byValue });
            }
        }

        return (facts, conflicts);
    }

    /// <summary>One proposal per signal, in the set's order; evidence both ways is a conflict, left to the person.</summary>
    private static (List<ProposedSignal> Signals, List<SignalConflict> Conflicts) Decide(List<(CompiledCue Cue, SignalState State, TextEvidence Evidence)> found)
    {
        var signals = new List<ProposedSignal>();
        var conflicts = new List<SignalConflict>();
        foreach (var group in found.GroupBy(f => f.Cue.Target).OrderBy(g => g.Key))
        {
            var id = group.First().Cue.Id;
            var present = group.Where(f => f.State == SignalState.Present).Select(f => f.Evidence).OrderBy(e => e.Start).ToList();
            var absent = group.Where(f => f.State == SignalState.Absent).Select(f => f.Evidence).OrderBy(e => e.Start).ToList();
            if (present.Count > 0 && absent.Count > 0)
            {
                conflicts.Add(new SignalConflict { Id = id, Present = present, Absent = absent });
            }
            else
            {
                signals.Add(new ProposedSignal { Id = id, State = present.Count > 0 ? SignalState.Present : SignalState.Absent, Evidence = present.Count > 0 ? present : absent });
            }
        }

        return (signals, conflicts);
    }

    private (CompiledCue[] Cues, CueIndex? Index) CuesFor(string language)
        => _byLanguage.TryGetValue(language, out var cues) ? cues
         : _byLanguage.TryGetValue(language.Split('-')[0], out cues) ? cues
         : (Array.Empty<CompiledCue>(), null);

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

    /// <summary>A compiled cue of a signal (with the state it shows) or of a fact (with the value it shows, or none when its slot gives one).</summary>
    private readonly record struct CompiledCue(int Target, string Id, SignalState State, FactDefinition? Fact, FactValue? Value, CuePattern Pattern);
}

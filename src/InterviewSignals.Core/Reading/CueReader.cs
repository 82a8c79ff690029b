using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Cues;
using InterviewSignals.Internal;
using InterviewSignals.Taxonomy;

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
        for (var i = 0; i < set.Signals.Count; i++)
        {
            var s = set.Signals[i];
            foreach (var pair in s.Cues)
            {
                if (!lists.TryGetValue(pair.Key, out var list))
                {
                    lists[pair.Key] = list = new List<CompiledCue>();
                }

                // The set was validated when it was built, so every cue compiles.
                list.AddRange(pair.Value.Present.Select(c => new CompiledCue(i, s.Id, SignalState.Present, CuePattern.TryCompile(c, out _, out _)!)));
                list.AddRange(pair.Value.Absent.Select(c => new CompiledCue(i, s.Id, SignalState.Absent, CuePattern.TryCompile(c, out _, out _)!)));
            }
        }

        foreach (var pair in lists)
        {
            _byLanguage[pair.Key] = (pair.Value.ToArray(), new CueIndex(pair.Value.ConvertAll(c => c.Pattern)));
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

        // First every match, then context: words that belong to a sign are not context for another.
        var matches = index is null ? new List<(int Pattern, int First, int Last)>() : index.FindAll(tokens);
        var signWords = new bool[tokens.Count];
        foreach (var (_, first, last) in matches)
        {
            for (var i = first; i <= last; i++)
            {
                signWords[i] = true;
            }
        }

        var context = new ContextReader(tokens, rules, signWords);
        var found = new List<(CompiledCue Cue, SignalState State, TextEvidence Evidence)>();
        var setAside = new List<SetAsideCue>();
        foreach (var (p, first, last) in matches)
        {
            var cue = cues[p];
            var evidence = Evidence(text, tokens, first, last, cue.Pattern.Source, context.SentenceOf(first));
            switch (context.Of(first, last, cue.Pattern))
            {
                case CueContext.Affirmed:
                    found.Add((cue, cue.State, evidence));
                    break;
                case CueContext.Negated:
                    found.Add((cue, cue.State == SignalState.Present ? SignalState.Absent : SignalState.Present, evidence));
                    break;
                case CueContext.Hypothetical:
                    setAside.Add(new SetAsideCue(cue.SignalId, CueSetAside.Hypothetical, evidence));
                    break;
                case CueContext.SomeoneElse:
                    setAside.Add(new SetAsideCue(cue.SignalId, CueSetAside.SomeoneElse, evidence));
                    break;
                default:
                    setAside.Add(new SetAsideCue(cue.SignalId, CueSetAside.AdviceToReader, evidence));
                    break;
            }
        }

        var (signals, conflicts) = Decide(found);
        return new TextReading
        {
            SignalSet = SignalSet.Reference,
            Language = options.Language,
            Kind = options.Kind,
            AsOf = options.AsOf,
            Signals = signals,
            SetAside = setAside.OrderBy(s => s.Evidence.Start).ToList(),
            Conflicts = conflicts,
        };
    }

    /// <summary>One proposal per signal, in the set's order; evidence both ways is a conflict, left to the person.</summary>
    private static (List<ProposedSignal> Signals, List<SignalConflict> Conflicts) Decide(List<(CompiledCue Cue, SignalState State, TextEvidence Evidence)> found)
    {
        var signals = new List<ProposedSignal>();
        var conflicts = new List<SignalConflict>();
        foreach (var group in found.GroupBy(f => f.Cue.SignalIndex).OrderBy(g => g.Key))
        {
            var id = group.First().Cue.SignalId;
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

    private readonly record struct CompiledCue(int SignalIndex, string SignalId, SignalState State, CuePattern Pattern);
}

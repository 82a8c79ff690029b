using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InterviewSignals.Matching;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Compilation;

/// <summary>
/// A set's cues in one language, built once from the cues the validator parsed, with that language's inflection, and
/// with the language's context triggers and actor words in the same index, so that one pass over a text finds them all.
/// Part of the set's compiled form (<see cref="CompiledSet.CuesFor"/>).
/// </summary>
internal sealed class CompiledCues
{
    public CompiledCues(SignalSet set, string cueLanguage, CueLanguage language)
    {
        var cues = new List<CompiledCue>();
        CueExpression Compile(string cue) => CueBuilder.Build(set.ParsedCue(cueLanguage, cue), language.Inflector);
        for (var i = 0; i < set.Signals.Count; i++)
        {
            var s = set.Signals[i];
            if (s.Cues.TryGetValue(cueLanguage, out var c))
            {
                cues.AddRange(c.Present.Select(x => new CompiledCue(i, s.Id, SignalState.Present, s.Driver, null, null, Compile(x))));
                cues.AddRange(c.Absent.Select(x => new CompiledCue(i, s.Id, SignalState.Absent, s.Driver, null, null, Compile(x))));
            }
        }

        for (var i = 0; i < set.Facts.Count; i++)
        {
            var f = set.Facts[i];
            if (!f.Cues.TryGetValue(cueLanguage, out var c))
            {
                continue;
            }

            foreach (var value in c.Values)
            {
                var v = ValueOf(f, value.Key);
                cues.AddRange(value.Value.Select(x => new CompiledCue(i, f.Id, SignalState.Unknown, null, f, v, Compile(x))));
            }

            cues.AddRange(c.Patterns.Select(x => new CompiledCue(i, f.Id, SignalState.Unknown, null, f, null, Compile(x))));
        }

        Cues = cues.ToArray();
        var patterns = new List<CuePattern>();
        var partOf = new List<(int Cue, int Part)>();
        for (var c = 0; c < Cues.Length; c++)
        {
            for (var p = 0; p < Cues[c].Expression.Parts.Length; p++)
            {
                patterns.Add(Cues[c].Expression.Parts[p]);
                partOf.Add((c, p));
            }
        }

        PartOf = partOf.ToArray();
        patterns.AddRange(language.Triggers);
        Index = new CueIndex(patterns);
    }

    public CompiledCue[] Cues { get; }

    /// <summary>Gets, for each of the index's first patterns, the cue and the part of it the pattern is; the patterns after them are the language's triggers.</summary>
    public (int Cue, int Part)[] PartOf { get; }

    public CueIndex Index { get; }

    /// <summary>The value a value cue shows, written as in an observation; the set was validated, so it parses.</summary>
    private static FactValue ValueOf(FactDefinition fact, string text) => fact.Kind switch
    {
        FactKind.Boolean => FactValue.FromBoolean(text == "true"),
        FactKind.Choice => FactValue.FromChoice(text),
        _ => FactValue.FromNumber(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)),
    };
}

/// <summary>A compiled cue of a signal (with the state it shows and the signal's driver) or of a fact (with the value it shows, or none when its slot gives one).</summary>
internal readonly record struct CompiledCue(int Target, string Id, SignalState State, SignalDriver? Driver, FactDefinition? Fact, FactValue? Value, CueExpression Expression);

/// <summary>
/// What compiling a set's cues needs from a reading language: how its words inflect, and the triggers the reader
/// looks for in the same pass. One per reading language; the compiled cues are cached under it.
/// </summary>
internal sealed class CueLanguage
{
    public CueLanguage(Inflector inflector, IReadOnlyList<CuePattern> triggers)
    {
        Inflector = inflector;
        Triggers = triggers;
    }

    public Inflector Inflector { get; }

    public IReadOnlyList<CuePattern> Triggers { get; }
}

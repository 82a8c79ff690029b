using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Cues;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Reading;

/// <summary>
/// A set's cues in one language, compiled once with that language's inflection and the set's word classes, with the
/// language's context triggers and actor words in the same index, so that one pass over a text finds them all.
/// </summary>
internal sealed class CompiledCues
{
    public CompiledCues(SignalSet set, string cueLanguage, ReadingLanguage language)
    {
        Language = language;
        var syntax = new CueSyntax(language.Inflector, set.WordClassesFor(cueLanguage));
        var cues = new List<CompiledCue>();

        // The set was validated when it was built, so every cue compiles.
        CueExpression Compile(string cue) => CueExpression.TryCompile(cue, syntax, out _, out _)!;
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
                var v = FactValues.Parse(f, value.Key);
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
        patterns.AddRange(language.Rules.Triggers);
        Index = new CueIndex(patterns);
    }

    public ReadingLanguage Language { get; }

    public CompiledCue[] Cues { get; }

    /// <summary>Gets, for each of the index's first patterns, the cue and the part of it the pattern is; the patterns after them are the language's triggers.</summary>
    public (int Cue, int Part)[] PartOf { get; }

    public CueIndex Index { get; }
}

/// <summary>A compiled cue of a signal (with the state it shows and the signal's driver) or of a fact (with the value it shows, or none when its slot gives one).</summary>
internal readonly record struct CompiledCue(int Target, string Id, SignalState State, SignalDriver? Driver, FactDefinition? Fact, FactValue? Value, CueExpression Expression);

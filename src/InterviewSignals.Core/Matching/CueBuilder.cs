using System.Collections.Generic;
using InterviewSignals.Cues;

namespace InterviewSignals.Matching;

/// <summary>
/// Turns a parsed cue into its matcher for one language: each base form written in the cue becomes every form the
/// language's inflection gives it ("ask": ask, asks, asked, asking), exact forms and stems stay as they are. Parsing
/// found every error, so building cannot fail.
/// </summary>
internal static class CueBuilder
{
    public static CueExpression Build(ParsedCue cue, Inflector inflector)
    {
        var parts = new CuePattern[cue.Parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Build(cue.Parts[i], inflector);
        }

        return new CueExpression(cue.Source, parts, cue.Window);
    }

    public static CuePattern Build(ParsedPattern pattern, Inflector inflector)
    {
        var steps = new CueStep[pattern.Steps.Length];
        for (var i = 0; i < steps.Length; i++)
        {
            var s = pattern.Steps[i];
            steps[i] = new CueStep(Test(s.Words, inflector), s.Optional, s.Any, s.Slot);
        }

        return new CuePattern(pattern.Source, steps, Guard(pattern.NotBefore, inflector), Guard(pattern.NotAfter, inflector));
    }

    private static WordTest? Guard(WordChoice? choice, Inflector inflector) => choice is null ? null : Test(choice, inflector);

    private static WordTest Test(WordChoice choice, Inflector inflector)
    {
        if (ReferenceEquals(choice, WordChoice.Nothing))
        {
            return WordTest.Nothing;
        }

        var words = new List<string>();
        var stems = new List<string>();
        foreach (var w in choice.Words)
        {
            switch (w.Kind)
            {
                case WordKind.Stem:
                    stems.Add(w.Text);
                    break;
                case WordKind.Exact:
                    words.Add(w.Text);
                    break;
                default:
                    words.AddRange(inflector.FormsOf(w.Text));
                    break;
            }
        }

        return new WordTest(words, stems, choice.Number);
    }
}

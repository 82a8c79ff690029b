using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using InterviewSignals.Cues;
using InterviewSignals.Internal;

namespace InterviewSignals.Taxonomy;

/// <summary>The cue sections of a set: word classes, signal cues and fact cues.</summary>
internal static partial class SignalSetValidator
{
    private static readonly Regex ClassName = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    /// <summary>Each class has a language tag, a name cues can write after '@', and members that are single words, stems or exact forms.</summary>
    private static void ValidateWordClasses(ValidationContext v, List<WordClass> classes)
    {
        for (var c = 0; c < classes.Count; c++)
        {
            var wc = classes[c];
            var path = v.OriginOf(wc) ?? $"$.wordClasses.{wc.Language}.{wc.Name}";
            if (!LanguageTagSyntax.IsWellFormed(wc.Language))
            {
                v.Error(SignalSetErrorCodes.InvalidCue, path, TaxonomyMessages.WordClassLanguageNotTag(wc.Name, wc.Language));
            }

            if (!ClassName.IsMatch(wc.Name))
            {
                v.Error(SignalSetErrorCodes.InvalidCue, path, TaxonomyMessages.WordClassNameInvalid(wc.Name));
            }

            if (wc.Words.Count == 0)
            {
                v.Error(SignalSetErrorCodes.InvalidCue, path, TaxonomyMessages.WordClassEmpty(wc.Name));
            }

            for (var i = 0; i < wc.Words.Count; i++)
            {
                if (!CueParser.Word(wc.Words[i] ?? string.Empty, new List<WrittenWord>(), out _))
                {
                    v.Error(SignalSetErrorCodes.InvalidCue, $"{path}[{i}]", TaxonomyMessages.WordClassMemberInvalid(wc.Name, wc.Words[i]));
                }
            }
        }
    }

    /// <summary>Every cue parses; a cue that does not is reported at its own path, with the character where it goes wrong. The parsed cues are kept for the matcher.</summary>
    private static void ValidateCues(ValidationContext v, SignalDefinition x, string path)
    {
        foreach (var pair in x.Cues ?? new Dictionary<string, SignalCues>())
        {
            var languagePath = path + ".cues." + pair.Key;
            if (!LanguageTagSyntax.IsWellFormed(pair.Key))
            {
                v.Error(SignalSetErrorCodes.InvalidCue, languagePath, TaxonomyMessages.CueLanguageNotTag(x.Id, pair.Key));
                continue;
            }

            foreach (var (list, name) in new[] { (pair.Value.Present, "present"), (pair.Value.Absent, "absent") })
            {
                var listPath = v.OriginOf(list) ?? languagePath + "." + name;
                for (var i = 0; i < list.Count; i++)
                {
                    var pattern = v.Parse(pair.Key, list[i], out var error, out var column);
                    if (pattern is null)
                    {
                        v.Error(SignalSetErrorCodes.InvalidCue, $"{listPath}[{i}]", TaxonomyMessages.CueDoesNotCompile(list[i], x.Id, pair.Key, error, column));
                    }
                    else if (pattern.Slots.Length > 0)
                    {
                        v.Error(SignalSetErrorCodes.InvalidCue, $"{listPath}[{i}]", TaxonomyMessages.SignalCueHasSlot(list[i], x.Id));
                    }
                }
            }
        }
    }

    /// <summary>A fact's cues compile; values are values the fact can take; each pattern has one slot that fits the fact.</summary>
    private static void ValidateFactCues(ValidationContext v, FactDefinition f, string path)
    {
        foreach (var pair in f.Cues ?? new Dictionary<string, FactCues>())
        {
            var languagePath = path + ".cues." + pair.Key;
            if (!LanguageTagSyntax.IsWellFormed(pair.Key))
            {
                v.Error(SignalSetErrorCodes.InvalidCue, languagePath, TaxonomyMessages.FactCueLanguageNotTag(f.Id, pair.Key));
                continue;
            }

            foreach (var value in pair.Value.Values ?? new Dictionary<string, IReadOnlyList<string>>())
            {
                var listPath = (value.Value is { } l ? v.OriginOf(l) : null) ?? languagePath + ".values." + value.Key;
                if (!CanTake(f, value.Key, out var expected))
                {
                    v.Error(SignalSetErrorCodes.InvalidCue, listPath, TaxonomyMessages.FactCueValueNotValid(value.Key, f.Id, expected));
                }

                ForEachCue(value.Value ?? Array.Empty<string>(), listPath, (cue, at, pattern) =>
                {
                    if (pattern.Slots.Length > 0)
                    {
                        v.Error(SignalSetErrorCodes.InvalidCue, at, TaxonomyMessages.FactValueCueHasSlot(cue, f.Id));
                    }
                });
            }

            ForEachCue(pair.Value.Patterns ?? Array.Empty<string>(), (pair.Value.Patterns is { } p ? v.OriginOf(p) : null) ?? languagePath + ".patterns", (cue, at, pattern) =>
            {
                if (pattern.IsCoOccurrence || pattern.Slots.Length != 1)
                {
                    v.Error(SignalSetErrorCodes.InvalidCue, at, TaxonomyMessages.FactPatternNeedsOneSlot(cue, f.Id, pattern.Slots.Length));
                }
                else if (!Cues.SlotUnits.Fits(pattern.Slots[0], f.Kind == FactKind.Number, f.Kind == FactKind.Date, f.Unit))
                {
                    v.Error(SignalSetErrorCodes.InvalidCue, at, TaxonomyMessages.FactSlotDoesNotFit(cue, f.Id, Cues.SlotUnits.Name(pattern.Slots[0]), Kind(f.Kind), f.Unit ?? "no unit"));
                }
            });

            void ForEachCue(IReadOnlyList<string> list, string listPath, Action<string, string, ParsedCue> check)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    var pattern = v.Parse(pair.Key, list[i], out var error, out var column);
                    if (pattern is null)
                    {
                        v.Error(SignalSetErrorCodes.InvalidCue, $"{listPath}[{i}]", TaxonomyMessages.FactCueDoesNotCompile(list[i], f.Id, pair.Key, error, column));
                    }
                    else
                    {
                        check(list[i], $"{listPath}[{i}]", pattern);
                    }
                }
            }
        }
    }

    /// <summary>Whether a fact can take a value written as text in its cues: a boolean, one of its choices, or a number in its range.</summary>
    internal static bool CanTake(FactDefinition f, string value, out string expected)
    {
        switch (f.Kind)
        {
            case FactKind.Boolean:
                expected = "true or false";
                return value is "true" or "false";
            case FactKind.Choice:
                expected = "one of " + string.Join(", ", f.Choices ?? Array.Empty<string>());
                return f.Choices?.Contains(value, StringComparer.Ordinal) == true;
            case FactKind.Number:
                expected = "a number" + (f.Minimum is { } lo ? " from " + Num(lo) : string.Empty) + (f.Maximum is { } hi ? " to " + Num(hi) : string.Empty);
                return double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n)
                    && !double.IsNaN(n) && !double.IsInfinity(n) && !(n < f.Minimum) && !(n > f.Maximum);
            default:
                expected = "no value cues; a date takes its value from a {when} pattern";
                return false;
        }
    }
}

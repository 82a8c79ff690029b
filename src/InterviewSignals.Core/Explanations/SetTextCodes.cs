using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Explanations;

/// <summary>The text codes and definitions of one set, built once per set so that explaining does not rebuild them for every result.</summary>
internal sealed class SetTextCodes
{
    private static readonly ConditionalWeakTable<SignalSet, SetTextCodes> Cache = new();
    private readonly Dictionary<string, SignalCodes> _signals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Code, ModifierDefinition Definition)> _modifiers = new(StringComparer.Ordinal);

    private SetTextCodes(SignalSet set)
    {
        var p = "signals." + set.Id + ".";
        foreach (var s in set.Signals)
        {
            var a = p + s.Id + ".advice";
            _signals[s.Id] = new SignalCodes(s, p + s.Id + ".title", p + s.Id + ".present", p + s.Id + ".absent", p + s.Id + ".question", a, a + ".present", a + ".absent", a + ".unknown");
        }

        foreach (var m in set.Modifiers)
        {
            _modifiers[m.Id] = ("modifiers." + set.Id + "." + m.Id + ".caveat", m);
        }

        SetPrefix = set.Id + ".";
        foreach (var section in new[] { "reasons-for", "reasons-against", "caveats", "advice", "find-out-next", "not-about-you", "about" })
        {
            HeadingCodes[section] = ("heading." + SetPrefix + section, "heading." + section);
        }
    }

    /// <summary>Gets, per section, the set-specific heading code and the generic one.</summary>
    public Dictionary<string, (string Specific, string Generic)> HeadingCodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the set id followed by a dot, for set-specific headline and heading codes.</summary>
    public string SetPrefix { get; }

    public static SetTextCodes For(SignalSet set) => Cache.GetValue(set, s => new SetTextCodes(s));

    /// <summary>Gets a signal's codes and definition.</summary>
    /// <exception cref="ArgumentException">The set has no such signal: the assessment does not belong to it.</exception>
    public SignalCodes Signal(string id)
        => _signals.TryGetValue(id, out var codes) ? codes : throw new ArgumentException(ExplanationMessages.AssessmentNamesSignal(id));

    public (string Code, ModifierDefinition Definition) Modifier(string id)
        => _modifiers.TryGetValue(id, out var m) ? m : throw new ArgumentException(ExplanationMessages.AssessmentNamesModifier(id));
}

/// <summary>A signal's definition and its text codes.</summary>
internal sealed record SignalCodes(SignalDefinition Definition, string Title, string Present, string Absent, string Question, string SharedAdvice, string PresentAdvice, string AbsentAdvice, string UnknownAdvice)
{
    public string For(SignalState state) => state == SignalState.Present ? Present : Absent;

    public string AdviceFor(SignalState state) => state switch
    {
        SignalState.Present => PresentAdvice,
        SignalState.Absent => AbsentAdvice,
        _ => UnknownAdvice,
    };
}

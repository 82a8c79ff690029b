using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Explanations;

/// <summary>The text codes of one set, built once per set so that explaining does not rebuild them for every result.</summary>
internal sealed class SetTextCodes
{
    private static readonly ConditionalWeakTable<SignalSet, SetTextCodes> Cache = new();
    private readonly Dictionary<string, SignalCodes> _signals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _caveats = new(StringComparer.Ordinal);

    private SetTextCodes(SignalSet set)
    {
        var p = "signals." + set.Id + ".";
        foreach (var s in set.Signals)
        {
            _signals[s.Id] = new SignalCodes(p + s.Id + ".title", p + s.Id + ".present", p + s.Id + ".absent", p + s.Id + ".question", p + s.Id + ".advice");
        }

        foreach (var m in set.Modifiers)
        {
            _caveats[m.Id] = "modifiers." + set.Id + "." + m.Id + ".caveat";
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

    public SignalCodes Signal(string id) => _signals[id];

    public string Caveat(string modifierId) => _caveats[modifierId];
}

internal sealed record SignalCodes(string Title, string Present, string Absent, string Question, string Advice)
{
    public string For(SignalState state) => state == SignalState.Present ? Present : Absent;
}

using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Matching;

namespace InterviewSignals.Reading;

/// <summary>
/// The context rules of one language, compiled from its file: the words that end a clause, the ConText-style rules
/// (negation, hypothetical, someone else, advice, a process described in general) and the words that name who acts.
/// Every phrase of every rule and every actor word is one pattern in <see cref="Triggers"/>, so a text is searched
/// for all of them in the same pass as the set's cues.
/// </summary>
internal sealed class LanguageRules
{
    public LanguageRules(string language, IEnumerable<string> clauseWords, IReadOnlyList<ContextRule> rules, IReadOnlyList<(CuePattern Pattern, ActorKind Kind, bool Pronoun)> actors)
    {
        Language = language;
        ClauseWords = new HashSet<string>(clauseWords, Internal.FastOrdinal.Instance);
        Rules = rules;
        var patterns = new List<CuePattern>();
        var roles = new List<TriggerRole>();
        for (var r = 0; r < rules.Count; r++)
        {
            patterns.AddRange(rules[r].Phrases);
            roles.AddRange(rules[r].Phrases.Select(_ => new TriggerRole(r, Terminator: false, Actor: null)));
            patterns.AddRange(rules[r].Terminators);
            roles.AddRange(rules[r].Terminators.Select(_ => new TriggerRole(r, Terminator: true, Actor: null)));
        }

        foreach (var (pattern, kind, pronoun) in actors)
        {
            patterns.Add(pattern);
            roles.Add(new TriggerRole(-1, Terminator: false, kind, pronoun));
        }

        Triggers = patterns;
        Roles = roles.ToArray();
        Index = new CueIndex(patterns);
    }

    public string Language { get; }

    /// <summary>Gets the words that end a clause ("but", "pero"): a negation before them does not reach a cue after them.</summary>
    public HashSet<string> ClauseWords { get; }

    public IReadOnlyList<ContextRule> Rules { get; }

    /// <summary>Gets every phrase, terminator and actor word, in the order of <see cref="Roles"/>.</summary>
    public IReadOnlyList<CuePattern> Triggers { get; }

    /// <summary>Gets what each trigger is: a rule's phrase or terminator, or an actor word.</summary>
    public TriggerRole[] Roles { get; }

    /// <summary>Gets the triggers alone, indexed; for reading context without a set's cues.</summary>
    public CueIndex Index { get; }
}

/// <summary>What a trigger found in a text does: it belongs to rule <paramref name="Rule"/> (as a phrase or a terminator), or it names an actor (with a pronoun, which never stands for the person an adjective before it describes).</summary>
internal readonly record struct TriggerRole(int Rule, bool Terminator, ActorKind? Actor, bool Pronoun = false);

/// <summary>Whose action or quality words describe: the writer's, the employer side's (interviewers, recruiters, the company), or someone else's.</summary>
internal enum ActorKind
{
    Writer,
    Employer,
    Others,
}

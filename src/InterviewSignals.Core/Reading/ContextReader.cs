using System;
using System.Collections.Generic;
using InterviewSignals.Matching;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Reading;

/// <summary>
/// Decides what the words around each cue do to it, for one tokenized text, by the language's context rules (after
/// NegEx and ConText): advice to the reader, a process described in general, someone else's experience, an actor that
/// does not fit the signal's driver, a hypothetical, a negation. Triggers are found once per text; each cue then looks
/// only at its own clause and sentence, through binary searches, so the work stays linear in the text.
/// </summary>
internal sealed class ContextReader
{
    private const int AfterAdjective = 2;

    private readonly List<TextToken> _tokens;
    private readonly LanguageRules _rules;
    private readonly Clauses _clauses;
    private readonly TextKind _kind;
    private readonly List<(int First, int Last)>[] _phrases;
    private readonly List<(int First, int Last)>[] _terminators;
    private readonly List<(int First, int Last)> _actorSpans = new();
    private readonly List<ActorKind> _actorKinds = new();
    private readonly List<bool> _actorPronouns = new();
    private readonly (int First, int Last)[]? _signs;

    /// <param name="tokens">The text's tokens.</param>
    /// <param name="rules">The language's rules.</param>
    /// <param name="clauses">The text's clauses and sentences.</param>
    /// <param name="kind">What the text is: rules may apply to some kinds only, and actors are read in narratives alone.</param>
    /// <param name="signs">
    /// For each token, the matched cue that covers it (its first and last token), or (-1, -1). A trigger there is part of
    /// a sign ("asked when I could start", "sin noticias"), not context for another sign that does not overlap it.
    /// </param>
    /// <param name="triggers">The language's triggers found in the text (patterns numbered as <see cref="LanguageRules.Triggers"/>).</param>
    public ContextReader(List<TextToken> tokens, LanguageRules rules, Clauses clauses, TextKind kind, (int First, int Last)[]? signs, List<CueMatch> triggers)
    {
        _tokens = tokens;
        _rules = rules;
        _clauses = clauses;
        _kind = kind;
        _signs = signs;
        _phrases = new List<(int, int)>[rules.Rules.Count];
        _terminators = new List<(int, int)>[rules.Rules.Count];
        for (var r = 0; r < rules.Rules.Count; r++)
        {
            (_phrases[r], _terminators[r]) = (new List<(int, int)>(), new List<(int, int)>());
        }

        // The matcher reports matches in the order they start, so each list is in text order without sorting.
        foreach (var t in triggers)
        {
            var role = rules.Roles[t.Pattern];
            if (role.Actor is { } actor)
            {
                _actorSpans.Add((t.First, t.Last));
                _actorKinds.Add(actor);
                _actorPronouns.Add(role.Pronoun);
            }
            else
            {
                (role.Terminator ? _terminators : _phrases)[role.Rule].Add((t.First, t.Last));
            }
        }

        // A negation that a pseudo-negation overlaps ("not only", "no doubt") is no negation.
        for (var r = 0; r < rules.Rules.Count; r++)
        {
            if (rules.Rules[r].Category != ContextCategory.PseudoNegation)
            {
                continue;
            }

            for (var n = 0; n < rules.Rules.Count; n++)
            {
                if (rules.Rules[n].Category == ContextCategory.Negation)
                {
                    var pseudo = _phrases[r];
                    _phrases[n] = _phrases[n].FindAll(x => !Any(pseudo, x.First - MaxTriggerSpan, x.Last, p => Overlap(p, x)));
                }
            }
        }
    }

    /// <summary>Reads context with the language's own rules alone (no set's cues in the same pass): for tests and tools.</summary>
    public ContextReader(List<TextToken> tokens, LanguageRules rules, TextKind kind = TextKind.Narrative)
        : this(tokens, rules, new Clauses(tokens, rules.ClauseWords), kind, null, rules.Index.FindAll(tokens))
    {
    }

    /// <summary>The longest trigger, in tokens; a pseudo-negation that overlaps a negation starts at most this far before it.</summary>
    private const int MaxTriggerSpan = 8;

    /// <summary>Gets the tokens of the sentence that holds a token: its first and last token.</summary>
    public (int Start, int End) SentenceOf(int token) => (_clauses.SentenceStart(token), _clauses.SentenceEnd(token));

    /// <summary>Reads the context of a plain pattern's match, for a signal with no driver.</summary>
    public CueContext Of(int first, int last, CuePattern cue) => Of(first, last, cue.Words, null);

    /// <summary>
    /// Reads the context of a cue that matched tokens <paramref name="first"/> to <paramref name="last"/>. A trigger made
    /// of the cue's own words does not count (a cue may be a negative phrase of its own, "no word yet"); one that a gap in
    /// the cue skipped over does ("salary was not discussed").
    /// </summary>
    /// <param name="first">The cue's first token.</param>
    /// <param name="last">The cue's last token.</param>
    /// <param name="own">The words the cue spells out.</param>
    /// <param name="driver">The driver of the signal the cue shows, or <see langword="null"/> for a fact's cue.</param>
    public CueContext Of(int first, int last, HashSet<string> own, SignalDriver? driver)
    {
        foreach (var (category, context) in Order)
        {
            if (category == ContextCategory.Hypothetical && OtherActor(first, last, own, driver))
            {
                return CueContext.OtherActor;
            }

            for (var r = 0; r < _rules.Rules.Count; r++)
            {
                if (_rules.Rules[r].Category == category && Applies(r, first, last, own))
                {
                    return context;
                }
            }
        }

        return CueContext.Affirmed;
    }

    /// <summary>The categories in the order they are checked; an actor that does not fit comes after someone else and before a hypothetical.</summary>
    private static readonly (ContextCategory Category, CueContext Context)[] Order =
    [
        (ContextCategory.Advice, CueContext.AdviceToReader), (ContextCategory.Generic, CueContext.Generic), (ContextCategory.SomeoneElse, CueContext.SomeoneElse),
        (ContextCategory.Hypothetical, CueContext.Hypothetical), (ContextCategory.Negation, CueContext.Negated),
    ];

    private bool Applies(int r, int first, int last, HashSet<string> own)
    {
        var rule = _rules.Rules[r];
        if (!rule.AppliesTo(_kind))
        {
            return false;
        }

        var span = (first, last);
        var triggers = _phrases[r];
        if (rule.Question)
        {
            return IsQuestion(_clauses.SentenceStart(first), _clauses.SentenceEnd(last));
        }

        if (rule.SentenceStart)
        {
            var word = FirstWord(_clauses.SentenceStart(first));
            return Any(triggers, word, word, t => !Overlap(t, span) && !OtherSign(t, span));
        }

        var (start, end) = rule.SentenceScope ? (_clauses.SentenceStart(first), _clauses.SentenceEnd(last)) : (_clauses.ClauseStart(first), _clauses.ClauseEnd(last));
        var reach = rule.Reach ?? int.MaxValue;
        var from = rule.Direction == ContextDirection.Backward ? first : Math.Max(start, rule.Reach is null ? start : first - reach - MaxTriggerSpan);
        var to = rule.Direction == ContextDirection.Forward ? last : Math.Min(end, rule.Reach is null ? end : last + reach);

        // A plain loop rather than a predicate: this runs for every cue and rule, and a closure would be allocated each time.
        for (var i = LowerBound(triggers, from); i < triggers.Count && triggers[i].First <= to; i++)
        {
            var t = triggers[i];
            var placed = rule.Direction switch
            {
                ContextDirection.Forward => t.Last < first,
                ContextDirection.Backward => t.First > last,
                _ => true,
            };
            if (placed && t.Last <= end
                && !(Overlap(t, span) && OwnWords(t, own))
                && !(rule.SignWords == SignWords.IgnoreOthers && OtherSign(t, span))
                && !(rule.SignWords == SignWords.Ignore && Covered(t))
                && t.First - last <= reach && first - t.Last <= reach
                && !Terminated(r, t, span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the rule's terminators stands between a trigger and the cue, ending the trigger's scope.</summary>
    private bool Terminated(int r, (int First, int Last) trigger, (int First, int Last) cue)
    {
        var (from, to) = trigger.Last < cue.First ? (trigger.Last + 1, cue.First - 1) : (cue.Last + 1, trigger.First - 1);
        return from <= to && Any(_terminators[r], from, to, t => t.Last <= to);
    }

    /// <summary>
    /// Whether the actor of the cue's words does not fit the signal's driver: someone else's (a friend, other candidates)
    /// never fits; the employer side's (the recruiter, she, they) does not fit a signal about the candidate's own conduct.
    /// Read in narratives only, where "I" is the candidate.
    /// </summary>
    private bool OtherActor(int first, int last, HashSet<string> own, SignalDriver? driver)
        => driver is not null && _kind == TextKind.Narrative && ActorOf(first, last, own) is { } actor
           && (actor == ActorKind.Others || (driver == SignalDriver.Candidate && actor == ActorKind.Employer));

    /// <summary>
    /// Whose action or quality the cue's words describe: an actor word the cue starts with ("I was nervous"); else the
    /// nearest before it in its clause; else a noun right after it ("an unprofessional recruiter"); else the nearest
    /// before it in its sentence, other than an employer's pronoun. Someone else, or an employer's pronoun, named by
    /// the cue's own words ("many candidates", "les escribí") is what the cue is about or whom it addresses,
    /// not who acts, and an object within the cue ("answered them") is not its actor either.
    /// </summary>
    private ActorKind? ActorOf(int first, int last, HashSet<string> own)
    {
        var clause = _clauses.ClauseStart(first);
        int? starts = null, before = null, after = null, earlier = null;
        for (var i = LowerBound(_actorSpans, _clauses.SentenceStart(first)); i < _actorSpans.Count && _actorSpans[i].First <= last + 1; i++)
        {
            var a = _actorSpans[i];
            if (a.First == first)
            {
                // Someone else, or an employer's pronoun, spelled out by the cue itself is what the cue is about or
                // whom it addresses ("many candidates", "les escribí"), not who acts.
                var about = _actorKinds[i] == ActorKind.Others || (_actorKinds[i] == ActorKind.Employer && _actorPronouns[i]);
                starts = about && OwnWords(a, own) ? starts : i;
            }
            else if (a.Last < first && a.First >= clause)
            {
                before = i;
            }
            else if (a.Last < first && !(_actorKinds[i] == ActorKind.Employer && _actorPronouns[i]))
            {
                // An employer's pronoun in an earlier clause is too far to say who the cue's clause is about ("he
                // asked basic questions, the interview went well"); a named actor, or the writer, is not.
                earlier = i;
            }
            else if (a.First == last + 1 && !_actorPronouns[i] && a.Last <= _clauses.ClauseEnd(last))
            {
                after = i;
            }
        }

        return (starts ?? before ?? after ?? earlier) is { } found ? _actorKinds[found] : null;
    }

    /// <summary>
    /// Whether a trigger that starts between <paramref name="from"/> and <paramref name="to"/> satisfies the test. Triggers
    /// are in text order, so a binary search finds the first one and only those in range are looked at: the cost of a
    /// cue's context stays with its own sentence, not with the length of the text.
    /// </summary>
    private static bool Any(List<(int First, int Last)> triggers, int from, int to, Predicate<(int First, int Last)> test)
    {
        for (var i = LowerBound(triggers, from); i < triggers.Count && triggers[i].First <= to; i++)
        {
            if (test(triggers[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static int LowerBound(List<(int First, int Last)> spans, int from)
    {
        int lo = 0, hi = spans.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (spans[mid].First < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private bool OwnWords((int First, int Last) trigger, HashSet<string> own)
    {
        for (var i = trigger.First; i <= trigger.Last; i++)
        {
            if (!own.Contains(_tokens[i].Normal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the sentence is a question: the break that ends it holds a question mark.</summary>
    private bool IsQuestion(int start, int end) => end + 1 < _tokens.Count && _tokens[end + 1].Normal == "?" && start <= end;

    private int FirstWord(int from)
    {
        while (from < _tokens.Count && _tokens[from].IsBreak)
        {
            from++;
        }

        return from;
    }

    /// <summary>Whether every word of a trigger belongs to some matched cue.</summary>
    private bool Covered((int First, int Last) trigger)
    {
        if (_signs is null)
        {
            return false;
        }

        for (var i = trigger.First; i <= trigger.Last; i++)
        {
            if (_signs[i].First < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a trigger is part of another sign that does not overlap the cue.</summary>
    private bool OtherSign((int First, int Last) trigger, (int First, int Last) cue)
        => _signs is not null && _signs[trigger.First] is var sign && sign.First >= 0 && !Overlap(sign, cue);

    private static bool Overlap((int First, int Last) a, (int First, int Last) b) => a.First <= b.Last && b.First <= a.Last;
}

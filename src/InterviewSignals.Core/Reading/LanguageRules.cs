using InterviewSignals.Cues;
using System;
using System.Collections.Generic;
using System.Linq;

namespace InterviewSignals.Reading;

/// <summary>
/// The words that shape a cue's meaning in one language, after the NegEx and ConText algorithms: triggers of negation
/// (with the pseudo-negations that only look like one), of hypotheticals, of someone else's experience and of advice
/// to the reader, and the words that end a clause, where a trigger's reach stops.
/// </summary>
internal sealed class LanguageRules
{
    private static readonly Dictionary<string, LanguageRules> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new(
            "en",
            clauseWords: new[] { "but", "however", "although", "though", "yet", "whereas", "except", "besides", "anyway" },
            negations: new[] { "not", "no", "never", "didnt", "dont", "doesnt", "wasnt", "werent", "isnt", "arent", "havent", "hasnt", "hadnt", "wont", "cant", "cannot", "couldnt", "wouldnt", "without", "nobody", "none", "neither", "nor", "nothing", "no one", "failed to", "lack of" },
            pseudoNegations: new[] { "not only", "not just", "no doubt", "nothing but", "no matter", "not sure", "never mind", "cant wait" },
            sentenceHypotheticals: new[] { "if", "in case", "unless", "whether" },
            clauseHypotheticals: new[] { "may", "might", "would", "hope", "hoping", "hopefully", "wish", "maybe", "perhaps", "probably", "should they", "supposed to", "expect to", "going to" },
            someoneElse: new[] { "a friend", "my friend", "friends", "a colleague", "my colleague", "someone", "somebody", "another candidate", "other candidates", "others", "my brother", "my sister", "a classmate", "people say", "i heard that" },
            advice: new[] { "be ready", "be prepared", "make sure", "send", "follow up", "you should", "you must", "always", "remember to", "dont forget", "tip", "try to", "prepare", "ask", "expect", "do not", "dont" }),
        ["es"] = new(
            "es",
            clauseWords: new[] { "pero", "aunque", "sino", "embargo", "mientras", "salvo", "excepto" },
            negations: new[] { "no", "nunca", "jamas", "ni", "sin", "nadie", "nada", "tampoco", "ningun", "ninguna", "ninguno" },
            pseudoNegations: new[] { "no solo", "no solamente", "sin duda", "no cabe duda", "no se si", "no importa" },
            sentenceHypotheticals: new[] { "si", "en caso", "a menos que" },
            clauseHypotheticals: new[] { "quiza", "quizas", "tal vez", "podria", "podrian", "puede que", "espero", "ojala", "supongo", "seguramente", "probablemente", "deberian", "van a" },
            someoneElse: new[] { "un amigo", "una amiga", "mi amigo", "mi amiga", "un companero", "una companera", "alguien", "otro candidato", "otros candidatos", "otra candidata", "mi hermano", "mi hermana", "dicen que" },
            advice: new[] { "preparate", "asegurate", "deberias", "debes", "recuerda", "no olvides", "consejo", "intenta", "pregunta", "prepara" }),
    };

    private LanguageRules(string language, string[] clauseWords, string[] negations, string[] pseudoNegations, string[] sentenceHypotheticals, string[] clauseHypotheticals, string[] someoneElse, string[] advice)
    {
        Language = language;
        ClauseWords = new HashSet<string>(clauseWords, Internal.FastOrdinal.Instance);
        // Every trigger in one index, so that a text is searched for all of them in one pass.
        var all = new List<CuePattern>();
        var kinds = new List<TriggerKind>();
        foreach (var (words, kind) in new[] { (negations, TriggerKind.Negation), (pseudoNegations, TriggerKind.PseudoNegation), (sentenceHypotheticals, TriggerKind.SentenceHypothetical), (clauseHypotheticals, TriggerKind.ClauseHypothetical), (someoneElse, TriggerKind.SomeoneElse), (advice, TriggerKind.Advice) })
        {
            var patterns = Compile(words);
            all.AddRange(patterns);
            kinds.AddRange(patterns.Select(_ => kind));
        }

        Triggers = new CueIndex(all);
        TriggerKinds = kinds.ToArray();
    }

    /// <summary>What a trigger does.</summary>
    internal enum TriggerKind
    {
        Negation,
        PseudoNegation,
        SentenceHypothetical,
        ClauseHypothetical,
        SomeoneElse,
        Advice,
    }

    /// <summary>Gets every trigger of the language, indexed by the words that start them.</summary>
    public CueIndex Triggers { get; }

    /// <summary>Gets the kind of each trigger in <see cref="Triggers"/>.</summary>
    public TriggerKind[] TriggerKinds { get; }

    public string Language { get; }

    /// <summary>Gets the words that end a clause ("but", "pero"): a negation before them does not reach a cue after them.</summary>
    public HashSet<string> ClauseWords { get; }

    public static IReadOnlyCollection<string> Languages => ByLanguage.Keys;

    /// <summary>Finds the rules for a language tag, or for its primary language (<c>es-MX</c> reads with <c>es</c>).</summary>
    public static LanguageRules? For(string language)
        => ByLanguage.TryGetValue(language, out var rules) ? rules : ByLanguage.TryGetValue(language.Split('-')[0], out rules) ? rules : null;

    private static CuePattern[] Compile(IEnumerable<string> patterns)
        => patterns.Select(p => CuePattern.TryCompile(p, out var error, out _) ?? throw new InvalidOperationException($"Built-in trigger '{p}' does not compile: {error}")).ToArray();
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using InterviewSignals.Cues;
using InterviewSignals.Matching;
using InterviewSignals.Internal;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Reading;

/// <summary>
/// Reads a reading-language file (<c>docs/reading-language-format.md</c>) into compiled rules, reporting every problem
/// with a stable code, its JSON path and line:column. Nothing is thrown and caught on the way.
/// </summary>
internal static class LanguageFileReader
{
    private const int MaxDepth = 16;

    public static (ReadingLanguage? Language, IReadOnlyList<InputError> Errors) Read(string json, string? source)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var map = JsonPositionMap.Build(utf8, MaxDepth, out var failure);
        if (failure is { } f)
        {
            return (null, [new InputError(f.TooDeep ? SignalSetErrorCodes.LimitExceeded : SignalSetErrorCodes.MalformedJson, f.Path, f.Message, f.Line, f.Column, source)]);
        }

        using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxDepth + 1 });
        var errors = new List<InputError>();
        var language = Build(document.RootElement, json, errors);
        return errors.Count == 0
            ? (language, Array.Empty<InputError>())
            : (null, errors.Select(e => map.Find(e.Path) is { } at ? e.WithPosition(at.Line, at.Column, source) : e.WithPosition(null, null, source)).ToArray());
    }

    private static ReadingLanguage? Build(JsonElement root, string json, List<InputError> errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InputError(SignalSetErrorCodes.InvalidValue, "$", ReadingMessages.LanguageFileObject(JsonObjectReader.Describe(root))));
            return null;
        }

        var r = JsonObjectReader.Open(root, "$", errors, "a reading-language file")!;
        var tag = r.String("language", required: true) ?? string.Empty;
        if (tag.Length > 0 && !Internal.LanguageTagSyntax.IsWellFormed(tag))
        {
            r.Error(SignalSetErrorCodes.InvalidValue, "$.language", ReadingMessages.NotATag(tag));
        }

        var name = r.String("name") ?? tag;
        var clauseWords = Words(r, "clauseWords");
        var rules = new List<ContextRule>();
        foreach (var (e, p) in r.Array("context", required: true))
        {
            if (ReadRule(e, p, errors) is { } rule)
            {
                rules.Add(rule);
            }
        }

        var actors = new List<(CuePattern, ActorKind, bool)>();
        if (r.Get("actors") is { } a && JsonObjectReader.Open(a, "$.actors", errors, "actors") is { } ar)
        {
            foreach (var (key, kind, pronoun) in new[] { ("writer", ActorKind.Writer, true), ("employer", ActorKind.Employer, false), ("employerPronouns", ActorKind.Employer, true), ("others", ActorKind.Others, false) })
            {
                actors.AddRange(Phrases(ar, key, errors).Select(p => (p, kind, pronoun)));
            }

            ar.Finish();
        }

        var inflector = r.Get("inflection") is { } i && JsonObjectReader.Open(i, "$.inflection", errors, "inflection rules") is { } ir ? ReadInflection(ir, errors) : Inflector.None;
        var quantities = r.Get("quantities") is { } q && JsonObjectReader.Open(q, "$.quantities", errors, "quantity words") is { } qr ? QuantityFileReader.Read(qr, errors) : new QuantityGrammar();
        r.Finish();
        return errors.Count > 0 ? null : new ReadingLanguage(tag, name, json, new LanguageRules(tag, clauseWords, rules, actors), quantities, inflector);
    }

    private static readonly (string Name, ContextCategory Value)[] Categories =
    [
        ("negation", ContextCategory.Negation), ("pseudo-negation", ContextCategory.PseudoNegation), ("hypothetical", ContextCategory.Hypothetical),
        ("someone-else", ContextCategory.SomeoneElse), ("advice", ContextCategory.Advice), ("generic", ContextCategory.Generic),
    ];

    private static readonly (string Name, ContextDirection Value)[] Directions = [("forward", ContextDirection.Forward), ("backward", ContextDirection.Backward), ("both", ContextDirection.Both)];

    private static readonly (string Name, ContextScope Value)[] Scopes = [("clause", ContextScope.Clause), ("sentence", ContextScope.Sentence)];

    private static readonly (string Name, ContextPosition Value)[] Positions = [("anywhere", ContextPosition.Anywhere), ("sentence-start", ContextPosition.SentenceStart), ("question", ContextPosition.Question)];

    private static readonly (string Name, SignWords Value)[] SignWordsNames = [("count", SignWords.Count), ("ignore-others", SignWords.IgnoreOthers), ("ignore", SignWords.Ignore)];

    private static readonly (string Name, TextKind Value)[] Kinds = [("narrative", TextKind.Narrative), ("employer-message", TextKind.EmployerMessage), ("notes", TextKind.Notes)];

    private enum ContextScope
    {
        Clause,
        Sentence,
    }

    private enum ContextPosition
    {
        Anywhere,
        SentenceStart,
        Question,
    }

    private static ContextRule? ReadRule(JsonElement e, string path, List<InputError> errors)
    {
        if (JsonObjectReader.Open(e, path, errors, "a context rule") is not { } o)
        {
            return null;
        }

        var category = o.Enum("category", Categories, required: true);
        var position = o.Enum("position", Positions);
        var sentenceStart = position == ContextPosition.SentenceStart;
        var question = position == ContextPosition.Question;
        if ((sentenceStart || question) && (o.Has("direction") || o.Has("scope")))
        {
            o.Error(SignalSetErrorCodes.InvalidValue, o.PathOf("position"), ReadingMessages.PositionNeedsNoDirection());
        }

        var direction = o.Enum("direction", Directions) ?? ContextDirection.Both;
        var sentence = (o.Enum("scope", Scopes) ?? ContextScope.Sentence) == ContextScope.Sentence;
        int? reach = null;
        if (o.Number("reach") is { } n)
        {
            if (n < 0 || n > 40 || n != Math.Floor(n))
            {
                o.Error(SignalSetErrorCodes.InvalidValue, o.PathOf("reach"), ReadingMessages.ReachOutOfRange(n));
            }

            reach = (int)n;
        }

        var kinds = new List<TextKind>();
        foreach (var (k, kp) in o.Array("kinds"))
        {
            var found = k.ValueKind == JsonValueKind.String ? Kinds.FirstOrDefault(x => x.Name == k.GetString()) : default;
            if (found.Name is null)
            {
                o.Error(SignalSetErrorCodes.InvalidValue, kp, Internal.Messages.NotValidExpected(k.ToString(), "kinds", string.Join(", ", Kinds.Select(x => x.Name))));
            }
            else
            {
                kinds.Add(found.Value);
            }
        }

        var phrases = Phrases(o, "phrases", errors, required: !question);
        if (!question && o.Get("phrases") is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() == 0)
        {
            o.Error(SignalSetErrorCodes.InvalidValue, o.PathOf("phrases"), ReadingMessages.NeedsPhrases());
        }

        var terminators = Phrases(o, "terminators", errors);
        var signWords = o.Enum("signWords", SignWordsNames) ?? SignWords.Count;
        o.Finish();
        return category is { } c ? new ContextRule(c, direction, sentence, reach, sentenceStart, question, phrases.ToArray(), terminators.ToArray(), kinds, signWords) : null;
    }

    /// <summary>A list of phrases, each compiled as a cue with no inflection (a language's phrases name the forms they mean).</summary>
    private static List<CuePattern> Phrases(JsonObjectReader o, string name, List<InputError> errors, bool required = false)
    {
        var result = new List<CuePattern>();
        foreach (var (e, p) in o.Array(name, required))
        {
            if (e.ValueKind != JsonValueKind.String)
            {
                o.Error(SignalSetErrorCodes.InvalidValue, p, Internal.Messages.ExpectedStringFound(JsonObjectReader.Describe(e)));
                continue;
            }

            var text = e.GetString()!;
            var pattern = CuePattern.TryCompile(text, out var error, out var column);
            if (pattern is null)
            {
                errors.Add(new InputError(SignalSetErrorCodes.InvalidCue, p, ReadingMessages.PhraseDoesNotCompile(text, error, column)));
            }
            else if (pattern.Slots.Length > 0)
            {
                errors.Add(new InputError(SignalSetErrorCodes.InvalidCue, p, ReadingMessages.PhraseHasSlot(text)));
            }
            else
            {
                result.Add(pattern);
            }
        }

        return result;
    }

    /// <summary>A list of single words in normal form.</summary>
    internal static List<string> Words(JsonObjectReader o, string name)
    {
        var words = new List<string>();
        foreach (var (e, p) in o.Array(name))
        {
            if (e.ValueKind != JsonValueKind.String)
            {
                o.Error(SignalSetErrorCodes.InvalidValue, p, Internal.Messages.ExpectedStringFound(JsonObjectReader.Describe(e)));
            }
            else if (Word(e.GetString()!) is { } w)
            {
                words.Add(w);
            }
            else
            {
                o.Error(SignalSetErrorCodes.InvalidValue, p, ReadingMessages.BadWord(e.GetString()!));
            }
        }

        return words;
    }

    /// <summary>The word itself when it is one word already in normal form, else <see langword="null"/>.</summary>
    internal static string? Word(string text)
        => text.Length > 0 && string.Equals(WordForm.Normalize(text), text, StringComparison.Ordinal) && text.All(char.IsLetterOrDigit) ? text : null;

    private static Inflector ReadInflection(JsonObjectReader o, List<InputError> errors)
    {
        var vowels = o.String("vowels") ?? "aeiou";
        var exact = new HashSet<string>(Words(o, "exact"), StringComparer.Ordinal);
        var rules = new List<InflectionRule>();
        foreach (var (e, p) in o.Array("rules"))
        {
            if (JsonObjectReader.Open(e, p, errors, "an inflection rule") is not { } r)
            {
                continue;
            }

            var ending = r.String("ending") ?? string.Empty;
            if (ending.Any(c => !(c is 'C' or 'V' || (char.IsLetter(c) && char.IsLower(c)))))
            {
                r.Error(SignalSetErrorCodes.InvalidValue, r.PathOf("ending"), ReadingMessages.BadEnding(ending));
            }

            var strip = r.Number("strip") ?? 0;
            if (strip < 0 || strip > 6 || strip != Math.Floor(strip))
            {
                r.Error(SignalSetErrorCodes.InvalidValue, r.PathOf("strip"), ReadingMessages.BadStrip(strip));
            }

            var add = r.Strings("add");
            foreach (var suffix in add.Where(s => s.Any(c => !char.IsLetter(c))))
            {
                r.Error(SignalSetErrorCodes.InvalidValue, r.PathOf("add"), ReadingMessages.BadSuffix(suffix));
            }

            rules.Add(new InflectionRule(ending, (int)Math.Max(0, strip), r.Boolean("double") ?? false, add.ToArray()));
            r.Finish();
        }

        var irregular = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (o.Get("irregular") is { } i && JsonObjectReader.Open(i, o.PathOf("irregular"), errors, "irregular forms by word") is { } ir)
        {
            foreach (var word in ir.Names())
            {
                var forms = new List<string>();
                foreach (var (e, p) in ir.Array(word))
                {
                    if (e.ValueKind == JsonValueKind.String && Word(e.GetString()!) is { } w)
                    {
                        forms.Add(w);
                    }
                    else
                    {
                        ir.Error(SignalSetErrorCodes.InvalidValue, p, ReadingMessages.BadWord(e.ToString()));
                    }
                }

                irregular[word] = forms.ToArray();
            }
        }

        o.Finish();
        return new Inflector(rules, irregular, exact, vowels);
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using InterviewSignals.Compilation;
using InterviewSignals.Matching;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Reading;

/// <summary>
/// What the text reader knows of one language, as data: the words that negate, make hypothetical, attribute to someone
/// else, give advice or describe a process in general (each rule with a direction, a scope and a reach, after medspaCy's
/// ConText rules); the words that name the writer and the employer's side; how words inflect; and how quantities are
/// written (numbers, units, weekdays). English and Spanish are built in; a host adds or overrides a language with a
/// file in the same format (<c>docs/reading-language-format.md</c>) through <see cref="TextReaderOptions.Languages"/>.
/// Immutable and thread-safe.
/// </summary>
public sealed class ReadingLanguage
{
    private static readonly Lazy<ReadingLanguage> EnglishLanguage = new(() => LoadBuiltIn("en"));
    private static readonly Lazy<ReadingLanguage> SpanishLanguage = new(() => LoadBuiltIn("es"));

    internal ReadingLanguage(string tag, string name, string json, LanguageRules rules, QuantityGrammar quantities, Inflector inflector)
    {
        Tag = tag;
        Name = name;
        Json = json;
        Rules = rules;
        Quantities = quantities;
        Inflector = inflector;
        CueLanguage = new CueLanguage(inflector, rules.Triggers);
    }

    /// <summary>Gets the built-in English rules.</summary>
    public static ReadingLanguage English => EnglishLanguage.Value;

    /// <summary>Gets the built-in Spanish rules.</summary>
    public static ReadingLanguage Spanish => SpanishLanguage.Value;

    /// <summary>Gets the built-in languages: English and Spanish.</summary>
    public static IReadOnlyList<ReadingLanguage> BuiltIn => Array.AsReadOnly(new[] { English, Spanish });

    /// <summary>Gets the language tag the rules read, such as <c>en</c> or <c>pt-BR</c>.</summary>
    public string Tag { get; }

    /// <summary>Gets the language's name in that language.</summary>
    public string Name { get; }

    /// <summary>Gets the file the rules were read from, as it was written: a starting point for a new language.</summary>
    public string Json { get; }

    internal LanguageRules Rules { get; }

    internal QuantityGrammar Quantities { get; }

    internal Inflector Inflector { get; }

    /// <summary>Gets what compiling a set's cues needs from this language; the set's compiled cues are cached under it.</summary>
    internal CueLanguage CueLanguage { get; }

    /// <summary>Reads a language file without throwing.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="language">The rules, when the text is a valid language file.</param>
    /// <param name="errors">Every problem found, each with a stable code, its path and line:column; empty on success.</param>
    /// <param name="sourceName">A file or stream name used in error positions.</param>
    /// <returns>Whether the text is a valid language file.</returns>
    public static bool TryParse(string json, [NotNullWhen(true)] out ReadingLanguage? language, out IReadOnlyList<InputError> errors, string? sourceName = null)
    {
        (language, errors) = LanguageFileReader.Read(Internal.Guard.NotNull(json), sourceName);
        return language is not null;
    }

    /// <summary>Reads a language file.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="sourceName">A file or stream name used in error positions.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ReadingLanguageException">Every problem found, each with its path and line:column.</exception>
    public static ReadingLanguage Parse(string json, string? sourceName = null)
        => TryParse(json, out var language, out var errors, sourceName) ? language : throw new ReadingLanguageException(errors);

    /// <summary>Reads a language file from disk.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ReadingLanguageException">Every problem found, each with its path and line:column.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ReadingLanguage LoadFile(string path) => Parse(File.ReadAllText(Internal.Guard.NotNull(path)), path);

    /// <summary>
    /// Gives the forms a word written in a cue matches in this language: the word itself and those its inflection rules
    /// and irregular forms give it ("ask": ask, asks, asked, asking). A function word, or a word written as <c>=word</c> in
    /// a cue, matches only itself.
    /// </summary>
    /// <param name="word">The word, as a cue writes it.</param>
    /// <returns>The forms, the word first.</returns>
    public IReadOnlyList<string> FormsOf(string word) => Array.AsReadOnly(Inflector.FormsOf(Cues.WordForm.Normalize(Internal.Guard.NotNull(word))));

    /// <summary>Returns the tag and name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Tag + " (" + Name + ")";

    private static ReadingLanguage LoadBuiltIn(string tag)
    {
        using var stream = typeof(ReadingLanguage).Assembly.GetManifestResourceStream("InterviewSignals.Reading.Languages." + tag + ".json")
            ?? throw new InvalidOperationException(ReadingMessages.EmbeddedRulesMissing(tag));
        using var reader = new StreamReader(stream);
        return TryParse(reader.ReadToEnd(), out var language, out var errors, tag + ".json")
            ? language
            : throw new InvalidOperationException(ReadingMessages.EmbeddedRulesInvalid(tag) + string.Join("; ", errors));
    }
}

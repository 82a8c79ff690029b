using System.Collections.Generic;
using InterviewSignals.Internal;

namespace InterviewSignals.Taxonomy;

/// <summary>
/// A named class of words in one language, declared once in a set and used inside any cue as <c>@name</c>: for
/// example <c>pay</c> in English holds salary, pay, compensation, ctc, package and remuneration, so that
/// <c>"discuss @pay"</c> covers them all. Members are single words (matched in every form the language gives them),
/// stems (<c>salar*</c>) or exact forms (<c>=pay</c>). A set that extends another adds its words to a class of the
/// same name and language.
/// </summary>
public sealed record WordClass
{
    private readonly IReadOnlyList<string> _words = ValueList<string>.Empty;

    /// <summary>Initializes a new instance of the <see cref="WordClass"/> class.</summary>
    /// <param name="language">The language tag the class belongs to, such as <c>en</c>.</param>
    /// <param name="name">The name, used in cues after <c>@</c>: lower-case letters, digits and hyphens.</param>
    /// <param name="words">The members.</param>
    public WordClass(string language, string name, IEnumerable<string> words)
    {
        Language = Guard.NotNull(language);
        Name = Guard.NotNull(name);
        Words = Values.List(Guard.NotNull(words));
    }

    /// <summary>Gets the language tag.</summary>
    public string Language { get; init; }

    /// <summary>Gets the name, without the <c>@</c>.</summary>
    public string Name { get; init; }

    /// <summary>Gets the members: words, <c>stem*</c> or <c>=exact</c> forms.</summary>
    public IReadOnlyList<string> Words { get => _words; init => _words = Values.List(value); }
}

using System;
using System.Collections.Generic;

namespace InterviewSignals.Cues;

/// <summary>
/// What a cue is compiled against: the language's inflection (so that "ask" also matches asked, asking) and the set's
/// word classes for that language (so that <c>@pay</c> stands for salary, pay, compensation…).
/// </summary>
internal sealed class CueSyntax
{
    /// <summary>No inflection and no classes: every word matches only itself.</summary>
    public static readonly CueSyntax Plain = new(Inflector.None, null);

    public CueSyntax(Inflector inflector, IReadOnlyDictionary<string, IReadOnlyList<string>>? classes)
    {
        Inflector = inflector;
        Classes = classes ?? new Dictionary<string, IReadOnlyList<string>>(0, StringComparer.Ordinal);
    }

    public Inflector Inflector { get; }

    /// <summary>Gets the word classes by name (without the <c>@</c>), each a list of members: words, <c>stem*</c> or <c>=exact</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Classes { get; }
}

namespace InterviewSignals.Taxonomy;

/// <summary>The stable codes of a signal set's <see cref="InputError"/>.</summary>
public static class SignalSetErrorCodes
{
    /// <summary>The text is not well-formed JSON.</summary>
    public const string MalformedJson = "malformed-json";

    /// <summary>The <c>formatVersion</c> is missing or not one this library reads.</summary>
    public const string UnknownFormatVersion = "unknown-format-version";

    /// <summary>A required property is missing.</summary>
    public const string MissingProperty = "missing-property";

    /// <summary>A property is not part of the format (often a typo).</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>A value has the wrong type or format.</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>Two items of the same kind share an id.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A reference names a signal, fact, category or document that the set does not declare.</summary>
    public const string UnknownReference = "unknown-reference";

    /// <summary>A weight is NaN, infinite or beyond the allowed magnitude.</summary>
    public const string InvalidWeight = "invalid-weight";

    /// <summary>A ramp's start lies after its end.</summary>
    public const string ReversedRamp = "reversed-ramp";

    /// <summary>A text the set needs (a title, an explanation, a caveat) is missing.</summary>
    public const string MissingText = "missing-text";

    /// <summary>The set extends a set that cannot be found.</summary>
    public const string UnknownExtends = "unknown-extends";

    /// <summary>The <c>extends</c> chain returns to a set already in it.</summary>
    public const string CyclicExtends = "cyclic-extends";

    /// <summary>A configured limit (size, count, depth, length) was exceeded.</summary>
    public const string LimitExceeded = "limit-exceeded";

    /// <summary>A fact or signal is keyed to a protected characteristic or a usual proxy for one, and no valid waiver was given.</summary>
    public const string ProtectedCharacteristic = "protected-characteristic";

    /// <summary>A set file that does not exist (a relative path is read from the current directory).</summary>
    public const string FileNotFound = "file-not-found";

    /// <summary>A cue that does not compile, or cues under a key that is not a language tag.</summary>
    public const string InvalidCue = "invalid-cue";
}

namespace InterviewSignals.Observations;

/// <summary>The stable codes of an observation's <see cref="Taxonomy.InputError"/>.</summary>
public static class ObservationErrorCodes
{
    /// <summary>An answer names a signal the set does not declare.</summary>
    public const string UnknownSignal = "unknown-signal";

    /// <summary>A value names a fact the set does not declare.</summary>
    public const string UnknownFact = "unknown-fact";

    /// <summary>A fact value has a different kind from the one the set declares.</summary>
    public const string WrongFactKind = "wrong-fact-kind";

    /// <summary>A number lies outside the fact's bounds, or a strength outside 0..1.</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>A choice is not one the fact declares.</summary>
    public const string UnknownChoice = "unknown-choice";

    /// <summary>The text is not well-formed JSON (the same code as for signal sets).</summary>
    public const string MalformedJson = "malformed-json";

    /// <summary>A property that an observation does not have.</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>A value of the wrong shape: a signal answer that is not present, absent or unknown, an <c>asOf</c> that is not a date, a document that is too large.</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>A date of something that has already happened (the interview date, for example) lies after the as-of date.</summary>
    public const string DateAfterAsOf = "date-after-as-of";

    /// <summary>The observation says it was made for another set (<c>"signalSet"</c> names another content hash).</summary>
    public const string SignalSetMismatch = "signal-set-mismatch";
}

namespace InterviewSignals.Serialization;

/// <summary>The stable codes of the <see cref="Taxonomy.InputError"/> a stored result that does not read back carries.</summary>
public static class ResultJsonErrorCodes
{
    /// <summary>The text is not well-formed JSON (the same code as for sets and observations).</summary>
    public const string MalformedJson = "malformed-json";

    /// <summary>The JSON is not the result's shape: a missing or mistyped property, an unknown enum value, <c>null</c>.</summary>
    public const string InvalidValue = "invalid-value";
}

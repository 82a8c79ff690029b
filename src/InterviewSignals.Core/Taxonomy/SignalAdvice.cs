namespace InterviewSignals.Taxonomy;

/// <summary>
/// Advice tied to a signal's state, so that nobody is told to do what they already did. In JSON, a plain string is
/// advice for when the sign was not observed (absent or unknown: something still to do); an object gives advice per
/// state, for example <c>{ "present": "Prepare for the next round…" }</c>.
/// </summary>
public sealed record SignalAdvice
{
    /// <summary>Gets the advice when the sign was observed, or <see langword="null"/>.</summary>
    public string? Present { get; init; }

    /// <summary>Gets the advice when the sign was looked for and not observed, or <see langword="null"/>.</summary>
    public string? Absent { get; init; }

    /// <summary>Gets the advice when nobody knows yet, or <see langword="null"/>.</summary>
    public string? Unknown { get; init; }

    /// <summary>Gets a value indicating whether the advice is the JSON shorthand: one text for absent and unknown, none for present.</summary>
    public bool IsWhenNotPresent => Present is null && Absent is not null && Absent == Unknown;

    /// <summary>Advice for a sign the person can still bring about: shown while the sign is absent or unknown, never once it is present.</summary>
    /// <param name="text">The advice.</param>
    /// <returns>The advice.</returns>
    public static SignalAdvice WhenNotPresent(string text) => new() { Absent = Internal.Guard.NotNull(text), Unknown = text };

    /// <summary>Advice for when the sign was observed, for example what to do now that a next round is planned.</summary>
    /// <param name="text">The advice.</param>
    /// <returns>The advice.</returns>
    public static SignalAdvice WhenPresent(string text) => new() { Present = Internal.Guard.NotNull(text) };

    /// <summary>Gets the advice for a state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The advice, or <see langword="null"/> when there is none for that state.</returns>
    public string? For(SignalState state) => state switch
    {
        SignalState.Present => Present,
        SignalState.Absent => Absent,
        _ => Unknown,
    };
}

using System;

namespace InterviewSignals.Timelines;

/// <summary>A date the candidate was told they would hear by.</summary>
/// <param name="By">The promised day; the promise is kept if the candidate hears by the end of that day.</param>
/// <param name="Source">Where the date came from.</param>
/// <param name="Words">The words the date was read from, for a date from notes.</param>
public sealed record RecordedPromise(DateTimeOffset By, PromiseSource Source, string? Words = null);

namespace InterviewSignals.Timelines;

/// <summary>Where a promised date came from.</summary>
public enum PromiseSource
{
    /// <summary>A date field of the tracking system, filled in by a recruiter.</summary>
    Field,

    /// <summary>A recruiter's free-text notes, read by the text reader ("told her we'd get back to her by Friday").</summary>
    Notes,
}

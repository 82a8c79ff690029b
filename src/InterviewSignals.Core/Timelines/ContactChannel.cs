namespace InterviewSignals.Timelines;

/// <summary>How someone got in touch.</summary>
public enum ContactChannel
{
    /// <summary>An email.</summary>
    Email,

    /// <summary>A phone or video call.</summary>
    Call,

    /// <summary>A text or chat message.</summary>
    Message,

    /// <summary>Anything else, such as a letter or a note in the system.</summary>
    Other,
}

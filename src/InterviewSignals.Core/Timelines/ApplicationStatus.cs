namespace InterviewSignals.Timelines;

/// <summary>Where an application stands as of a date: open, decided, or erased.</summary>
public enum ApplicationStatus
{
    /// <summary>No decision is recorded, or the last one was undone.</summary>
    Active,

    /// <summary>The candidate was hired.</summary>
    Hired,

    /// <summary>The application was rejected.</summary>
    Rejected,

    /// <summary>The application was archived without a hire.</summary>
    Archived,

    /// <summary>The candidate withdrew.</summary>
    Withdrawn,

    /// <summary>The application was deleted or its candidate anonymised; a host purges what it holds.</summary>
    Erased,
}

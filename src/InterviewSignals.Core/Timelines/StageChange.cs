namespace InterviewSignals.Timelines;

/// <summary>A move of an application from one stage of the process to another.</summary>
/// <param name="To">The stage entered, as the tracking system names or identifies it.</param>
/// <param name="From">The stage left, when the system says.</param>
/// <param name="Order">The entered stage's position in the process (higher is further), when the system says.</param>
public sealed record StageChange(string To, string? From = null, int? Order = null);

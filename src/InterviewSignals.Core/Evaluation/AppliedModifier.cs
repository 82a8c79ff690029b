namespace InterviewSignals.Evaluation;

/// <summary>A modifier whose condition held.</summary>
/// <param name="ModifierId">The modifier id.</param>
/// <param name="Degree">How fully the condition held, from 0 to 1.</param>
/// <param name="Factor">The factor applied to targeted contributions: 1 + (declared factor − 1) × degree.</param>
/// <param name="AffectedSignals">How many contributions it scaled.</param>
public sealed record AppliedModifier(string ModifierId, double Degree, double Factor, int AffectedSignals);

namespace InterviewSignals.Evaluation;

/// <summary>A modifier factor applied to one contribution.</summary>
/// <param name="ModifierId">The modifier id.</param>
/// <param name="Factor">The factor.</param>
public sealed record ModifierFactor(string ModifierId, double Factor);

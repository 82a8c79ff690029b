using InterviewSignals.Evaluation;

namespace InterviewSignals.Explanations;

/// <summary>An assessment with its explanation, as the command-line tool and hosts that store both write them: <c>{"assessment": …, "explanation": …}</c>.</summary>
/// <param name="Assessment">The assessment.</param>
/// <param name="Explanation">Its explanation.</param>
public sealed record ExplainedAssessment(Assessment Assessment, Explanation Explanation);

using System.Collections.Generic;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Questionnaires;

/// <summary>The questions of one phase of the interview.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="Title">The section title, in the questionnaire's language.</param>
/// <param name="Questions">The questions: context facts first, then signals, in the set's order.</param>
public sealed record QuestionnaireSection(InterviewPhase Phase, string Title, IReadOnlyList<Question> Questions);

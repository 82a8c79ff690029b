namespace InterviewSignals.Questionnaires;

/// <summary>One allowed answer of a choice question.</summary>
/// <param name="Value">The value to submit.</param>
/// <param name="Label">The label to show, in the questionnaire's language.</param>
public sealed record QuestionChoice(string Value, string Label);

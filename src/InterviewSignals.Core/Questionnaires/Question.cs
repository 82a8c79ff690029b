using System.Collections.Generic;

namespace InterviewSignals.Questionnaires;

/// <summary>One question of a questionnaire.</summary>
public sealed record Question
{
    /// <summary>Gets the id of the signal or fact it fills in; also the key to submit the answer under.</summary>
    public required string Id { get; init; }

    /// <summary>Gets what the question fills in.</summary>
    public required QuestionTarget Target { get; init; }

    /// <summary>Gets how it is answered.</summary>
    public required AnswerKind Kind { get; init; }

    /// <summary>Gets the question, in the questionnaire's language.</summary>
    public required string Text { get; init; }

    /// <summary>Gets, for a signal's question, how common the sign is (the set's prior, or the documented default); <see langword="null"/> for a fact's question.</summary>
    public double? Prevalence { get; init; }

    /// <summary>Gets the unit of a number, in the questionnaire's language, or <see langword="null"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>Gets the smallest allowed number, or <see langword="null"/>.</summary>
    public double? Minimum { get; init; }

    /// <summary>Gets the largest allowed number, or <see langword="null"/>.</summary>
    public double? Maximum { get; init; }

    /// <summary>Gets the allowed answers: yes / no / not sure for signals, yes / no for boolean facts, the choices of a choice fact.</summary>
    public required IReadOnlyList<QuestionChoice> Choices { get; init; }
}

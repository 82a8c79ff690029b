using System;
using System.Collections.Generic;

namespace InterviewSignals.Taxonomy;

/// <summary>The kebab-case spellings of enum values in the public JSON formats.</summary>
internal static class JsonNames
{
    public static readonly IReadOnlyList<(string Name, SignalDriver Value)> Drivers = new[]
    {
        ("interviewer", SignalDriver.Interviewer), ("candidate", SignalDriver.Candidate),
        ("process", SignalDriver.Process), ("organisation", SignalDriver.Organisation),
    };

    public static readonly IReadOnlyList<(string Name, InterviewPhase Value)> Phases = new[]
    {
        ("during", InterviewPhase.During), ("closing", InterviewPhase.Closing), ("after", InterviewPhase.After),
    };

    public static readonly IReadOnlyList<(string Name, EvidenceGrade Value)> Evidence = new[]
    {
        ("anecdote", EvidenceGrade.Anecdote), ("article-advice", EvidenceGrade.ArticleAdvice), ("research-backed", EvidenceGrade.ResearchBacked),
    };

    public static readonly IReadOnlyList<(string Name, FactKind Value)> FactKinds = new[]
    {
        ("number", FactKind.Number), ("boolean", FactKind.Boolean), ("choice", FactKind.Choice), ("date", FactKind.Date),
    };

    public static readonly IReadOnlyList<(string Name, IntendedUse Value)> Uses = new[]
    {
        ("candidate-self-assessment", IntendedUse.CandidateSelfAssessment), ("employer-process-insight", IntendedUse.EmployerProcessInsight),
    };

    public static readonly IReadOnlyList<(string Name, TextConflictResolution Value)> TextConflicts = new[]
    {
        ("report", TextConflictResolution.Report),
        ("first-stated", TextConflictResolution.FirstStated),
        ("last-stated", TextConflictResolution.LastStated),
    };

    public static readonly IReadOnlyList<(string Name, SignalState Value)> RuleStates = new[]
    {
        ("present", SignalState.Present), ("absent", SignalState.Absent),
    };

    public static readonly IReadOnlyList<(string Name, SignalState Value)> States = new[]
    {
        ("present", SignalState.Present), ("absent", SignalState.Absent), ("unknown", SignalState.Unknown),
    };

    public static readonly IReadOnlyList<(string Name, ModifierDirection Value)> Directions = new[]
    {
        ("both", ModifierDirection.Both), ("positive", ModifierDirection.Positive), ("negative", ModifierDirection.Negative),
    };

    public static readonly IReadOnlyList<(string Name, ComparisonOperator Value)> Operators = new[]
    {
        ("eq", ComparisonOperator.Equal), ("ne", ComparisonOperator.NotEqual), ("gt", ComparisonOperator.GreaterThan),
        ("gte", ComparisonOperator.GreaterThanOrEqual), ("lt", ComparisonOperator.LessThan), ("lte", ComparisonOperator.LessThanOrEqual),
    };

    public static readonly IReadOnlyList<(string Name, FittedWeightStatus Value)> FitStatuses = new[]
    {
        ("fitted", FittedWeightStatus.Fitted), ("too-few-cases", FittedWeightStatus.TooFewCases), ("held-at-zero", FittedWeightStatus.HeldAtZero),
        ("sign-changed", FittedWeightStatus.SignChanged), ("no-text", FittedWeightStatus.NoText), ("at-limit", FittedWeightStatus.AtLimit),
    };

    public static string Name<T>(IReadOnlyList<(string Name, T Value)> map, T value)
        where T : struct, Enum
    {
        foreach (var (name, v) in map)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "The value has no JSON name.");
    }
}

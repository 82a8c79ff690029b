using InterviewSignals.Evaluation;
using InterviewSignals.Observations;

namespace InterviewSignals.Tests.TestSupport;

/// <summary>An assessment as a host might rebuild it from storage: without the set object attached.</summary>
internal sealed class AssessmentWithoutSet
{
    public Assessment Value { get; } = Strip(InterviewEvaluator.Create(TestSets.Tiny()).Assess(Observation.CreateBuilder().Build()));

    private static Assessment Strip(Assessment a)
    {
        var copy = (Assessment)typeof(Assessment).GetMethod("MemberwiseClone", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.Invoke(a, null)!;
        typeof(Assessment).GetProperty(nameof(Assessment.Set))!.SetValue(copy, null);
        return copy;
    }
}

using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Tests.TestSupport;

/// <summary>Explains an assessment with the built-in set it names, or with the set given.</summary>
internal static class Explain
{
    public static Explanation Of(Assessment assessment, string? language = null, SignalSet? set = null, IExplanationGenerator? generator = null)
        => (generator ?? ExplanationGenerator.Default).Generate(assessment, set ?? BuiltInSignalSets.Find(assessment.SignalSet.Id)!, language);
}

using System.Globalization;
using System.Text;
using InterviewSignals.BuiltIn;
using InterviewSignals.Questionnaires;
using InterviewSignals.Testing.Simulation;

namespace InterviewSignals.Benchmarks.Validation;

/// <summary>
/// Runs the adaptive questionnaire against simulated interviews of the built-in outlook set and prints the table in
/// benchmarks/README.md: questions to "likely settled" and to "settled", and how often the band at "likely settled"
/// is the band every answer gives, at the default threshold and at others, then against the adversary.
/// </summary>
internal static class PlannerSimulationReport
{
    public static string Run(int interviews)
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{set.Id}@{set.Version}: {interviews} simulated interviews per row (seed 20261123), {Questionnaire.Create(set).Questions.Count()} questions in the full questionnaire");
        text.AppendLine("| likely settled below | median to likely | p90 to likely | band agrees at likely | median to settled | p90 to settled | band agrees at settled |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var threshold in new[] { 0.02, 0.05, 0.08, 0.12 })
        {
            var report = new PlannerSimulation(set, new QuestionPlannerOptions { LikelySettledBelow = threshold }).Run(interviews, 20261123);
            text.AppendLine(Row(threshold == QuestionPlannerOptions.Default.LikelySettledBelow ? $"{threshold} (default)" : threshold.ToString(CultureInfo.InvariantCulture), report));
        }

        var adversarial = new PlannerSimulation(set).Run(Math.Max(50, interviews / 10), 7, adversarial: true);
        text.AppendLine(Row("adversary, 0.05", adversarial));
        return text.ToString();
    }

    private static string Row(string label, SimulationReport r) => string.Create(CultureInfo.InvariantCulture,
        $"| {label} | {r.MedianToLikely} | {r.P90ToLikely} | {r.LikelyAgreement:P1} | {r.MedianToSettled} | {r.P90ToSettled} | {r.SettledAgreement:P1} |");
}

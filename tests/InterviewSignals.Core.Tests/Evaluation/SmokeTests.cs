using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;

namespace InterviewSignals.Tests.Evaluation;

public class SmokeTests
{
    [Fact]
    public void Prints()
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        var ev = InterviewEvaluator.Create(set);
        var obs = Observation.CreateBuilder()
            .Absent("next-steps-explained").Present("salary-discussed").Present("asked-when-you-could-start")
            .Fact("interview-length-minutes", 50).Fact("interviewer-count", 1).Fact("company-size", "large")
            .Fact("interview-date", new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero)).Fact("heard-back", false)
            .AsOf(new DateTimeOffset(2026, 11, 12, 10, 0, 0, TimeSpan.Zero)).Build();
        var a = ev.Assess(obs);
        var e = ExplanationGenerator.Default.Generate(a);
        File.WriteAllText("/tmp/smoke.txt", ExplanationRenderer.ToPlainText(e) + "\n\n" + ExplanationRenderer.ToPlainText(ExplanationGenerator.Default.Generate(a, new System.Globalization.CultureInfo("es"))));
    }
}

// Assesses one example interview with the built-in "interview-outlook" set and prints the explanation.
// Pass "es" as the first argument for Spanish.
using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Observations;

var language = args.Length > 0 ? args[0] : "en";
var interviewDate = new DateTimeOffset(2026, 11, 9, 14, 0, 0, TimeSpan.Zero);

// What the candidate observed. Anything not answered stays unknown; it never counts as "absent".
var observation = Observation.CreateBuilder()
    .Present("clarifying-questions-asked")
    .Present("detailed-job-description")
    .Present("asked-when-you-could-start")
    .Present("interviewer-smiled")
    .Absent("next-steps-explained")
    .Absent("thank-you-note-sent")
    .Fact("interview-length-minutes", 50)
    .Fact("interviewer-count", 1)
    .Fact("company-size", "large")
    .Fact("interview-date", interviewDate)
    .Fact("heard-back", false)
    .AsOf(interviewDate.AddDays(9)) // an explicit "as of" makes the result reproducible
    .Build();

// Compile the set once; the evaluator is immutable and thread-safe.
var set = BuiltInSignalSets.InterviewOutlook;
var evaluator = InterviewEvaluator.Create(set);
var assessment = evaluator.Assess(observation);
var explanation = ExplanationGenerator.Default.Generate(assessment, set, language);

Console.WriteLine(ExplanationRenderer.ToPlainText(explanation));
Console.WriteLine($"score {assessment.Score:0.000} = base {assessment.BaseScore:0.000} + {assessment.Contributions.Count} contributions");

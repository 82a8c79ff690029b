// Loads both built-in sets, weighs one interview, explains it, reads a text and serialises the results (reading them back): the library's whole path
// under Native AOT. Prints "aot ok" and exits 0 only when every step worked.
using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Questionnaires;
using InterviewSignals.Serialization;

var set = BuiltInSignalSets.InterviewOutlook;
var observation = ObservationJson.Parse(
    """{ "asOf": "2026-11-20T09:00:00Z", "signals": { "invited-to-next-round": "present", "next-steps-explained": "present" }, "facts": { "interview-length-minutes": 45, "company-size": "large" } }""",
    set);
var assessment = InterviewEvaluator.Create(set).Assess(observation);
var explanation = ExplanationGenerator.Default.Generate(assessment, set, "es");
var json = InterviewSignalsJson.ToJson(assessment) + InterviewSignalsJson.ToJson(explanation) + InterviewSignalsJson.ToJson(Questionnaire.Create(BuiltInSignalSets.RejectionReview));
var roundTrip = SignalSetJson.Parse(SignalSetJson.ToJson(set));
var stored = InterviewSignalsJson.ParseAssessment(InterviewSignalsJson.ToJson(assessment));
var reading = InterviewSignals.Reading.InterviewTextReader.Create(set).Read("They asked when I could start and introduced me to the team.");
var storedReading = InterviewSignalsJson.ParseTextReading(InterviewSignalsJson.ToJson(reading));

if (assessment.Band != OutlookBand.Encouraging || !json.Contains("\"band\": \"encouraging\"", StringComparison.Ordinal) || roundTrip.ContentHash != set.ContentHash
    || stored != assessment || storedReading != reading || reading.Signals.Count < 2 || explanation.Language != "es" || ExplanationGenerator.Default.Generate(stored, set, "es") != explanation)
{
    Console.Error.WriteLine("aot failed: " + assessment.Band);
    return 1;
}

Console.WriteLine(ExplanationRenderer.ToPlainText(explanation).Split('\n')[0]);
Console.WriteLine("aot ok");
return 0;

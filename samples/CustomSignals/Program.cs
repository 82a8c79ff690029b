// Extends the built-in outlook set for technical interviews twice, once as JSON and once in code,
// and prints the extended result next to the built-in one for the same interview.
using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;
using InterviewSignals.Observations;

var builtIn = BuiltInSignalSets.InterviewOutlook;

// 1. From JSON: the same file that `interview-signals validate samples/CustomSignals/technical-interview.json` accepts.
var fromJson = SignalSetJson.LoadFile(Path.Combine(AppContext.BaseDirectory, "technical-interview.json"), BuiltInSignalSets.JsonOptions);

// 2. In code, with the fluent builder: the same additions, override and disabled signal.
var fromCode = SignalSet.CreateBuilder("technical-interview", "1.0.0")
    .Extend(builtIn)
    .WithTitle("How did my technical interview go?")
    .AddCategory("technical", "The technical exercise")
    .AddDocument("calibration-notes", "Engineering interviewer calibration notes (internal)")
    .AddSignal(new SignalDefinition
    {
        Id = "second-problem-offered",
        Title = "You were offered a second problem",
        Category = "technical",
        Weights = new SignalWeights(0.5, 0),
        Driver = SignalDriver.Interviewer,
        Phase = InterviewPhase.During,
        Question = "After you solved the first problem, did the interviewer offer you a second one?",
        PresentText = "The interviewer offered a second problem after you solved the first, which interviewers do when they want to see more.",
        Cues = new Dictionary<string, SignalCues>
        {
            ["en"] = new() { Present = ["second problem|exercise|question", "another problem|exercise", "follow up problem|exercise"] },
            ["es"] = new() { Present = ["segundo problema|ejercicio", "otro problema|ejercicio"] },
        },
        Evidence = EvidenceGrade.Anecdote,
        Sources = new[] { new SourceQuote("calibration-notes", "We only offer a follow-up problem when the first one went well and there is time to learn more.") },
    })
    .AddSignal(new SignalDefinition
    {
        Id = "thought-out-loud",
        Title = "You talked through your reasoning",
        Category = "technical",
        Weights = new SignalWeights(0.3, -0.4),
        Driver = SignalDriver.Candidate,
        Phase = InterviewPhase.During,
        Question = "Did you explain your reasoning out loud while you worked?",
        PresentText = "You explained your reasoning as you worked, which lets the interviewer give credit for your approach.",
        AbsentText = "You worked silently, so the interviewer could judge only the final answer.",
        Advice = SignalAdvice.WhenNotPresent("In the next technical round, narrate your approach before you write code."),
        Cues = new Dictionary<string, SignalCues>
        {
            ["en"] = new() { Present = ["thought|talked|reasoned out loud", "talked|walked [them|him|her] through my reasoning|approach|thinking", "explained my reasoning|approach|thinking"], Absent = ["worked|solved [it] silently|quietly", "worked|solved [it] in silence"] },
            ["es"] = new() { Present = ["pense|razone en voz alta", "explique mi razonamiento|enfoque"], Absent = ["en silencio"] },
        },
        Evidence = EvidenceGrade.Anecdote,
        Sources = new[] { new SourceQuote("calibration-notes", "Silent solving leaves us nothing to score but the answer.") },
    })
    .OverrideWeights("salary-discussed", 0.2, 0)
    .Disable("interview-over-30-minutes")
    .Build();

Console.WriteLine($"JSON and code agree on the extended set: {fromJson.Signals.Count == fromCode.Signals.Count && fromJson.Signals.Select(s => s.Weights).SequenceEqual(fromCode.Signals.Select(s => s.Weights)) && fromJson.Signals.Select(s => s.Cues.Count).SequenceEqual(fromCode.Signals.Select(s => s.Cues.Count))}");

// One technical interview, weighed with both sets.
var interview = new DateTimeOffset(2026, 11, 16, 17, 0, 0, TimeSpan.Zero);
Observation Observe(SignalSet set)
{
    var b = Observation.CreateBuilder()
        .Present("clarifying-questions-asked").Present("positive-feedback").Present("salary-discussed").Present("next-steps-explained")
        .Fact("interview-length-minutes", 120).Fact("interviewer-count", 1).Fact("company-size", "startup")
        .Fact("interview-date", interview).Fact("employer-timeline-days", 2).Fact("heard-back", false)
        .AsOf(interview.AddDays(4));
    if (set.TryGetSignal("second-problem-offered", out _))
    {
        b.Present("second-problem-offered").Absent("thought-out-loud");
    }

    return b.Build();
}

foreach (var set in new[] { builtIn, fromJson })
{
    var assessment = InterviewEvaluator.Create(set).Assess(Observe(set));
    var explanation = ExplanationGenerator.Default.Generate(assessment, set);
    Console.WriteLine();
    Console.WriteLine($"== {set.Id}@{set.Version}: {assessment.Band}, outlook index {assessment.Outlook:P0}");
    foreach (var c in assessment.Contributions.OrderByDescending(c => Math.Abs(c.Value)))
    {
        Console.WriteLine($"   {c.Value,6:+0.00;-0.00}  {c.SignalId}");
    }

    Console.WriteLine("   " + explanation.Headline.Text);
}

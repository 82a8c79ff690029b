using BenchmarkDotNet.Attributes;
using InterviewSignals.BuiltIn;
using InterviewSignals.Observations;
using InterviewSignals.Questionnaires;
using InterviewSignals.Testing.Simulation;

namespace InterviewSignals.Benchmarks;

/// <summary>
/// The adaptive questionnaire on the built-in outlook set: choosing the next question (with the reachable range, the
/// status and the ranking behind it) from nothing known and from half the questionnaire answered, and the exact
/// settled check alone. "Alternating" switches between the two observations on every call, so that the fact groups
/// the two differ in are enumerated again each time instead of reused.
/// </summary>
[MemoryDiagnoser]
public class PlannerBenchmarks
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private QuestionPlanner _planner = null!;
    private Observation _empty = null!;
    private Observation _half = null!;
    private List<string> _halfDeclined = null!;
    private int _flip;

    [GlobalSetup]
    public void Setup()
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        _planner = QuestionPlanner.Create(set);
        _empty = Observation.CreateBuilder().AsOf(AsOf).Build();

        // Half the questionnaire, answered by a person drawn from the simulation's model, in the questionnaire's order.
        var simulation = new PlannerSimulation(set, asOf: AsOf);
        var truth = simulation.Draw(new Random(3));
        var questions = Questionnaire.Create(set).Questions.ToList();
        var half = questions.Take(questions.Count / 2).ToDictionary(q => q.Id, q => truth[q.Id]);
        _half = simulation.Observe(half);
        _halfDeclined = half.Where(p => p.Value is null).Select(p => p.Key).ToList();
    }

    [Benchmark(Description = "Next question, nothing known")]
    public PlannedQuestion? NextFromEmpty() => _planner.Plan(_empty).Next;

    [Benchmark(Description = "Next question, half answered")]
    public PlannedQuestion? NextFromHalf() => _planner.Plan(_half, _halfDeclined).Next;

    [Benchmark(Description = "Next question, alternating (groups re-enumerated)")]
    public PlannedQuestion? NextAlternating() => (_flip++ & 1) == 0 ? _planner.Plan(_empty).Next : _planner.Plan(_half, _halfDeclined).Next;

    [Benchmark(Description = "Settled check (range only), nothing known")]
    public int ReachFromEmpty() => _planner.Reach(_empty).ReachableBands;

    [Benchmark(Description = "Settled check (range only), half answered")]
    public int ReachFromHalf() => _planner.Reach(_half, _halfDeclined).ReachableBands;

    [Benchmark(Description = "Create the planner")]
    public QuestionPlanner Create() => QuestionPlanner.Create(BuiltInSignalSets.InterviewOutlook);
}

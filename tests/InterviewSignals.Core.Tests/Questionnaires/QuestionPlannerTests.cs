using System.Text.Json;
using InterviewSignals.BuiltIn;
using InterviewSignals.Compilation;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Questionnaires;
using InterviewSignals.Serialization;
using InterviewSignals.Testing.Simulation;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;
using Xunit.Abstractions;

namespace InterviewSignals.Tests.Questionnaires;

public class QuestionPlannerTests
{
    private static readonly SignalSet Set = BuiltInSignalSets.InterviewOutlook;
    private static readonly QuestionPlanner Planner = QuestionPlanner.Create(Set);
    private static readonly DateTimeOffset AsOf = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly ITestOutputHelper _output;

    public QuestionPlannerTests(ITestOutputHelper output) => _output = output;

    private static ObservationBuilder Start() => Observation.CreateBuilder().AsOf(AsOf);

    [Fact]
    public void From_nothing_it_is_open_everything_is_reachable_and_every_question_of_the_questionnaire_is_left()
    {
        var plan = Planner.Plan(Start().Build());

        Assert.Equal(PlanStatus.Open, plan.Status);
        Assert.Equal(OutlookBand.TooEarlyToTell, plan.Band);
        Assert.True(plan.Range.CanBeTooEarly && plan.Range.CanBeScored);
        Assert.Equal((OutlookBand.Concerning, OutlookBand.Encouraging), (plan.Range.LowestBand, plan.Range.HighestBand));
        Assert.InRange(plan.BandChangeProbability, 0.5, 1);
        Assert.Equal(Questionnaire.Create(Set).Questions.Count(), plan.QuestionsLeft);
        Assert.True(Questionnaire.Create(Set).TryGetQuestion(plan.Next!.Id, out _));
    }

    [Fact]
    public void Derived_signals_are_never_asked_and_the_facts_behind_them_are_asked_in_their_natural_form()
    {
        var ranked = Planner.Rank(Start().Build());
        var derived = Set.Rules.Select(r => r.Signal).ToHashSet();

        Assert.DoesNotContain(ranked, q => derived.Contains(q.Id));
        var length = Assert.Single(ranked, q => q.Id == "interview-length-minutes");
        Assert.Equal(QuestionTarget.Fact, length.Target);
        Assert.Equal(ranked.Count, ranked.Select(q => q.Id).Distinct().Count());
        // Best first, as documented.
        Assert.Equal(ranked.OrderByDescending(q => q.ExpectedBandShift).Select(q => q.ExpectedBandShift), ranked.Select(q => q.ExpectedBandShift));
    }

    [Fact]
    public void The_next_question_is_the_first_of_the_ranking()
    {
        var observation = Start().Present("invited-to-next-round").Absent("next-steps-explained").Build();
        Assert.Equal(Planner.Rank(observation)[0], Planner.Plan(observation).Next);
    }

    [Fact]
    public void Answered_and_declined_questions_are_not_asked_again_and_count_as_unanswered_for_good()
    {
        var observation = Start().Present("invited-to-next-round").Fact("heard-back", true).Build();
        var first = Planner.Plan(observation);
        var declined = new[] { first.Next!.Id };
        var second = Planner.Plan(observation, declined);

        Assert.NotEqual(first.Next.Id, second.Next!.Id);
        Assert.Equal(first.QuestionsLeft - 1, second.QuestionsLeft);
        Assert.DoesNotContain(Planner.Rank(observation, declined), q => q.Id is "invited-to-next-round" or "heard-back" || declined.Contains(q.Id));
        // Declining can only narrow the range: one way fewer to move.
        Assert.True(second.Range.LowestScore >= first.Range.LowestScore && second.Range.HighestScore <= first.Range.HighestScore);
    }

    [Fact]
    public void A_signal_an_evidence_provider_supplies_is_never_asked_but_still_keeps_the_range_open()
    {
        var supplied = QuestionPlanner.Create(Set, new QuestionPlannerOptions { SuppliedSignals = new[] { "invited-to-next-round" } });
        var observation = Start().Build();

        Assert.DoesNotContain(supplied.Rank(observation), q => q.Id == "invited-to-next-round");
        Assert.Equal(Planner.Reach(observation), supplied.Reach(observation));
        Assert.Equal(Planner.Plan(observation).QuestionsLeft - 1, supplied.Plan(observation).QuestionsLeft);
    }

    [Fact]
    public void When_no_answer_could_change_the_band_it_is_settled_with_nothing_to_ask()
    {
        // Everything encouraging answered except a handful of small signs: even all of them against cannot leave the band.
        var b = Start().Fact("heard-back", true).Fact("interview-length-minutes", 60).Fact("interviewer-count", 2)
            .Fact("company-size", "small").Fact("interviewer-manner", "typical").Fact("candidate-self-doubts", false)
            .Fact("interview-date", AsOf.AddDays(-3)).Fact("employer-timeline-days", 14).Fact("reply-hours", 4).Fact("reply-tone", "warm");
        foreach (var s in Set.Signals.Where(s => s.Question is not null))
        {
            if (s.Id is "many-applicants" or "you-think-you-nailed-it" or "talked-too-much-or-too-little")
            {
                continue;
            }

            b.Answer(s.Id, s.Weights.Present >= s.Weights.Absent ? SignalState.Present : SignalState.Absent);
        }

        var observation = b.Build();
        var plan = Planner.Plan(observation);

        Assert.Equal(PlanStatus.Settled, plan.Status);
        Assert.Equal(OutlookBand.Encouraging, plan.Band);
        Assert.Equal(1, plan.Range.ReachableBands);
        Assert.Null(plan.Next);
        Assert.Equal(0, plan.BandChangeProbability);
        Assert.Equal(3, plan.QuestionsLeft);
        Assert.Equal(InterviewEvaluator.Create(Set).Score(observation).Outlook, plan.Outlook);
    }

    [Fact]
    public void Likely_settled_comes_before_settled_and_only_below_the_threshold()
    {
        var strict = QuestionPlanner.Create(Set, new QuestionPlannerOptions { LikelySettledBelow = 0.001 });
        var b = Start().Fact("heard-back", true);
        foreach (var id in new[] { "invited-to-next-round", "next-steps-explained", "clarifying-questions-asked" })
        {
            b.Present(id);
        }

        var observation = b.Build();
        var plan = Planner.Plan(observation);

        Assert.Equal(PlanStatus.LikelySettled, plan.Status);
        Assert.InRange(plan.BandChangeProbability, 0.001, Planner.Options.LikelySettledBelow);
        // One sign fewer and it is still open.
        Assert.Equal(PlanStatus.Open, Planner.Plan(Start().Fact("heard-back", true).Present("invited-to-next-round").Present("next-steps-explained").Build()).Status);
        Assert.True(plan.Range.ReachableBands > 1);
        Assert.NotNull(plan.Next);
        Assert.Equal(PlanStatus.Open, strict.Plan(observation).Status);
    }

    [Fact]
    public void Bad_options_and_unknown_ids_are_refused_with_every_problem_named()
    {
        var ex = Assert.Throws<ArgumentException>(() => QuestionPlanner.Create(Set, new QuestionPlannerOptions { LikelySettledBelow = 0, UnsureRate = 1, SuppliedSignals = new[] { "nope" } }));
        Assert.Contains("LikelySettledBelow must be between 0 and 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("UnsureRate must be at least 0 and below 1; it is 1.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("SuppliedSignals names 'nope'", ex.Message, StringComparison.Ordinal);

        var declined = Assert.Throws<ArgumentException>(() => Planner.Plan(Start().Build(), new[] { "nope" }));
        Assert.Contains("'nope' is neither a signal nor a fact of the set 'interview-outlook'", declined.Message, StringComparison.Ordinal);
        var observation = Assert.Throws<ObservationException>(() => Planner.Plan(Start().Present("nope").Fact("interviewer-count", 99).Build()));
        Assert.Equal(2, observation.Errors.Count);
    }

    [Fact]
    public void A_reused_planner_gives_the_plans_a_fresh_one_gives_along_a_whole_interview_and_across_threads()
    {
        var simulation = new PlannerSimulation(Set, asOf: AsOf);
        var random = new Random(5);
        var steps = new List<(Observation Observation, List<string> Declined)>();
        for (var n = 0; n < 6; n++)
        {
            var truth = simulation.Draw(random);
            var b = new Dictionary<string, object?>();
            var declined = new List<string>();
            foreach (var id in Planner.Rank(Start().Build()).Select(q => q.Id).Take(25))
            {
                b[id] = truth[id];
                if (truth[id] is null)
                {
                    declined.Add(id);
                }

                steps.Add((simulation.Observe(b), declined.ToList()));
            }
        }

        var expected = steps.Select(s => QuestionPlanner.Create(Set).Plan(s.Observation, s.Declined)).ToList();
        var sequential = steps.Select(s => Planner.Plan(s.Observation, s.Declined)).ToList();
        var parallel = steps.AsParallel().AsOrdered().Select(s => Planner.Plan(s.Observation, s.Declined)).ToList();

        Assert.Equal(expected, sequential);
        Assert.Equal(expected, parallel);
    }

    [Fact]
    public void The_questionnaire_json_carries_the_priors_and_the_planners_order_from_nothing_known()
    {
        var questionnaire = Questionnaire.Create(Set, "es");
        using var json = JsonDocument.Parse(InterviewSignalsJson.ToJson(questionnaire));
        var order = json.RootElement.GetProperty("plannedOrder").EnumerateArray().Select(e => e.GetString()).ToList();

        Assert.Equal(Planner.Rank(Start().Build()).Select(q => q.Id), order);
        Assert.Equal(questionnaire.Questions.Select(q => q.Id).OrderBy(x => x, StringComparer.Ordinal), order.OrderBy(x => x, StringComparer.Ordinal));
        var prevalence = json.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("questions").EnumerateArray())
            .First(q => q.GetProperty("id").GetString() == "arrived-late").GetProperty("prevalence").GetDouble();
        Assert.Equal(0.05, prevalence);
    }

    [Fact]
    public void Fact_priors_take_values_on_each_side_of_the_sets_thresholds()
    {
        var values = NaturalValues.For(Set);
        string Show(string id) => string.Join(", ", values[id].Values(AsOf).Select(v => v.Kind == FactKind.Date ? (AsOf - v.Date).TotalDays.ToString(System.Globalization.CultureInfo.InvariantCulture) : v.ToString()));

        Assert.Equal("15, 60", Show("interview-length-minutes")); // one threshold: 30 minutes
        Assert.Equal("1, 2", Show("interviewer-count"));          // one interviewer, or more (bounded below by 1)
        Assert.Equal("3.5, 10.5, 28", Show("interview-date"));    // silence ramps from 7 to 14 days
        Assert.Equal("3.5, 10.5, 28", Show("employer-timeline-days")); // compared with the days since the interview: borrows its thresholds
        Assert.Equal("0, 48, 144", Show("reply-hours"));           // a warm reply cools from 24 to 72 hours
        Assert.Equal("startup, small, medium, large", Show("company-size"));
    }

    [Fact]
    public void A_group_of_facts_too_large_to_enumerate_still_plans_with_an_exact_range()
    {
        // Seven three-way choices read by one rule: 4^7 combinations with "skipped", beyond the enumeration's limit.
        var b = TestSets.Builder("wide").AddSignal(TestSets.Signal("a", 1.0, -1.0)).AddSignal(TestSets.Signal("lucky", 2.0, 0, question: null));
        var conditions = new List<Condition>();
        for (var i = 0; i < 7; i++)
        {
            b.AddFact(new FactDefinition { Id = "f" + i, Title = "F", Kind = FactKind.Choice, Choices = new[] { "x", "y", "z" }, Question = "Which?" });
            conditions.Add(new CompareCondition(Operand.OfFact("f" + i), ComparisonOperator.Equal, Operand.Constant(FactValue.FromChoice("x"))));
        }

        var set = b.AddRule(new RuleDefinition { Id = "all-x", Signal = "lucky", When = new AllCondition(conditions) }).Build();
        var plan = QuestionPlanner.Create(set).Plan(Observation.CreateBuilder().AsOf(AsOf).Build());

        Assert.Equal(8, plan.QuestionsLeft);
        Assert.Equal(InterviewEvaluator.Create(set).Score(Observation.CreateBuilder().Build()).Score - 1.0, plan.Range.LowestScore, 12);
        Assert.Equal(plan.Score + 1.0 + 2.0, plan.Range.HighestScore, 12);
        Assert.Equal("a", plan.Next!.Id); // the facts count as no change in the estimate; the signal is worth asking
    }

    [Fact]
    public void The_normal_distribution_function_is_accurate_to_the_documented_error()
    {
        Assert.Equal(0.5, BandOdds.NormalCdf(0), 7);
        Assert.Equal(0.8413447, BandOdds.NormalCdf(1), 6);
        Assert.Equal(0.0249979, BandOdds.NormalCdf(-1.96), 6);
        Assert.Equal(0.9986501, BandOdds.NormalCdf(3), 6);
    }

    [Fact]
    public void In_simulated_interviews_likely_settled_agrees_with_the_full_questionnaire_and_settled_always_does()
    {
        var simulation = new PlannerSimulation(Set, asOf: AsOf);
        var report = simulation.Run(250, seed: 20261123);
        var adversarial = simulation.Run(60, seed: 7, adversarial: true);
        _output.WriteLine(report.ToString());
        _output.WriteLine("adversarial: " + adversarial);

        Assert.Equal(250, report.LikelySettledReached);
        Assert.True(report.LikelyAgreement >= 0.97, report.ToString());
        Assert.Equal(1.0, report.SettledAgreement);
        Assert.Equal(1.0, adversarial.SettledAgreement);
        // Fewer questions than the whole questionnaire for most people.
        Assert.True(report.MedianToLikely < Questionnaire.Create(Set).Questions.Count() / 2.0, report.ToString());
    }

    [Fact]
    public void The_likely_range_holds_about_80_percent_of_simulated_outcomes_and_the_questions_likely_left_track_the_simulation()
    {
        var simulation = new PlannerSimulation(Set, asOf: AsOf);
        var evaluator = InterviewEvaluator.Create(Set);
        var random = new Random(20261201);
        int inside = 0, insideLater = 0, runs = 300;
        var estimated = new List<int>();
        var actual = new List<int>();
        for (var n = 0; n < runs; n++)
        {
            var truth = simulation.Draw(random);
            var final = evaluator.Score(simulation.Observe(truth)).Outlook;
            var plan = Planner.Plan(Start().Build());
            inside += final >= plan.LikelyLowestOutlook - 1e-9 && final <= plan.LikelyHighestOutlook + 1e-9 ? 1 : 0;

            // Five answers in: the range is the one a person sees then.
            var given = new Dictionary<string, object?>(StringComparer.Ordinal);
            var declined = new List<string>();
            for (var k = 0; k < 5 && plan.Next is { } next; k++)
            {
                given[next.Id] = truth[next.Id];
                if (truth[next.Id] is null)
                {
                    declined.Add(next.Id);
                }

                plan = Planner.Plan(simulation.Observe(given), declined);
            }

            insideLater += final >= plan.LikelyLowestOutlook - 1e-9 && final <= plan.LikelyHighestOutlook + 1e-9 ? 1 : 0;
            Assert.InRange(plan.LikelyLowestOutlook, plan.Range.LowestOutlook - 1e-12, plan.LikelyHighestOutlook);
            Assert.InRange(plan.LikelyHighestOutlook, plan.LikelyLowestOutlook, plan.Range.HighestOutlook + 1e-12);
            Assert.InRange(plan.QuestionsLikelyLeft, 0, plan.QuestionsLeft);
            if (n < 60 && simulation.Interview(truth).LikelySettledAfter is { } after && after >= 5)
            {
                estimated.Add(plan.QuestionsLikelyLeft);
                actual.Add(after - 5);
            }
        }

        static double Median(List<int> v) => v.Order().ElementAt(v.Count / 2);
        _output.WriteLine($"inside from nothing {inside}/{runs}, after five answers {insideLater}/{runs}; questions likely left after five: median estimate {Median(estimated)}, median actual {Median(actual)} ({actual.Count} runs)");
        Assert.InRange(inside / (double)runs, 0.70, 0.92);
        Assert.InRange(insideLater / (double)runs, 0.70, 0.92);
        Assert.InRange(Median(estimated), Median(actual) / 2, (Median(actual) * 2) + 1);
    }

    [Fact]
    public void From_nothing_the_likely_range_is_narrower_than_the_guaranteed_one_and_names_questions_left()
    {
        var plan = Planner.Plan(Start().Build());

        // Everything from about 0% to 100% is reachable; what is likely is far narrower.
        Assert.True(plan.Range.LowestOutlook < 0.05 && plan.Range.HighestOutlook > 0.95, $"{plan.Range.LowestOutlook}–{plan.Range.HighestOutlook}");
        Assert.True(plan.LikelyLowestOutlook > 0.1 && plan.LikelyHighestOutlook < 0.99, $"{plan.LikelyLowestOutlook}–{plan.LikelyHighestOutlook}");
        Assert.InRange(plan.QuestionsLikelyLeft, 1, plan.QuestionsLeft - 1);
    }
}

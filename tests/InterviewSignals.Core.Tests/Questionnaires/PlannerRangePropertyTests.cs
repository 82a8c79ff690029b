using CsCheck;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Questionnaires;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Questionnaires;

/// <summary>
/// The reachable range is sound on random sets: whatever the remaining questions are answered (or left), the score
/// stays inside it and the band is one it allows, so a settled band is never wrong.
/// </summary>
public class PlannerRangePropertyTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly double[] Constants = { 0, 1, 2, 7, 14, 30, 45, 100 };

    [Fact]
    public void Every_completion_of_the_remaining_questions_stays_in_the_range_and_a_settled_band_never_changes()
        => Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                var set = RandomSet(random);
                var planner = QuestionPlanner.Create(set);
                var evaluator = InterviewEvaluator.Create(set);
                var (observation, declined) = RandomObservation(set, random);
                var plan = planner.Plan(observation, declined);
                var range = plan.Range;
                for (var n = 0; n < 40; n++)
                {
                    var completed = Complete(set, observation, declined, random);
                    var result = evaluator.Score(completed);
                    Assert.True(result.Score >= range.LowestScore && result.Score <= range.HighestScore, $"seed {seed}: score {result.Score} outside {range.LowestScore}..{range.HighestScore}");
                    if (result.Band == OutlookBand.TooEarlyToTell)
                    {
                        Assert.True(range.CanBeTooEarly, $"seed {seed}: too early was not reachable");
                    }
                    else
                    {
                        Assert.True(range.CanBeScored && result.Band >= range.LowestBand && result.Band <= range.HighestBand, $"seed {seed}: band {result.Band} outside {range.LowestBand}..{range.HighestBand}");
                    }

                    if (plan.Status == PlanStatus.Settled)
                    {
                        Assert.Equal(plan.Band, result.Band);
                    }
                }
            },
            iter: 1000);

    [Fact]
    public void With_nothing_left_to_ask_the_range_is_the_score_itself_to_the_last_bit()
        => Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                var set = RandomSet(random);
                var (observation, _) = RandomObservation(set, random);
                var everything = set.Signals.Select(s => s.Id).Concat(set.Facts.Select(f => f.Id)).Where(id => !observation.Signals.ContainsKey(id) && !observation.Facts.ContainsKey(id)).ToList();
                var plan = QuestionPlanner.Create(set).Plan(observation, everything);
                var score = InterviewEvaluator.Create(set).Score(observation);
                Assert.Equal(score.Score, plan.Range.LowestScore);
                Assert.Equal(score.Score, plan.Range.HighestScore);
                Assert.Equal(PlanStatus.Settled, plan.Status);
                Assert.Equal(score.Band, plan.Band);
                Assert.Null(plan.Next);
            },
            iter: 200);

    [Fact]
    public void A_question_already_answered_declined_or_derived_is_never_proposed()
        => Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                var set = RandomSet(random);
                var (observation, declined) = RandomObservation(set, random);
                var derived = set.Rules.Select(r => r.Signal).ToHashSet();
                foreach (var q in QuestionPlanner.Create(set).Rank(observation, declined))
                {
                    Assert.DoesNotContain(q.Id, derived);
                    Assert.DoesNotContain(q.Id, declined);
                    Assert.False(observation.Signals.ContainsKey(q.Id) || observation.Facts.ContainsKey(q.Id));
                    Assert.Equal(q.Target == QuestionTarget.Signal, set.TryGetSignal(q.Id, out _));
                }
            },
            iter: 200);

    /// <summary>A set with every kind of fact, derived signals, modifiers that scale either way and sometimes a too-early condition.</summary>
    internal static SignalSet RandomSet(Random random)
    {
        var b = TestSets.Builder("random")
            .WithBaseRate(0.2 + (0.6 * random.NextDouble()))
            .WithBands(new OutlookBands(EncouragingFrom: 0.55 + (0.25 * random.NextDouble()), ConcerningBelow: 0.2 + (0.25 * random.NextDouble()), MinimumCoverage: random.Next(3) == 0 ? 0 : 0.4 * random.NextDouble()))
            .AddFact(new FactDefinition { Id = "minutes", Title = "Minutes", Kind = FactKind.Number, Minimum = 0, Maximum = 100, Question = "How long?" })
            .AddFact(new FactDefinition { Id = "count", Title = "Count", Kind = FactKind.Number, Question = "How many?" })
            .AddFact(new FactDefinition { Id = "small", Title = "Small", Kind = FactKind.Number, Minimum = 1, Maximum = 7, Question = "How few?" })
            .AddFact(new FactDefinition { Id = "flag", Title = "Flag", Kind = FactKind.Boolean, Question = "Was it so?" })
            .AddFact(new FactDefinition { Id = "kind", Title = "Kind", Kind = FactKind.Choice, Choices = new[] { "a", "b", "c" }, Question = "Which?" })
            .AddFact(new FactDefinition { Id = "day", Title = "Day", Kind = FactKind.Date, Question = "When?" })
            .AddFact(new FactDefinition { Id = "hidden", Title = "Hidden", Kind = FactKind.Number, Minimum = 0, Maximum = 10 });
        var signals = random.Next(3, 10);
        var ids = new List<string>();
        for (var i = 0; i < signals; i++)
        {
            var id = "s" + i;
            ids.Add(id);
            double Weight() => random.Next(4) == 0 ? 0 : Math.Round((random.NextDouble() * 4) - 2, 2);
            b.AddSignal(TestSets.Signal(id, Weight(), Weight(), category: random.Next(2) == 0 ? "general" : "rapport", question: random.Next(6) == 0 ? null : "Q?") with { Prevalence = random.Next(2) == 0 ? null : 0.05 + (0.9 * random.NextDouble()) });
        }

        var rules = random.Next(0, 4);
        for (var r = 0; r < rules; r++)
        {
            b.AddRule(new RuleDefinition { Id = "r" + r, Signal = ids[random.Next(Math.Min(3, ids.Count))], State = random.Next(2) == 0 ? SignalState.Present : SignalState.Absent, When = Condition(random, 2) });
        }

        var modifiers = random.Next(0, 4);
        for (var m = 0; m < modifiers; m++)
        {
            var onCategory = random.Next(2) == 0;
            b.AddModifier(new ModifierDefinition
            {
                Id = "m" + m,
                Title = "Modifier",
                When = Condition(random, 2),
                Factor = Math.Round(random.NextDouble() * 3, 2),
                Direction = (ModifierDirection)random.Next(3),
                Signals = onCategory ? Array.Empty<string>() : new[] { ids[random.Next(ids.Count)] },
                Categories = onCategory ? new[] { random.Next(2) == 0 ? "general" : "rapport" } : Array.Empty<string>(),
                Caveat = "A caveat.",
            });
        }

        if (random.Next(2) == 0)
        {
            b.WithTooEarlyWhen(Condition(random, 2));
        }

        return b.Build();
    }

    private static Condition Condition(Random random, int depth)
    {
        var pick = random.Next(depth > 0 ? 9 : 6);
        Operand Number() => random.Next(4) switch
        {
            0 => Operand.OfFact("minutes", random.Next(3) == 0 ? 5 : 0),
            1 => Operand.OfFact("count"),
            2 => Operand.OfFact("small"), // bounds equal to constants: the edges of a comparison are reachable
            _ => Operand.DaysSince("day", random.Next(3) == 0 ? -2 : 0),
        };
        Operand Constant() => Operand.Constant(Constants[random.Next(Constants.Length)]);
        return pick switch
        {
            0 => new CompareCondition(Number(), (ComparisonOperator)random.Next(6), random.Next(4) == 0 ? Number() : Constant()),
            // A bounded fact against its own bounds: the edges where a comparison turns, reachable by an answer.
            1 when random.Next(2) == 0 => new CompareCondition(Operand.OfFact("small"), (ComparisonOperator)random.Next(6), Operand.Constant(new[] { 1.0, 7.0, 4.0 }[random.Next(3)])),
            1 => new CompareCondition(Operand.OfFact("flag"), random.Next(2) == 0 ? ComparisonOperator.Equal : ComparisonOperator.NotEqual, Operand.Constant(FactValue.FromBoolean(random.Next(2) == 0))),
            2 => new CompareCondition(Operand.OfFact("kind"), random.Next(2) == 0 ? ComparisonOperator.Equal : ComparisonOperator.NotEqual, Operand.Constant(FactValue.FromChoice(new[] { "a", "b", "c" }[random.Next(3)]))),
            3 => Ramp(random, Number(), Number()),
            4 => new KnownCondition(new[] { "minutes", "count", "flag", "kind", "day", "hidden" }[random.Next(6)]),
            5 => new CompareCondition(Operand.OfFact("hidden"), ComparisonOperator.GreaterThan, Constant()),
            6 => new NotCondition(Condition(random, depth - 1)),
            7 => new AllCondition(new[] { Condition(random, depth - 1), Condition(random, depth - 1) }),
            _ => new AnyCondition(new[] { Condition(random, depth - 1), Condition(random, depth - 1) }),
        };
    }

    private static Condition Ramp(Random random, Operand input, Operand other)
    {
        var a = Constants[random.Next(Constants.Length)];
        var c = Constants[random.Next(Constants.Length)];
        return random.Next(4) == 0
            ? new RampCondition(input, Operand.Constant(Math.Min(a, c)), other)
            : new RampCondition(input, Operand.Constant(Math.Min(a, c)), Operand.Constant(Math.Max(a, c)));
    }

    /// <summary>Some answers and facts already known, and some questions declined.</summary>
    internal static (Observation Observation, List<string> Declined) RandomObservation(SignalSet set, Random random)
    {
        var b = Observation.CreateBuilder().AsOf(AsOf);
        var declined = new List<string>();
        foreach (var s in set.Signals)
        {
            switch (random.Next(5))
            {
                case 0:
                    b.Present(s.Id, random.Next(3) == 0 ? random.NextDouble() : 1.0);
                    break;
                case 1:
                    b.Absent(s.Id);
                    break;
                case 2:
                    declined.Add(s.Id);
                    break;
            }
        }

        foreach (var f in set.Facts)
        {
            switch (random.Next(4))
            {
                case 0:
                    b.Fact(f.Id, FactValueFor(f, random));
                    break;
                case 1:
                    declined.Add(f.Id);
                    break;
            }
        }

        return (b.Build(), declined);
    }

    /// <summary>The observation with every question still open answered at random, or left open.</summary>
    private static Observation Complete(SignalSet set, Observation observation, List<string> declined, Random random)
    {
        var b = Observation.CreateBuilder().AsOf(AsOf);
        foreach (var pair in observation.Signals)
        {
            b.Answer(pair.Key, pair.Value.State, pair.Value.Strength);
        }

        foreach (var pair in observation.Facts)
        {
            b.Fact(pair.Key, pair.Value);
        }

        var derived = set.Rules.Select(r => r.Signal).ToHashSet();
        foreach (var s in set.Signals)
        {
            if (observation.Signals.ContainsKey(s.Id) || declined.Contains(s.Id) || derived.Contains(s.Id) || s.Question is null)
            {
                continue;
            }

            switch (random.Next(3))
            {
                case 0:
                    b.Present(s.Id, random.Next(3) == 0 ? random.NextDouble() : 1.0);
                    break;
                case 1:
                    b.Absent(s.Id);
                    break;
            }
        }

        foreach (var f in set.Facts)
        {
            if (!observation.Facts.ContainsKey(f.Id) && !declined.Contains(f.Id) && f.Question is not null && random.Next(4) != 0)
            {
                b.Fact(f.Id, FactValueFor(f, random));
            }
        }

        return b.Build();
    }

    private static FactValue FactValueFor(FactDefinition f, Random random)
    {
        double Near() => random.Next(2) == 0 ? Constants[random.Next(Constants.Length)] + new[] { -1, 0, 0, 1e-9, 1 }[random.Next(5)] : random.NextDouble() * 120;
        return f.Kind switch
        {
            FactKind.Boolean => FactValue.FromBoolean(random.Next(2) == 0),
            FactKind.Choice => FactValue.FromChoice(f.Choices[random.Next(f.Choices.Count)]),
            FactKind.Date => FactValue.FromDate(AsOf.AddDays(-Math.Max(0, Near()))),
            _ => FactValue.FromNumber(Math.Clamp(Near(), f.Minimum ?? double.MinValue, f.Maximum ?? double.MaxValue)),
        };
    }
}

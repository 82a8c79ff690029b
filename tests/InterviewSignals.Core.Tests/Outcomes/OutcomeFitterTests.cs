using InterviewSignals.Testing;
using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Observations;
using InterviewSignals.Outcomes;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Tests.Outcomes;

/// <summary>Cases drawn from a known truth (<see cref="SyntheticOutcomes"/>: the built-in set with eight weights and the base rate changed).</summary>
public class OutcomeFitterTests : IClassFixture<OutcomeFitterTests.Fitted>
{
    private static readonly DateTimeOffset Date = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
    private static readonly SignalSet Set = BuiltInSignalSets.InterviewOutlook;
    private readonly Fitted _fitted;

    public OutcomeFitterTests(Fitted fitted) => _fitted = fitted;

    private static OutcomeFitter Fitter(IEnumerable<(Observation Observation, bool Offer)> cases, OutcomeFitterOptions? options = null, SignalSet? set = null)
    {
        var fitter = OutcomeFitter.Create(set ?? Set, options);
        foreach (var (observation, offer) in cases)
        {
            fitter.Add(observation, offer);
        }

        return fitter;
    }

    private static double TruthWeight(FittedWeight w)
    {
        SyntheticOutcomes.Truth.TryGetSignal(w.SignalId, out var signal);
        return signal!.Weights.For(w.State);
    }

    private static FittedWeight Weight(SignalSet fitted, string signal, SignalState state) => fitted.Fit!.Weights.Single(w => w.SignalId == signal && w.State == state);

    [Fact]
    public void On_fresh_cases_the_fitted_outlook_separates_within_0_02_of_the_truths_and_the_changed_weights_move_towards_it()
    {
        var fitted = _fitted.Set;
        var truth = OutcomeCheck.Create(SyntheticOutcomes.Truth, new OutcomeCheckOptions { BootstrapReplicates = 0 });
        var mine = OutcomeCheck.Create(fitted, new OutcomeCheckOptions { BootstrapReplicates = 0 });
        var before = OutcomeCheck.Create(Set, new OutcomeCheckOptions { BootstrapReplicates = 0 });
        var (truthEngine, fittedEngine, setEngine) = (InterviewEvaluator.Create(SyntheticOutcomes.Truth), InterviewEvaluator.Create(fitted), InterviewEvaluator.Create(Set));
        foreach (var (observation, offer) in SyntheticOutcomes.Cases(20_000, seed: 4))
        {
            truth.Add(truthEngine.Score(observation).Outlook, offer);
            mine.Add(fittedEngine.Score(observation).Outlook, offer);
            before.Add(setEngine.Score(observation).Outlook, offer);
        }

        var (t, m, b) = (truth.Report().Auc!.Value, mine.Report().Auc!.Value, before.Report().Auc!.Value);
        Assert.True(Math.Abs(t - m) <= 0.02, $"held-out AUC: truth {t:0.0000}, fitted {m:0.0000}");
        Assert.True(m - b > 0.02, $"held-out AUC: articles' weights {b:0.0000}, fitted {m:0.0000}");
        foreach (var (signal, state, weight) in SyntheticOutcomes.Changes)
        {
            var w = Weight(fitted, signal, state);
            Assert.True(Math.Abs(w.Fitted - weight) < 0.3 * Math.Abs(w.Prior - weight), $"{signal} {state}: prior {w.Prior}, fitted {w.Fitted}, truth {weight}");
            Assert.Equal(FittedWeightStatus.Fitted, w.Status);
        }

        // Weights the truth kept stay near their prior: the data gives them no reason to move.
        var kept = fitted.Fit!.Weights.Where(w => w.Status == FittedWeightStatus.Fitted && TruthWeight(w) == w.Prior).ToList();
        Assert.True(kept.Count > 40);
        Assert.True(kept.Average(w => Math.Abs(w.Fitted - w.Prior)) < 0.06, "mean movement of weights the truth kept: " + kept.Average(w => Math.Abs(w.Fitted - w.Prior)));
        Assert.Equal(Math.Log(0.45 / 0.55), fitted.Fit.BaseFitted, 0.15);
    }

    [Fact]
    public void The_record_reports_the_grid_the_chosen_strength_and_measures_that_improve_on_the_held_out_folds()
    {
        var f = _fitted.Set.Fit!;

        Assert.Equal(OutcomeFitterOptions.Default.PriorStrengths, f.Grid.Select(g => g.Strength));
        Assert.Equal(f.Grid.MinBy(g => g.HeldOutLogLoss)!.Strength, f.PriorStrength);
        Assert.Equal((20_000L, 5), (f.Cases, f.Folds));
        Assert.Equal(Set.Reference, f.FittedOn);
        Assert.True(f.After!.Auc > f.Before!.Auc + 0.02 && f.After.LogLoss < f.Before.LogLoss && f.After.Brier < f.Before.Brier, $"{f.Before} -> {f.After}");
        Assert.Equal(1, f.After.CalibrationSlope!.Value, 0.1);
        Assert.Equal(Set.Signals.Count * 2, f.Weights.Count);
        Assert.All(f.Weights.Where(w => w.Status == FittedWeightStatus.Fitted), w => Assert.InRange(w.StandardError!.Value, 0.01, 0.2));
    }

    [Fact]
    public void With_few_cases_the_prior_dominates_and_with_many_the_cases_do()
    {
        var options = new OutcomeFitterOptions { PriorStrengths = new[] { 30.0 } };
        double Moved(SignalSet fitted) => SyntheticOutcomes.Changes.Average(c => (Weight(fitted, c.Signal, c.State).Fitted - Weight(fitted, c.Signal, c.State).Prior) / (c.Weight - Weight(fitted, c.Signal, c.State).Prior));

        var few = Fitter(SyntheticOutcomes.Cases(250, seed: 1), options).Fit("few", Date);
        var many = Fitter(SyntheticOutcomes.Cases(20_000, seed: 1), options).Fit("many", Date);

        Assert.True(Moved(few) < 0.35, $"250 cases moved the changed weights {Moved(few):0.00} of the way to the truth");
        Assert.True(Moved(many) > 0.85, $"20,000 cases moved the changed weights {Moved(many):0.00} of the way to the truth");
        var (seFew, seMany) = (Weight(few, "salary-discussed", SignalState.Present).StandardError!.Value, Weight(many, "salary-discussed", SignalState.Present).StandardError!.Value);
        Assert.True(seFew > 3 * seMany, $"standard errors {seFew} and {seMany}");
    }

    [Fact]
    public void A_state_seen_in_fewer_cases_than_the_minimum_keeps_its_prior_and_is_reported_as_such()
    {
        var fitted = Fitter(SyntheticOutcomes.Cases(400, seed: 2), new OutcomeFitterOptions { MinimumSupport = 130 }).Fit("x", Date);

        var weights = fitted.Fit!.Weights.Where(w => w.Status != FittedWeightStatus.NoText).ToList();
        Assert.Contains(weights, w => w.Support < 130);
        Assert.Contains(weights, w => w.Support >= 130);
        Assert.All(weights, w =>
        {
            Assert.Equal(w.Support < 130, w.Status == FittedWeightStatus.TooFewCases);
            if (w.Status == FittedWeightStatus.TooFewCases)
            {
                Assert.Equal((w.Prior, (double?)null), (w.Fitted, w.StandardError));
            }
        });
        Assert.All(fitted.Signals, s => Assert.Equal(Weight(fitted, s.Id, SignalState.Present).Fitted, s.Weights.Present));
    }

    [Fact]
    public void A_state_without_a_text_stays_at_zero_since_no_explanation_could_give_its_reason()
    {
        var textless = _fitted.Set.Fit!.Weights.Where(w => w.Status == FittedWeightStatus.NoText).ToList();

        Assert.NotEmpty(textless);
        Assert.All(textless, w =>
        {
            Set.TryGetSignal(w.SignalId, out var signal);
            Assert.Null(signal!.TextFor(w.State));
            Assert.Equal((0.0, 0.0), (w.Prior, w.Fitted));
        });
        Assert.Contains(textless, w => w.Support > 1000);
    }

    [Fact]
    public void A_weight_the_cases_would_turn_round_is_held_at_zero_unless_sign_changes_are_allowed()
    {
        // The "you misread the room" truth: thinking you nailed it goes with fewer offers, against the articles' small plus.
        var truth = SignalSet.CreateBuilder("turned", "1.0.0").Extend(SyntheticOutcomes.Truth).OverrideWeights("you-think-you-nailed-it", -0.9, 0).Build();
        var cases = SyntheticOutcomes.Cases(6000, seed: 5, truth);

        var held = Weight(Fitter(cases).Fit("x", Date), "you-think-you-nailed-it", SignalState.Present);
        var turned = Fitter(cases, new OutcomeFitterOptions { AllowSignChange = true }).Fit("x", Date);
        var changed = Weight(turned, "you-think-you-nailed-it", SignalState.Present);

        Assert.Equal((FittedWeightStatus.HeldAtZero, 0.0, (double?)null), (held.Status, held.Fitted, held.StandardError));
        Assert.Equal(FittedWeightStatus.SignChanged, changed.Status);
        Assert.InRange(changed.Fitted, -1.3, -0.5);
        Assert.True(turned.Fit!.AllowSignChange);
    }

    [Fact]
    public void A_weight_is_fitted_through_the_modifiers_that_scale_it_not_as_the_effect_they_leave()
    {
        // At a large corporation a missing rapport sign counts half, so the truth's -1.2 shows in the outcomes as -0.6.
        var truth = SignalSet.CreateBuilder("rapport", "1.0.0").Extend(Set).OverrideWeights("comfortable-atmosphere", 0.3, -1.2).Build();
        var engine = InterviewEvaluator.Create(truth);
        var random = new Random(10);
        var cases = Enumerable.Range(0, 6000).Select(i =>
        {
            var o = Observation.CreateBuilder().AsOf(Date).Fact("company-size", "large")
                .Answer("comfortable-atmosphere", (SignalState)(i % 3))
                .Answer("salary-discussed", random.NextDouble() < 0.5 ? SignalState.Present : SignalState.Unknown).Build();
            return (o, random.NextDouble() < engine.Score(o).Outlook);
        });

        var w = Weight(Fitter(cases, new OutcomeFitterOptions { PriorStrengths = new[] { 1.0 } }).Fit("x", Date), "comfortable-atmosphere", SignalState.Absent);

        Assert.InRange(w.Fitted, -1.5, -0.9);
    }

    [Fact]
    public void Too_few_cases_too_few_of_an_outcome_and_a_set_with_a_waived_protected_characteristic_are_refused()
    {
        var few = Assert.Throws<FitRefusedException>(() => Fitter(SyntheticOutcomes.Cases(150, seed: 1)).Fit("x", Date));
        var oneSided = Assert.Throws<FitRefusedException>(() => Fitter(SyntheticOutcomes.Cases(400, seed: 1).Select(c => (c.Observation, true))).Fit("x", Date));
        var waived = SignalSet.CreateBuilder("waived", "1.0.0").Extend(Set)
            .AddFact(new FactDefinition { Id = "candidate-age", Title = "Age", Kind = FactKind.Number })
            .WaiveProtectedCharacteristic("candidate-age", "Used only to check the form's own age gate, never weighed.").Build();
        var protectedSet = Assert.Throws<FitRefusedException>(() => Fitter(SyntheticOutcomes.Cases(400, seed: 1), set: waived).Fit("x", Date));

        Assert.Equal("too-few-cases", few.Code);
        Assert.Contains("150 cases", few.Message, StringComparison.Ordinal);
        Assert.Equal("too-few-of-an-outcome", oneSided.Code);
        Assert.Equal("protected-characteristic", protectedSet.Code);
        Assert.Contains("'candidate-age' (age)", protectedSet.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_are_refused_with_every_problem_named()
    {
        var ex = Assert.Throws<ArgumentException>(() => OutcomeFitter.Create(Set, new OutcomeFitterOptions { Folds = 1, PriorStrengths = new[] { 0.0 }, MinimumSupport = 0 }));

        Assert.Contains("Folds must be between 2 and 20; it is 1.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("PriorStrengths must hold at least one finite number above 0.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MinimumSupport must be at least 1; it is 0.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fitted_set_is_written_as_an_extension_that_reads_back_equal_validates_and_is_applied_with_a_disclosure()
    {
        var fitted = _fitted.Set;
        var json = SignalSetJson.ToExtendingJson(fitted, Set);
        var reloaded = SignalSetJson.Parse(json, BuiltInSignalSets.JsonOptions);
        var observation = Observation.CreateBuilder().AsOf(Date).Present("salary-discussed").Absent("comfortable-atmosphere").Present("vague-answers").Build();
        var assessment = InterviewEvaluator.Create(reloaded).Assess(observation);
        var english = ExplanationGenerator.Default.Generate(assessment, reloaded, "en");
        var spanish = ExplanationGenerator.Default.Generate(assessment, reloaded, "es");

        using (var doc = System.Text.Json.JsonDocument.Parse(json))
        {
            Assert.Equal("interview-outlook", doc.RootElement.GetProperty("extends").GetString());
            Assert.False(doc.RootElement.TryGetProperty("signals", out _));
            Assert.Equal(fitted.Signals.Count(s => !Set.Signals.Contains(s)), doc.RootElement.GetProperty("overrides").GetArrayLength());
        }

        Assert.Equal(fitted.ContentHash, reloaded.ContentHash);
        Assert.Equal(fitted.Fit, reloaded.Fit);
        Assert.Equal(Set.Reference, reloaded.BasedOn);
        var expected = Weight(reloaded, "salary-discussed", SignalState.Present).Fitted + Weight(reloaded, "comfortable-atmosphere", SignalState.Absent).Fitted + Weight(reloaded, "vague-answers", SignalState.Present).Fitted;
        Assert.Equal(reloaded.Fit!.BaseFitted + expected, assessment.Score, 10);
        Assert.Equal("disclaimer.fitted", english.Disclaimers[0].Code);
        Assert.Contains("fitted on 20000 past outcomes", english.Disclaimers[0].Text, StringComparison.Ordinal);
        Assert.Contains("synthetic cases from a known truth, dated 2026-11-23", english.Disclaimers[0].Text, StringComparison.Ordinal);
        Assert.Contains("se ajustaron con 20000 resultados anteriores", spanish.Disclaimers[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(english.Disclaimers, d => d.Code == "disclaimer");
        Assert.DoesNotContain(ExplanationGenerator.Default.Generate(InterviewEvaluator.Create(Set).Assess(observation), Set, "en").Disclaimers, d => d.Code == "disclaimer.fitted");
    }

    [Fact]
    public void Fitting_is_deterministic_for_a_seed_and_the_seed_deals_the_folds()
    {
        var cases = SyntheticOutcomes.Cases(1500, seed: 6);

        var first = SignalSetJson.ToJson(Fitter(cases).Fit("x", Date));
        var again = SignalSetJson.ToJson(Fitter(cases).Fit("x", Date));
        var reseeded = Fitter(cases, new OutcomeFitterOptions { Seed = 2 }).Fit("x", Date).Fit!;

        Assert.Equal(first, again);
        Assert.NotEqual(SignalSetJson.Parse(first, BuiltInSignalSets.JsonOptions).Fit!.Grid, reseeded.Grid);
        Assert.Equal(2, reseeded.Seed);
    }

    [Fact]
    public void With_fit_prevalence_each_asked_signal_takes_how_often_it_was_present_among_the_cases_that_answered_it()
    {
        var fitted = Fitter(SyntheticOutcomes.Cases(2000, seed: 7), new OutcomeFitterOptions { FitPrevalence = true }).Fit("x", Date);
        var derived = Set.Rules.Select(r => r.Signal).ToHashSet();

        Assert.True(fitted.Fit!.FitPrevalence);
        foreach (var s in fitted.Signals)
        {
            Set.TryGetSignal(s.Id, out var original);
            if (derived.Contains(s.Id))
            {
                Assert.Equal(original!.Prevalence, s.Prevalence);
                continue;
            }

            var (present, absent) = (Weight(fitted, s.Id, SignalState.Present).Support, Weight(fitted, s.Id, SignalState.Absent).Support);

            // SampleObservations.Varied answers present 30% of the time and absent 20%: 0.6 of the answers.
            Assert.Equal(Math.Round((present + 0.5) / (present + absent + 1), 3), s.Prevalence!.Value, 9);
            Assert.InRange(s.Prevalence.Value, 0.55, 0.65);
        }

        Assert.Equal(fitted.ContentHash, SignalSetJson.Parse(SignalSetJson.ToExtendingJson(fitted, Set), BuiltInSignalSets.JsonOptions).ContentHash);
    }

    /// <summary>One fit on 20,000 cases, shared by the tests that only read it.</summary>
    public sealed class Fitted
    {
        public Fitted() => Set = Fitter(SyntheticOutcomes.Cases(20_000, seed: 3)).Fit("synthetic cases from a known truth", Date);

        public SignalSet Set { get; }
    }
}

using InterviewSignals.Testing;
using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Tests.Evaluation;

/// <summary>What the outcome fitter relies on: with the set's rules and modifiers fixed, the score is the base score plus weight × multiplier, the multiplier chosen by the weight's sign.</summary>
public class CaseEncodingTests
{
    [Fact]
    public void Any_weights_weigh_a_case_exactly_as_its_encoding_with_the_original_weights_says()
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        var random = new Random(12);
        var encoder = new SignalSetEvaluator(set, InterviewEvaluatorOptions.Default);
        var encoding = new CaseEncoding(set);
        var observations = SampleObservations.Varied(300, seed: 8);
        for (var round = 0; round < 5; round++)
        {
            // Random weights of either sign wherever the set has a text for the state, so that modifiers for one direction only are exercised both ways.
            var builder = SignalSet.CreateBuilder("random", "1.0.0").Extend(set).WithBaseRate(0.2 + (0.6 * random.NextDouble()));
            foreach (var s in set.Signals)
            {
                builder.OverrideWeights(s.Id, s.PresentText is null ? 0 : Math.Round((random.NextDouble() * 4) - 2, 2), s.AbsentText is null ? 0 : Math.Round((random.NextDouble() * 4) - 2, 2));
            }

            var weights = builder.Build();
            var engine = InterviewEvaluator.Create(weights);
            foreach (var observation in observations)
            {
                encoder.Encode(observation, encoding);
                var expected = Math.Log(weights.BaseRate / (1 - weights.BaseRate));
                for (var i = 0; i < set.Signals.Count; i++)
                {
                    var w = weights.Signals[i].Weights.For(encoding.States[i]);
                    expected += w * (w > 0 ? encoding.Positive[i] : encoding.Negative[i]);
                }

                Assert.Equal(expected, engine.Score(observation).Score, 9);
            }
        }
    }

    [Fact]
    public void The_encoding_sees_states_without_a_weight_and_differs_by_direction_only_where_a_one_sided_modifier_applies()
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        var encoding = new CaseEncoding(set);
        var observation = InterviewSignals.Observations.Observation.CreateBuilder().AsOf(SampleObservations.AsOf)
            .Absent("invited-to-next-round").Present("comfortable-atmosphere").Present("salary-discussed").Fact("company-size", "large").Build();

        new SignalSetEvaluator(set, InterviewEvaluatorOptions.Default).Encode(observation, encoding);

        var index = set.Signals.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i);
        Assert.Equal(SignalState.Absent, encoding.States[index["invited-to-next-round"]]);
        Assert.Equal((1.0, 1.0), (encoding.Positive[index["invited-to-next-round"]], encoding.Negative[index["invited-to-next-round"]]));

        // Large corporations halve negative rapport signs only.
        Assert.Equal((1.0, 0.5), (encoding.Positive[index["comfortable-atmosphere"]], encoding.Negative[index["comfortable-atmosphere"]]));
        Assert.Equal((1.0, 1.0), (encoding.Positive[index["salary-discussed"]], encoding.Negative[index["salary-discussed"]]));
        Assert.Equal(SignalState.Unknown, encoding.States[index["positive-feedback"]]);
    }
}

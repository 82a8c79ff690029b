using CsCheck;
using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Reliability;

/// <summary>Properties that hold for every observation of the built-in outlook set.</summary>
public class ObservationPropertyTests
{
    /// <summary>The codes the observation format page lists in its table of rules (a row may name several).</summary>
    private static readonly Lazy<HashSet<string>> DocumentedCodes = new(() =>
    {
        var page = File.ReadAllText(Path.Combine(TestSupport.Seeds.RepositoryRoot(), "docs", "observation-format.md"));
        return System.Text.RegularExpressions.Regex.Matches(page, @"^\| (`[a-z-]+`(?:, `[a-z-]+`)*) \|", System.Text.RegularExpressions.RegexOptions.Multiline)
            .SelectMany(m => m.Groups[1].Value.Split(", ").Select(c => c.Trim('`')))
            .Where(c => c.Contains('-', StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
    });

    private static readonly SignalSet Set = BuiltInSignalSets.InterviewOutlook;
    private static readonly IInterviewEvaluator Evaluator = InterviewEvaluator.Create(Set);
    private static readonly DateTimeOffset AsOf = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Random but valid observations: any mix of answers and strengths, and any facts within their bounds.</summary>
    private static readonly Gen<Observation> Observations =
        Gen.Select(Gen.Int[0, 2].Array[Set.Signals.Count], Gen.Double[0, 1].Array[Set.Signals.Count], Gen.Int[0, 1].Array[Set.Facts.Count], Gen.Double[0, 1].Array[Set.Facts.Count])
        .Select(t =>
        {
            var (states, strengths, hasFact, factRoll) = t;
            var b = Observation.CreateBuilder().AsOf(AsOf);
            for (var i = 0; i < Set.Signals.Count; i++)
            {
                if (states[i] == 1) { b.Present(Set.Signals[i].Id, strengths[i]); }
                else if (states[i] == 2) { b.Absent(Set.Signals[i].Id); }
            }

            for (var i = 0; i < Set.Facts.Count; i++)
            {
                if (hasFact[i] == 0)
                {
                    continue;
                }

                var f = Set.Facts[i];
                switch (f.Kind)
                {
                    case FactKind.Number:
                        var min = f.Minimum ?? 0;
                        var max = f.Maximum ?? 1000;
                        b.Fact(f.Id, min + (factRoll[i] * (max - min)));
                        break;
                    case FactKind.Boolean:
                        b.Fact(f.Id, factRoll[i] < 0.5);
                        break;
                    case FactKind.Choice:
                        b.Fact(f.Id, f.Choices[(int)(factRoll[i] * (f.Choices.Count - 1e-9))]);
                        break;
                    default:
                        b.Fact(f.Id, AsOf.AddDays(-60 * factRoll[i]));
                        break;
                }
            }

            return b.Build();
        });

    [Fact]
    public void Assessing_never_throws_and_the_outlook_stays_an_index_between_0_and_1()
        => Observations.Sample(o =>
        {
            var a = Evaluator.Assess(o);
            Assert.InRange(a.Outlook, 0, 1);
            Assert.InRange(a.Confidence.Coverage, 0, 1);
            Assert.False(double.IsNaN(a.Score));
        }, iter: 500);

    [Fact]
    public void Base_plus_contributions_is_the_score_and_the_fast_path_agrees()
        => Observations.Sample(o =>
        {
            var a = Evaluator.Assess(o);
            var sum = a.BaseScore;
            foreach (var c in a.Contributions)
            {
                sum += c.Value;
            }

            Assert.Equal(a.Score, sum);
            var fast = Evaluator.Score(o);
            Assert.Equal((a.Score, a.Band), (fast.Score, fast.Band));
        }, iter: 500);

    [Fact]
    public void Seeing_a_sign_whose_present_weight_is_positive_never_lowers_the_outlook()
        => Gen.Select(Observations, Gen.Int[0, Set.Signals.Count - 1]).Sample(t =>
        {
            var (o, pick) = t;
            var signal = Set.Signals[pick];
            if (signal.Weights.Present <= 0 || o.Signals.ContainsKey(signal.Id) || Set.Rules.Any(r => r.Signal == signal.Id))
            {
                return;
            }

            var b = Observation.CreateBuilder().AsOf(AsOf);
            foreach (var pair in o.Signals) { b.Answer(pair.Key, pair.Value.State, pair.Value.Strength); }
            foreach (var pair in o.Facts) { b.Fact(pair.Key, pair.Value); }
            var with = b.Present(signal.Id).Build();

            Assert.True(Evaluator.Score(with).Outlook >= Evaluator.Score(o).Outlook);
        }, iter: 500);

    [Fact]
    public void Observation_json_round_trips_to_the_same_text_and_score()
        => Observations.Sample(o =>
        {
            var json = ObservationJson.ToJson(ObservationJson.Parse(ObservationJson.ToJson(o), Set));
            var again = ObservationJson.Parse(json, Set);
            Assert.Equal(Set.Reference, again.SignalSet);
            Assert.Equal(json, ObservationJson.ToJson(again));
            Assert.Equal(Evaluator.Score(o).Score, Evaluator.Score(again).Score);
        }, iter: 300);

    [Fact]
    public void Random_answer_and_fact_ids_only_raise_the_documented_error()
        => Gen.Select(Gen.String.Array[0, 4], Gen.String.Array[0, 4], Gen.Double).Sample(t =>
        {
            var b = Observation.CreateBuilder();
            foreach (var id in t.Item1.Where(x => x.Trim().Length > 0)) { b.Present(id); }
            foreach (var id in t.Item2.Where(x => x.Trim().Length > 0)) { b.Fact(id, double.IsFinite(t.Item3) ? t.Item3 : 0); }

            try
            {
                Evaluator.Assess(b.Build());
            }
            catch (ObservationException ex)
            {
                Assert.NotEmpty(ex.Errors);
                Assert.All(ex.Errors, e => Assert.Contains(e.Code, DocumentedCodes.Value));
            }
        }, iter: 300);

    [Fact]
    public void Every_observation_error_code_is_declared_and_documented()
    {
        var declared = typeof(ObservationErrorCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        Assert.True(declared.Count >= 10);
        Assert.Equal(declared.OrderBy(c => c, StringComparer.Ordinal), DocumentedCodes.Value.OrderBy(c => c, StringComparer.Ordinal));
    }

    [Fact]
    public void Random_observation_json_only_raises_the_documented_error()
        => Gen.String.Sample(json =>
        {
            try
            {
                ObservationJson.Parse("{\"signals\": {\"" + json + "\": \"present\"}, \"facts\": {\"interview-length-minutes\": " + (json.Length % 3 == 0 ? "1e999" : "\"" + json + "\"") + "}}", Set);
            }
            catch (ObservationException ex)
            {
                Assert.NotEmpty(ex.Errors);
                Assert.All(ex.Errors, e => Assert.Contains(e.Code, DocumentedCodes.Value));
            }
        }, iter: 300);

    [Fact]
    public void Assessments_and_explanations_read_back_from_JSON_equal_the_originals()
        => Observations.Sample(
            o =>
            {
                var a = Evaluator.Assess(o);
                var stored = InterviewSignalsJson.ParseAssessment(InterviewSignalsJson.ToJson(a, indented: false));
                Assert.Equal(a, stored);
                Assert.Equal(a.GetHashCode(), stored.GetHashCode());
                foreach (var language in new[] { "en", "es" })
                {
                    var e = Explain.Of(stored, language);
                    Assert.Equal(Explain.Of(a, language), e);
                    Assert.Equal(e, InterviewSignalsJson.ParseExplanation(InterviewSignalsJson.ToJson(e)));
                }
            },
            iter: 150);

    [Fact]
    public void A_changed_value_makes_a_read_back_assessment_unequal()
    {
        var a = Evaluator.Assess(Observation.CreateBuilder().Present("salary-discussed").AsOf(AsOf).Build());
        var stored = InterviewSignalsJson.ParseAssessment(InterviewSignalsJson.ToJson(a));
        Assert.NotEqual(a, stored with { Contributions = stored.Contributions.Select(c => c with { Value = c.Value + 1e-12 }).ToList() });
        Assert.NotEqual(a, stored with { Contributions = [] });
    }
}

using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Explanations;

/// <summary>Advice fits what happened; nobody is told to do what they already did.</summary>
public class AdviceTests
{
    public static TheoryData<string, string> SignalsWithAdviceToAct()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in BuiltInSignalSets.All)
        {
            foreach (var s in set.Signals.Where(s => s.Advice?.Absent is not null || s.Advice?.Unknown is not null))
            {
                data.Add(set.Id, s.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SignalsWithAdviceToAct))]
    public void A_sign_that_is_present_never_yields_its_own_advice_to_bring_it_about(string setId, string signalId)
    {
        var set = BuiltInSignalSets.Find(setId)!;
        var signal = set.Signals.Single(s => s.Id == signalId);
        var todo = new[] { signal.Advice!.Absent, signal.Advice.Unknown }.Where(t => t is not null).ToList();

        foreach (var language in new[] { "en", "es" })
        {
            var present = Explain.Of(InterviewEvaluator.Create(set).Assess(Observation.CreateBuilder().Present(signalId).Build()), language);
            var absent = Explain.Of(InterviewEvaluator.Create(set).Assess(Observation.CreateBuilder().Absent(signalId).Build()), language);

            Assert.DoesNotContain(present.Advice, a => a.Code.StartsWith($"signals.{setId}.{signalId}.advice", StringComparison.Ordinal) && !a.Code.EndsWith(".present", StringComparison.Ordinal));
            if (signal.Advice.Absent is not null)
            {
                Assert.Contains(absent.Advice, a => a.Code == $"signals.{setId}.{signalId}.advice.absent");
            }
        }

        var english = Explain.Of(InterviewEvaluator.Create(set).Assess(Observation.CreateBuilder().Present(signalId).Build()));
        Assert.DoesNotContain(english.Advice, a => todo.Contains(a.Text));
    }

    [Fact]
    public void The_went_well_example_does_not_advise_a_thank_you_note_that_was_sent_or_asking_for_a_timeline_that_was_given()
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        var observation = ObservationJson.Parse(File.ReadAllText(Path.Combine(Seeds.RepositoryRoot(), "samples", "observations", "went-well.json")), set);
        var codes = Explain.Of(InterviewEvaluator.Create(set).Assess(observation)).Advice.Select(a => a.Code).ToList();

        Assert.DoesNotContain(codes, c => c.Contains("thank-you-note-sent", StringComparison.Ordinal));
        Assert.DoesNotContain(codes, c => c.Contains("next-steps-explained", StringComparison.Ordinal));
        Assert.Equal("advice.keep-searching", codes[^1]);
    }

    [Fact]
    public void A_set_can_give_different_advice_per_state()
    {
        var set = TestSets.Builder()
            .AddSignal(TestSets.Signal("offer-call", 1, -1) with { Advice = new SignalAdvice { Present = "Prepare questions about the offer.", Absent = "Ask when they expect to decide." } })
            .Build();
        var evaluator = InterviewEvaluator.Create(set);

        string AdviceWhen(Observation o) => Explain.Of(evaluator.Assess(o), set: set).Advice[0].Text;

        Assert.Equal("Prepare questions about the offer.", AdviceWhen(Observation.CreateBuilder().Present("offer-call").Build()));
        Assert.Equal("Ask when they expect to decide.", AdviceWhen(Observation.CreateBuilder().Absent("offer-call").Build()));
        Assert.Equal(new[] { "advice.keep-searching" }, Explain.Of(evaluator.Assess(Observation.CreateBuilder().Build()), set: set).Advice.Select(a => a.Code));
    }

    [Fact]
    public void Advice_per_state_round_trips_through_the_JSON_format_and_shorthand_stays_a_string()
    {
        var set = TestSets.Builder()
            .AddSignal(TestSets.Signal("a", 1, -1) with { Advice = SignalAdvice.WhenPresent("Keep it up.") })
            .AddSignal(TestSets.Signal("b", 1, -1) with { Advice = SignalAdvice.WhenNotPresent("Try b.") })
            .Build();
        var json = SignalSetJson.ToJson(set);
        var back = SignalSetJson.Parse(json);

        Assert.Contains("\"advice\": {\n        \"present\": \"Keep it up.\"\n      }", json.Replace("\r\n", "\n"), StringComparison.Ordinal);
        Assert.Contains("\"advice\": \"Try b.\"", json, StringComparison.Ordinal);
        Assert.Equal(set.ContentHash, back.ContentHash);
        Assert.Equal(set.Signals.Select(s => s.Advice), back.Signals.Select(s => s.Advice));
    }

    [Theory]
    [InlineData("en", "date they gave you has passed", "If nobody mentioned a timeline")]
    [InlineData("es", "Cuando pase la fecha que te dieron", "Si nadie mencionó un plazo")]
    public void With_no_date_given_the_advice_never_takes_one_for_granted_beside_asking_for_one(string language, string presumesDate, string asksForTimeline)
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        var nothingKnown = Explain.Of(InterviewEvaluator.Create(set).Assess(Observation.CreateBuilder().Absent("next-steps-explained").AsOf(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero)).Build()), language);

        var advice = nothingKnown.Advice.Select(a => a.Text).ToList();
        Assert.Contains(advice, a => a.StartsWith(asksForTimeline, StringComparison.Ordinal));
        Assert.Contains(advice, a => a.StartsWith(language == "en" ? "If they gave you a date" : "Si te dieron una fecha", StringComparison.Ordinal));
        Assert.DoesNotContain(advice, a => a.Contains(presumesDate, StringComparison.Ordinal));
    }
}

using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Reliability;

public class ProtectedCharacteristicTests
{
    [Theory]
    [InlineData("candidate-age", "age")]
    [InlineData("date-of-birth", "date of birth")]
    [InlineData("graduation-year", "graduation year")]
    [InlineData("gender", "sex or gender")]
    [InlineData("ethnicity", "ethnicity")]
    [InlineData("religion", "religion")]
    [InlineData("has-disability", "disability")]
    [InlineData("is-pregnant", "pregnancy")]
    [InlineData("citizenship", "nationality or citizenship")]
    [InlineData("marital-status", "marital or family status")]
    [InlineData("photo-attached", "photo")]
    [InlineData("first-name", "name")]
    [InlineData("postal-code", "postal code")]
    public void A_fact_keyed_to_a_protected_characteristic_is_refused(string id, string characteristic)
    {
        var ex = Assert.Throws<SignalSetException>(() => TestSets.Builder().AddSignal(TestSets.Signal("a", 1, 0))
            .AddFact(new FactDefinition { Id = id, Title = "Something", Kind = FactKind.Boolean }).Build());
        var e = Assert.Single(ex.Errors);
        Assert.Equal(SignalSetErrorCodes.ProtectedCharacteristic, e.Code);
        Assert.Equal($"Fact '{id}' is keyed to a protected characteristic or a usual proxy for one ({characteristic}). Signal sets must not weigh people by such characteristics; a host may waive this for one item with a written justification.", e.Message);
    }

    [Fact]
    public void A_signal_whose_title_names_a_proxy_is_refused_too()
    {
        var ex = Assert.Throws<SignalSetException>(() => TestSets.Builder().AddSignal(TestSets.Signal("local", 1, 0) with { Title = "Lives in a nearby zip code" }).Build());
        Assert.Equal("$.signals[0].id", Assert.Single(ex.Errors).Path);
    }

    [Fact]
    public void Words_that_merely_contain_a_term_are_not_refused()
    {
        var set = TestSets.Builder()
            .AddFact(new FactDefinition { Id = "message-length", Title = "Page count", Kind = FactKind.Number })
            .AddSignal(TestSets.Signal("engaged", 1, 0) with { Title = "Engaged and encouraging" })
            .Build();
        Assert.Empty(set.Waivers);
    }

    [Fact]
    public void The_built_in_sets_need_no_waiver()
    {
        Assert.All(BuiltInSignalSets.All, s => Assert.Empty(s.Waivers));
    }

    [Fact]
    public void A_written_waiver_keeps_the_item_and_every_result_carries_it()
    {
        const string why = "Visa sponsorship timelines change how long silence lasts; the fact never weighs the person.";
        var set = SignalSetJson.Parse(
            """
            { "formatVersion": 1, "id": "visa", "version": "1.0.0", "extends": "interview-outlook",
              "facts": [ { "id": "citizenship-sponsorship-needed", "title": "Needs sponsorship", "kind": "boolean" } ] }
            """,
            BuiltInSignalSets.JsonOptions with { ProtectedCharacteristicWaivers = new[] { new ProtectedCharacteristicWaiver("citizenship-sponsorship-needed", why) } });

        var waiver = Assert.Single(set.Waivers);
        Assert.Equal(new AppliedWaiver("citizenship-sponsorship-needed", "nationality or citizenship", why), waiver);
        var a = InterviewEvaluator.Create(set).Assess(Observation.CreateBuilder().Build());
        Assert.Equal(waiver, Assert.Single(a.Waivers));
        Assert.Contains("\"justification\"", InterviewSignalsJson.ToJson(a), StringComparison.Ordinal);
    }

    [Fact]
    public void A_waiver_without_a_real_justification_is_refused()
    {
        var ex = Assert.Throws<SignalSetException>(() => TestSets.Builder().AddSignal(TestSets.Signal("a", 1, 0))
            .AddFact(new FactDefinition { Id = "age", Title = "Age", Kind = FactKind.Number })
            .WaiveProtectedCharacteristic("age", "needed")
            .Build());
        Assert.Equal("The waiver for 'age' needs a written justification of at least 20 characters.", Assert.Single(ex.Errors).Message);
    }

    [Fact]
    public void The_library_has_no_logging_so_nothing_a_person_answered_can_reach_a_log()
    {
        var references = typeof(SignalSet).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, n => n.Contains("Logging", StringComparison.Ordinal));
    }
}

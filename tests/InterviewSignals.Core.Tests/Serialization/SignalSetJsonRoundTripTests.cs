using InterviewSignals.BuiltIn;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Serialization;

public class SignalSetJsonRoundTripTests
{
    public static TheoryData<string> BuiltInIds => new(BuiltInSignalSets.Ids);

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Built_in_sets_round_trip_to_the_same_hash_and_text(string id)
    {
        var set = BuiltInSignalSets.Find(id)!;
        var json = SignalSetJson.ToJson(set);
        var again = SignalSetJson.Parse(json, BuiltInSignalSets.JsonOptions);

        Assert.Equal(set.ContentHash, again.ContentHash);
        Assert.Equal(json, SignalSetJson.ToJson(again));
    }

    [Fact]
    public void Every_condition_and_operand_shape_round_trips()
    {
        var when = Condition.All(
            Condition.Any(
                Condition.Compare(Operand.OfFact("size"), ComparisonOperator.Equal, Operand.Constant(FactValue.FromChoice("large"))),
                Condition.Compare(Operand.OfFact("flag"), ComparisonOperator.NotEqual, Operand.Constant(FactValue.FromBoolean(true)))),
            Condition.Not(Condition.Known("days")),
            Condition.Compare(Operand.DaysSince("date", 1.5), ComparisonOperator.LessThanOrEqual, Operand.OfFact("days", 7)),
            Condition.Ramp(Operand.DaysSince("date"), Operand.OfFact("days"), Operand.OfFact("days", 7)));
        var set = TestSets.Builder()
            .AddFact(new FactDefinition { Id = "size", Title = "Size", Kind = FactKind.Choice, Choices = new[] { "small", "large" }, Question = "Size?", Phase = InterviewPhase.Closing })
            .AddFact(new FactDefinition { Id = "flag", Title = "Flag", Kind = FactKind.Boolean })
            .AddFact(new FactDefinition { Id = "days", Title = "Days", Kind = FactKind.Number, Unit = "days", Minimum = 0, Maximum = 365 })
            .AddFact(new FactDefinition { Id = "date", Title = "Date", Kind = FactKind.Date, Phase = InterviewPhase.After })
            .AddSignal(TestSets.Signal("a", 1, -0.5, actionable: true) with { Evidence = EvidenceGrade.ResearchBacked, Driver = SignalDriver.Organisation, Phase = InterviewPhase.After })
            .AddRule(new RuleDefinition { Id = "r", Signal = "a", State = SignalState.Absent, When = when, Description = "Every shape." })
            .AddModifier(new ModifierDefinition { Id = "m", Title = "M", When = when, Factor = 0.25, Categories = new[] { "general" }, Direction = ModifierDirection.Negative, Caveat = "Careful.", Sources = new[] { new SourceQuote("doc", "Why.") } })
            .WithTooEarlyWhen(Condition.Known("date"))
            .AddNote("A note.")
            .Build();

        var json = SignalSetJson.ToJson(set);
        var again = SignalSetJson.Parse(json, BuiltInSignalSets.JsonOptions);

        Assert.Equal(set.ContentHash, again.ContentHash);
        Assert.Equal(json, SignalSetJson.ToJson(again));
    }

    [Fact]
    public void An_extended_set_exports_flat_and_remembers_what_it_was_based_on()
    {
        var json = """
            { "formatVersion": 1, "id": "tech", "version": "0.1.0", "extends": "interview-outlook",
              "overrides": [ { "signal": "salary-discussed", "weights": { "present": 0.1, "absent": 0 } } ],
              "disable": [ "arrived-late" ] }
            """;
        var set = SignalSetJson.Parse(json, BuiltInSignalSets.JsonOptions);
        var exported = SignalSetJson.ToJson(set);
        var again = SignalSetJson.Parse(exported, BuiltInSignalSets.JsonOptions);

        Assert.Equal(BuiltInSignalSets.InterviewOutlook.Reference, again.BasedOn);
        Assert.Equal(set.ContentHash, again.ContentHash);
        Assert.DoesNotContain("\"extends\"", exported, StringComparison.Ordinal);
        Assert.Equal(BuiltInSignalSets.InterviewOutlook.Signals.Count - 1, again.Signals.Count);
    }
}

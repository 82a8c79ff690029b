using InterviewSignals.BuiltIn;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Reliability;

/// <summary>Every limit ends in the documented error naming it; never a stack overflow, an out-of-memory or a hang.</summary>
public class LimitTests
{
    private static InputError SingleLimitError(Action build)
    {
        var ex = Assert.Throws<SignalSetException>(build);
        return Assert.Single(ex.Errors, e => e.Code == SignalSetErrorCodes.LimitExceeded);
    }

    [Fact]
    public void Counts_of_facts_rules_and_modifiers_are_limited()
    {
        var limits = new SignalSetLimits { MaxFacts = 1, MaxRules = 1, MaxModifiers = 1 };
        var when = Condition.Known("f1");
        var builder = TestSets.Builder().WithLimits(limits)
            .AddFact(new FactDefinition { Id = "f1", Title = "F1", Kind = FactKind.Boolean })
            .AddFact(new FactDefinition { Id = "f2", Title = "F2", Kind = FactKind.Boolean })
            .AddSignal(TestSets.Signal("a", 1, 0))
            .AddRule(new RuleDefinition { Id = "r1", Signal = "a", When = when })
            .AddRule(new RuleDefinition { Id = "r2", Signal = "a", When = when })
            .AddModifier(new ModifierDefinition { Id = "m1", Title = "M", When = when, Factor = 1, Signals = new[] { "a" }, Caveat = "c" })
            .AddModifier(new ModifierDefinition { Id = "m2", Title = "M", When = when, Factor = 1, Signals = new[] { "a" }, Caveat = "c" });

        var ex = Assert.Throws<SignalSetException>(() => builder.Build());
        Assert.Equal(
            new[] { "The set has 2 facts; the limit is 1.", "The set has 2 rules; the limit is 1.", "The set has 2 modifiers; the limit is 1." },
            ex.Errors.Where(e => e.Code == SignalSetErrorCodes.LimitExceeded).Select(e => e.Message));
    }

    [Fact]
    public void A_condition_nested_deeper_than_the_limit_is_refused_in_code()
    {
        Condition deep = Condition.Known("f");
        for (var i = 0; i < 100; i++)
        {
            deep = Condition.Not(deep);
        }

        var e = SingleLimitError(() => TestSets.Builder()
            .AddFact(new FactDefinition { Id = "f", Title = "F", Kind = FactKind.Boolean })
            .AddSignal(TestSets.Signal("a", 1, 0))
            .AddRule(new RuleDefinition { Id = "r", Signal = "a", When = deep })
            .Build());
        Assert.Equal("Conditions nest deeper than the limit of 32.", e.Message);
    }

    [Fact]
    public void A_condition_nested_very_deep_in_json_is_refused_without_recursion()
    {
        var json = "{\"formatVersion\": 1, \"id\": \"deep\", \"version\": \"1.0.0\", \"rules\": [{\"id\": \"r\", \"signal\": \"a\", \"when\": "
            + string.Concat(Enumerable.Repeat("{\"not\": ", 100_000)) + "{\"known\": \"f\"}" + new string('}', 100_000) + "}]}";
        var ex = Assert.Throws<SignalSetException>(() => SignalSetJson.Parse(json, new SignalSetJsonOptions { Limits = new SignalSetLimits { MaxDocumentBytes = 10_000_000 } }));
        Assert.Equal(SignalSetErrorCodes.LimitExceeded, Assert.Single(ex.Errors).Code);
    }

    [Fact]
    public void Long_strings_are_refused_with_their_length_and_the_limit()
    {
        var signal = TestSets.Signal("a", 1, 0) with { Description = new string('x', 5000) };
        var e = SingleLimitError(() => TestSets.Builder().AddSignal(signal).Build());
        Assert.Equal("$.signals[0].description", e.Path);
        Assert.Equal("The text is 5000 characters long; the limit is 4000.", e.Message);
    }

    [Fact]
    public void An_extends_chain_longer_than_the_limit_is_refused()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var files = new List<string>();
            for (var i = 0; i < 4; i++)
            {
                var extends = i == 0 ? "interview-outlook" : "chain-" + (i - 1);
                var file = Path.Combine(dir.FullName, $"chain-{i}.json");
                File.WriteAllText(file, $"{{ \"formatVersion\": 1, \"id\": \"chain-{i}\", \"version\": \"1.0.0\", \"extends\": \"{extends}\" }}");
                files.Add(file);
            }

            var options = BuiltInSignalSets.JsonOptions with { Limits = new SignalSetLimits { MaxExtendsDepth = 2 } };
            var ex = Assert.Throws<SignalSetException>(() => SignalSetJson.LoadFiles(files, options));
            Assert.Contains(ex.Errors, e => e.Code == SignalSetErrorCodes.LimitExceeded && e.Message == "The extends chain is longer than the limit of 2.");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

using InterviewSignals.BuiltIn;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Taxonomy;

public class SignalSetBuilderTests
{
    [Fact]
    public void Building_a_valid_set_keeps_every_part_in_declaration_order()
    {
        var set = TestSets.Tiny();

        Assert.Equal("tiny", set.Id);
        Assert.Equal(new[] { "a", "b", "c" }, set.Signals.Select(s => s.Id));
        Assert.StartsWith("sha256:", set.ContentHash);
        Assert.Equal(71, set.ContentHash.Length);
        Assert.True(set.TryGetSignal("b", out var b));
        Assert.True(b!.Actionable);
    }

    [Fact]
    public void A_builder_refuses_a_second_build_with_a_clear_message()
    {
        var builder = TestSets.Builder().AddSignal(TestSets.Signal("a", 1, 0));
        builder.Build();

        var ex = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Equal("This SignalSetBuilder has already built a set and is frozen; start a new builder to build another.", ex.Message);
        Assert.Throws<InvalidOperationException>(() => builder.AddNote("late"));
    }

    [Fact]
    public void The_hash_depends_on_content_only()
    {
        Assert.Equal(TestSets.Tiny().ContentHash, TestSets.Tiny().ContentHash);
        var changed = TestSets.Builder().AddSignal(TestSets.Signal("a", 1.0, -1.01)).AddSignal(TestSets.Signal("b", 0.5, 0, actionable: true)).AddSignal(TestSets.Signal("c", 0, -2.0, category: "rapport")).Build();
        Assert.NotEqual(TestSets.Tiny().ContentHash, changed.ContentHash);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_path()
    {
        var ex = Assert.Throws<SignalSetException>(() => SignalSet.CreateBuilder("Bad", "one")
            .WithTitle(" ")
            .WithBaseRate(0)
            .AddCategory("general", "General")
            .AddDocument("doc", "Doc")
            .AddSignal(TestSets.Signal("a", double.NaN, 0))
            .AddSignal(TestSets.Signal("a", 1, 0, category: "missing"))
            .AddModifier(new ModifierDefinition { Id = "m", Title = "M", When = Condition.Known("nope"), Factor = 4, Signals = new[] { "zzz" }, Caveat = "c" })
            .Build());

        Assert.Equal(
            new[]
            {
                "invalid-value $.id", "invalid-value $.version", "missing-text $.title", "invalid-value $.baseRate",
                "duplicate-id $.signals[1].id", "invalid-weight $.signals[0].weights.present", "unknown-reference $.signals[1].category",
                "invalid-value $.modifiers[0].factor", "unknown-reference $.modifiers[0].signals[0]", "unknown-reference $.modifiers[0].when.known",
            },
            ex.Errors.Select(e => e.Code + " " + e.Path));
        Assert.Equal("Signal 'a' has present weight NaN; a weight must be a finite number between -5 and 5 log-odds points.", ex.Errors[5].Message);
        Assert.StartsWith("The signal set is not valid (10 problems):", ex.Message);
    }

    [Fact]
    public void A_text_is_required_for_each_state_that_weighs_something()
    {
        var signal = TestSets.Signal("a", 1, -1) with { AbsentText = null };
        var ex = Assert.Throws<SignalSetException>(() => TestSets.Builder().AddSignal(signal).Build());
        var error = Assert.Single(ex.Errors);
        Assert.Equal(SignalSetErrorCodes.MissingText, error.Code);
        Assert.Equal("$.signals[0].texts.absent", error.Path);
    }

    [Fact]
    public void Extending_adds_overrides_and_disables_and_gives_a_valid_set()
    {
        var outlook = BuiltInSignalSets.InterviewOutlook;
        var extended = SignalSet.CreateBuilder("tech-outlook", "1.0.0")
            .Extend(outlook)
            .WithTitle("Technical interview outlook")
            .AddDocument("team-notes", "Team notes")
            .AddSignal(TestSets.Signal("second-problem-offered", 0.6, 0, category: "engagement") with { Sources = new[] { new SourceQuote("team-notes", "Offered a second problem.") } })
            .OverrideWeights("salary-discussed", 0.2, 0)
            .Disable("interview-over-30-minutes")
            .Build();

        Assert.Equal(outlook.Signals.Count, extended.Signals.Count);
        Assert.True(extended.TryGetSignal("second-problem-offered", out _));
        Assert.False(extended.TryGetSignal("interview-over-30-minutes", out _));
        Assert.DoesNotContain(extended.Rules, r => r.Signal == "interview-over-30-minutes");
        Assert.All(extended.Modifiers, m => Assert.DoesNotContain("interview-over-30-minutes", m.Signals));
        extended.TryGetSignal("salary-discussed", out var salary);
        Assert.Equal(new SignalWeights(0.2, 0), salary!.Weights);
        Assert.Equal(outlook.Reference, extended.BasedOn);
        Assert.Equal(outlook.IntendedUse, extended.IntendedUse);
    }

    [Fact]
    public void Overriding_or_disabling_an_unknown_signal_is_an_error()
    {
        var ex = Assert.Throws<SignalSetException>(() => SignalSet.CreateBuilder("x", "1.0.0").Extend(TestSets.Tiny()).OverrideWeights("nope", 1, 0).Disable("gone").Build());
        Assert.Equal(new[] { "$.overrides[0].signal", "$.disable[0]" }, ex.Errors.Select(e => e.Path));
        Assert.All(ex.Errors, e => Assert.Equal(SignalSetErrorCodes.UnknownReference, e.Code));
    }

    [Theory]
    [InlineData(14, 7, true)]
    [InlineData(7, 14, false)]
    [InlineData(7, 7, false)]
    public void A_ramp_whose_start_lies_after_its_end_is_refused(double from, double to, bool reversed)
    {
        var builder = TestSets.Builder()
            .AddFact(new FactDefinition { Id = "days", Title = "Days", Kind = FactKind.Number })
            .AddSignal(TestSets.Signal("a", 1, 0))
            .AddRule(new RuleDefinition { Id = "r", Signal = "a", When = Condition.Ramp(Operand.OfFact("days"), Operand.Constant(from), Operand.Constant(to)) });

        if (reversed)
        {
            var ex = Assert.Throws<SignalSetException>(() => builder.Build());
            Assert.Equal(SignalSetErrorCodes.ReversedRamp, Assert.Single(ex.Errors).Code);
        }
        else
        {
            Assert.NotNull(builder.Build());
        }
    }

    [Fact]
    public void Limits_are_enforced_with_the_limit_named()
    {
        var builder = TestSets.Builder().WithLimits(new SignalSetLimits { MaxSignals = 1 })
            .AddSignal(TestSets.Signal("a", 1, 0)).AddSignal(TestSets.Signal("b", 1, 0));
        var ex = Assert.Throws<SignalSetException>(() => builder.Build());
        Assert.Equal("The set has 2 signals; the limit is 1.", Assert.Single(ex.Errors).Message);
    }
}

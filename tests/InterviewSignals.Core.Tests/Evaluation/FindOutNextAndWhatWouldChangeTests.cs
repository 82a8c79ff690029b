using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Evaluation;

public class FindOutNextAndWhatWouldChangeTests
{
    [Fact]
    public void Unknown_signals_are_ranked_by_how_far_they_could_move_the_band()
    {
        // Tiny: a (+1/-1), b (+0.5/0), c (0/-2). From a score of 0 (outlook 0.5, mixed):
        // a moves the band either way (2 changes); c can drop it to concerning (reach 2); b can lift it (reach 0.5).
        var a = InterviewEvaluator.Create(TestSets.Tiny()).Assess(Observation.CreateBuilder().Build());

        Assert.Equal(new[] { "a", "c", "b" }, a.FindOutNext.Select(f => f.SignalId));
        var first = a.FindOutNext[0];
        Assert.Equal((1.0, OutlookBand.Encouraging, -1.0, OutlookBand.Concerning, 1.0), (first.ScoreIfPresent, first.BandIfPresent, first.ScoreIfAbsent, first.BandIfAbsent, first.Reach));
        Assert.Equal("Question?", first.Question);
    }

    [Fact]
    public void Answered_and_derived_signals_are_not_suggested()
    {
        var a = InterviewEvaluator.Create(TestSets.Tiny()).Assess(Observation.CreateBuilder().Absent("a").Present("c").Build());
        Assert.Equal(new[] { "b" }, a.FindOutNext.Select(f => f.SignalId));
    }

    [Fact]
    public void What_would_change_it_is_the_fewest_actionable_changes_that_lift_the_band()
    {
        // a absent gives -1 (outlook 0.27, concerning). Mixed starts at logit(0.4) = -0.405.
        // d (+0.8) alone reaches -0.2: one change suffices, although b (+0.5) is also actionable.
        var set = TestSets.Builder()
            .AddSignal(TestSets.Signal("a", 1, -1))
            .AddSignal(TestSets.Signal("b", 0.5, 0, actionable: true))
            .AddSignal(TestSets.Signal("d", 0.8, -0.1, actionable: true))
            .Build();
        var a = InterviewEvaluator.Create(set).Assess(Observation.CreateBuilder().Absent("a").Build());

        Assert.Equal(OutlookBand.Concerning, a.Band);
        Assert.Equal(OutlookBand.Mixed, a.WhatWouldChange.TargetBand);
        Assert.True(a.WhatWouldChange.Reachable);
        var change = Assert.Single(a.WhatWouldChange.Changes);
        Assert.Equal(("d", SignalState.Unknown, 0.8), (change.SignalId, change.From, change.Gain));
        Assert.Equal("a", Assert.Single(a.WhatWouldChange.HeaviestNegatives).SignalId);
    }

    [Fact]
    public void A_change_from_absent_gains_the_difference_between_the_two_weights()
    {
        var set = TestSets.Builder().AddSignal(TestSets.Signal("a", 1, -1)).AddSignal(TestSets.Signal("d", 0.8, -0.1, actionable: true)).Build();
        var a = InterviewEvaluator.Create(set).Assess(Observation.CreateBuilder().Absent("a").Absent("d").Build());
        Assert.Equal(0.9, Assert.Single(a.WhatWouldChange.Changes).Gain, 12);
    }

    [Fact]
    public void When_no_actionable_change_is_enough_every_useful_change_is_listed_as_unreachable()
    {
        var a = InterviewEvaluator.Create(TestSets.Tiny()).Assess(Observation.CreateBuilder().Absent("a").Absent("c").Build());
        Assert.False(a.WhatWouldChange.Reachable);
        Assert.Equal(new[] { "b" }, a.WhatWouldChange.Changes.Select(c => c.SignalId));
        Assert.Equal(new[] { "c", "a" }, a.WhatWouldChange.HeaviestNegatives.Select(c => c.SignalId));
    }

    [Fact]
    public void An_encouraging_outlook_needs_no_change()
    {
        var a = InterviewEvaluator.Create(TestSets.Tiny()).Assess(Observation.CreateBuilder().Present("a").Build());
        Assert.Null(a.WhatWouldChange.TargetBand);
        Assert.Empty(a.WhatWouldChange.Changes);
    }
}

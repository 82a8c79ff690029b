using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Outcomes;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Tests.Outcomes;

public class OutcomeCheckTests
{
    private static OutcomeCheck Evaluator(int replicates = 200) => OutcomeCheck.Create(BuiltInSignalSets.InterviewOutlook, new OutcomeCheckOptions { BootstrapReplicates = replicates });

    /// <summary>Offers at 0.9, 0.7 and 0.4; no offers at 0.8 and 0.3.</summary>
    private static OutcomeCheck Five()
    {
        var e = Evaluator();
        foreach (var (outlook, offer) in new[] { (0.9, true), (0.7, true), (0.4, true), (0.8, false), (0.3, false) })
        {
            e.Add(outlook, offer);
        }

        return e;
    }

    [Fact]
    public void Auc_Brier_and_log_loss_match_the_hand_computed_values()
    {
        var report = Five().Report();

        // AUC: of the 6 offer/no-offer pairs, the offer case is higher in 4 (0.9>0.8, 0.9>0.3, 0.7>0.3, 0.4>0.3).
        Assert.Equal(4.0 / 6, report.Auc!.Value, 12);

        // Brier: (0.01 + 0.09 + 0.36 + 0.64 + 0.09) / 5; the base rate 0.6 scores 0.24.
        Assert.Equal(0.238, report.Brier!.Value, 12);
        Assert.Equal(1 - (0.238 / 0.24), report.BrierSkill!.Value, 12);

        // Log loss: -(ln 0.9 + ln 0.7 + ln 0.4 + ln 0.2 + ln 0.7) / 5.
        Assert.Equal(-(Math.Log(0.9) + Math.Log(0.7) + Math.Log(0.4) + Math.Log(0.2) + Math.Log(0.7)) / 5, report.LogLoss!.Value, 12);
        Assert.Equal((5L, 3L, 0.6), (report.Cases, report.Offers, report.BaseRate!.Value));
    }

    [Fact]
    public void A_tie_counts_half()
    {
        var e = Evaluator();
        e.Add(0.5, true);
        e.Add(0.5, false);
        e.Add(0.9, true);

        // Pairs: (0.5 vs 0.5) a tie, 0.5; (0.9 vs 0.5) a win, 1: (0.5 + 1) / 2.
        Assert.Equal(0.75, e.Report().Auc!.Value, 12);
    }

    [Fact]
    public void The_calibration_fit_passes_through_both_observed_rates_when_there_are_two_outlooks()
    {
        // At logit 0 (outlook 0.5), 1 offer in 4; at logit 1, 3 in 4. Two points: the fit goes through logit(1/4) and logit(3/4).
        var e = Evaluator();
        var high = 1 / (1 + Math.Exp(-1));
        foreach (var offer in new[] { true, false, false, false })
        {
            e.Add(0.5, offer);
            e.Add(high, !offer);
        }

        var report = e.Report();

        Assert.Equal(Math.Log(1.0 / 3), report.CalibrationIntercept!.Value, 6);
        Assert.Equal(Math.Log(3) - Math.Log(1.0 / 3), report.CalibrationSlope!.Value, 6);
    }

    [Fact]
    public void A_perfectly_calibrated_outlook_fits_intercept_0_and_slope_1()
    {
        // At each outlook p (over 40 cases, p x 40 of them offers), the observed rate is p.
        var e = Evaluator();
        foreach (var p in new[] { 0.1, 0.25, 0.5, 0.75, 0.9 })
        {
            for (var i = 0; i < 40; i++)
            {
                e.Add(p, i < p * 40);
            }
        }

        var report = e.Report();

        Assert.Equal(0, report.CalibrationIntercept!.Value, 2);
        Assert.Equal(1, report.CalibrationSlope!.Value, 2);
    }

    [Fact]
    public void Outcomes_the_outlook_separates_perfectly_have_no_slope_rather_than_a_huge_one()
    {
        var e = Evaluator();
        e.Add(0.9, true);
        e.Add(0.2, false);

        var report = e.Report();

        Assert.Equal(1, report.Auc);
        Assert.Null(report.CalibrationSlope);
        Assert.Null(report.CalibrationIntercept);
    }

    [Fact]
    public void The_bootstrap_interval_holds_the_estimate_and_repeats_for_the_same_seed()
    {
        var e = Evaluator();
        var random = new Random(5);
        for (var i = 0; i < 500; i++)
        {
            var p = random.NextDouble();
            e.Add(p, random.NextDouble() < p);
        }

        var first = e.Report();
        var again = e.Report();

        Assert.InRange(first.Auc!.Value, first.AucLower!.Value, first.AucUpper!.Value);
        Assert.True(first.AucUpper - first.AucLower is > 0.02 and < 0.2, $"interval {first.AucLower}..{first.AucUpper}");
        Assert.Equal((first.AucLower, first.AucUpper), (again.AucLower, again.AucUpper));
    }

    [Fact]
    public void Withdrawn_or_unknown_outcomes_are_counted_and_left_out()
    {
        var e = Five();
        e.Add(0.99, null);

        var report = e.Report();

        Assert.Equal((5L, 1L), (report.Cases, report.LeftOut));
        Assert.Equal(4.0 / 6, report.Auc!.Value, 12);
    }

    [Fact]
    public void Without_both_outcomes_the_measures_that_need_both_are_absent_not_invented()
    {
        var e = Evaluator();
        e.Add(0.7, true);
        e.Add(0.6, true);

        var report = e.Report();

        Assert.Null(report.Auc);
        Assert.Null(report.AucLower);
        Assert.Null(report.BrierSkill);
        Assert.Empty(report.Roc);
        Assert.Equal((0.09 + 0.16) / 2, report.Brier!.Value, 12);
    }

    [Fact]
    public void The_reliability_table_splits_cases_into_deciles_with_their_observed_rates()
    {
        var e = Evaluator();
        for (var i = 0; i < 100; i++)
        {
            e.Add((i + 0.5) / 100, i % 2 == 0);
        }

        var table = e.Report().Reliability;

        Assert.Equal(10, table.Count);
        Assert.All(table, r => Assert.Equal((10L, 0.5), (r.Cases, r.OfferRate)));
        Assert.Equal(0.05, table[0].MeanOutlook, 12);
        Assert.Equal(0.95, table[9].MeanOutlook, 12);
    }

    [Fact]
    public void Signals_and_bands_are_counted_by_outcome_with_the_lift()
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        var engine = InterviewEvaluator.Create(set);
        var e = Evaluator();
        var asOf = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
        void Case(bool offer, params (string Id, bool Present)[] answers)
        {
            var b = Observation.CreateBuilder().AsOf(asOf);
            foreach (var (id, present) in answers)
            {
                b.Answer(id, present ? InterviewSignals.Taxonomy.SignalState.Present : InterviewSignals.Taxonomy.SignalState.Absent);
            }

            var observation = b.Build();
            e.Add(engine.Assess(observation), offer, observation);
        }

        Case(true, ("invited-to-next-round", true), ("salary-discussed", true));
        Case(true, ("invited-to-next-round", true));
        Case(false, ("invited-to-next-round", false), ("salary-discussed", true));
        Case(false, ("salary-discussed", false));

        var report = e.Report();
        var invited = report.Signals.Single(s => s.Id == "invited-to-next-round");
        var salary = report.Signals.Single(s => s.Id == "salary-discussed");

        Assert.Equal((2L, 0L, 0L, 1L), (invited.PresentWithOffer, invited.PresentWithoutOffer, invited.AbsentWithOffer, invited.AbsentWithoutOffer));
        Assert.Equal(2.0, invited.PresentLift!.Value, 12);                       // offer rate 1 when present / base rate 0.5
        Assert.Equal(Math.Log(2.5 * 1.5 / (0.5 * 0.5)), invited.ObservedLogOddsRatio!.Value, 12);
        Assert.Equal((1L, 1L, 0L, 1L), (salary.PresentWithOffer, salary.PresentWithoutOffer, salary.AbsentWithOffer, salary.AbsentWithoutOffer));
        Assert.Equal(4, report.Bands.Sum(b => b.Cases));
    }

    [Fact]
    public void An_assessment_of_another_set_is_refused()
    {
        var other = InterviewEvaluator.Create(BuiltInSignalSets.RejectionReview).Assess(Observation.CreateBuilder().Build());

        Assert.Throws<SignalSetMismatchException>(() => Evaluator().Add(other, true));
    }

    [Fact]
    public void Evaluations_split_across_threads_merge_to_the_same_report()
    {
        var whole = Five();
        var a = Evaluator();
        var b = Evaluator();
        a.Add(0.9, true);
        a.Add(0.8, false);
        b.Add(0.7, true);
        b.Add(0.4, true);
        b.Add(0.3, false);

        a.Merge(b);

        // Sums taken in another order may differ in the last bit; everything counted must be equal.
        var (expected, actual) = (whole.Report(), a.Report());
        Assert.Equal(expected.LogLoss!.Value, actual.LogLoss!.Value, 12);
        Assert.Equal(expected.Brier!.Value, actual.Brier!.Value, 12);
        Assert.Equal(expected with { LogLoss = null, Brier = null, BrierSkill = null }, actual with { LogLoss = null, Brier = null, BrierSkill = null });
    }

    [Fact]
    public void A_report_round_trips_through_JSON_and_draws_an_svg_with_both_charts()
    {
        var report = Five().Report();

        Assert.Equal(report, InterviewSignalsJson.ParseOutcomeReport(InterviewSignalsJson.ToJson(report, indented: true)));
        var svg = OutcomeReportRenderer.ToSvg(report);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg, StringComparison.Ordinal);
        Assert.Contains("ROC curve", svg, StringComparison.Ordinal);
        Assert.Contains("Reliability", svg, StringComparison.Ordinal);
        Assert.Contains("<polyline", svg, StringComparison.Ordinal);
        Assert.Equal(report.Reliability.Count, svg.Split("<circle").Length - 1);
        System.Xml.Linq.XDocument.Parse(svg);
        Assert.Contains("ROC AUC              0.667", OutcomeReportRenderer.ToPlainText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void An_outlook_outside_0_to_1_is_refused_with_the_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Evaluator().Add(1.5, true));
        Assert.Contains("1.5", ex.Message, StringComparison.Ordinal);
    }
}

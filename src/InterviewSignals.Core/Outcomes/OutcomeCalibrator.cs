using System;
using System.Collections.Generic;
using InterviewSignals.Compilation;
using InterviewSignals.Evaluation;
using InterviewSignals.Internal;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Outcomes;

/// <summary>
/// Fits a two-parameter recalibration of a set's outlook on outcomes (Platt's method: logit P(offer) = a + b × score,
/// by Newton's method) and writes it into a new set that extends the original. Individual weights are never refitted:
/// outcome data in hiring can carry the very biases the model card warns about. Refuses to fit on fewer than
/// <see cref="MinimumCases"/> cases or <see cref="MinimumPerOutcome"/> of either outcome, and refuses a slope at or
/// below 0. The measures before and after are taken on <see cref="Folds"/> held-out folds, each calibrated by a fit
/// that did not see it; the parameters written are fitted on every case.
/// </summary>
public sealed class OutcomeCalibrator
{
    /// <summary>Gets the fewest cases a calibration is fitted on.</summary>
    public static int MinimumCases => 200;

    /// <summary>Gets the fewest cases of each outcome (offer, no offer) a calibration is fitted on.</summary>
    public static int MinimumPerOutcome => 50;

    /// <summary>Gets how many folds the held-out measures use.</summary>
    public static int Folds => 5;

    private readonly SignalSet _set;
    private readonly List<(double Score, bool Offer)> _cases = new();

    private OutcomeCalibrator(SignalSet set) => _set = set;

    /// <summary>Starts a calibration of a set.</summary>
    /// <param name="set">The set whose assessments will be added.</param>
    /// <returns>An empty calibration; add assessments with their outcomes, then <see cref="Calibrate"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is <see langword="null"/>.</exception>
    public static OutcomeCalibrator Create(SignalSet set) => new(Guard.NotNull(set));

    /// <summary>Gets the number of cases with an outcome.</summary>
    public int Cases => _cases.Count;

    /// <summary>Gets the number of cases left out (withdrew or unknown).</summary>
    public long LeftOut { get; private set; }

    /// <summary>Adds a case. Its raw score is what the calibration maps.</summary>
    /// <param name="assessment">An assessment made with the set.</param>
    /// <param name="offer">The outcome, or <see langword="null"/> when the candidate withdrew or it is unknown (left out).</param>
    /// <exception cref="SignalSetMismatchException">The assessment was made with another set.</exception>
    public void Add(Assessment assessment, bool? offer)
    {
        Guard.NotNull(assessment);
        SignalSetMismatchException.ThrowIfOther(SignalSetMismatchException.MadeWith.Assessment, assessment.SignalSet, _set.Reference);

        if (offer is { } o)
        {
            _cases.Add((assessment.Score, o));
        }
        else
        {
            LeftOut++;
        }
    }

    /// <summary>Fits the recalibration and returns the new set: it extends the original, is called <c>{id}-calibrated</c>, and records the calibration.</summary>
    /// <param name="description">What the data is, in the words of whoever supplies it; it is shown with every explanation.</param>
    /// <param name="date">When it was fitted; kept to the second.</param>
    /// <returns>The calibrated set.</returns>
    /// <exception cref="CalibrationRefusedException">Too few cases, too few of an outcome, or a fit that cannot be used.</exception>
    public SignalSet Calibrate(string description, DateTimeOffset date)
    {
        Guard.NotNullOrWhiteSpace(description);
        var offers = 0;
        foreach (var c in _cases)
        {
            offers += c.Offer ? 1 : 0;
        }

        if (_cases.Count < MinimumCases)
        {
            throw new CalibrationRefusedException("too-few-cases", OutcomeMessages.CalibrationTooFewCases(_cases.Count, MinimumCases));
        }

        if (offers < MinimumPerOutcome || _cases.Count - offers < MinimumPerOutcome)
        {
            throw new CalibrationRefusedException("too-few-of-an-outcome", OutcomeMessages.CalibrationTooFewOfAnOutcome(offers, _cases.Count - offers, MinimumPerOutcome));
        }

        var (a, b) = Usable(Fit(_cases, _ => true), null);
        var before = OutcomeCheck.Create(_set, new OutcomeCheckOptions { BootstrapReplicates = 0 });
        var after = OutcomeCheck.Create(_set, new OutcomeCheckOptions { BootstrapReplicates = 0 });
        for (var fold = 0; fold < Folds; fold++)
        {
            var (fa, fb) = Usable(Fit(_cases, i => i % Folds != fold), fold + 1);
            for (var i = fold; i < _cases.Count; i += Folds)
            {
                var (score, offer) = _cases[i];
                before.Add(CompiledSet.Logistic(score), offer);
                after.Add(CompiledSet.Logistic(fa + (fb * score)), offer);
            }
        }

        var calibration = new SetCalibration
        {
            Intercept = a,
            Slope = b,
            Cases = _cases.Count,
            Offers = offers,
            Description = description,

            // Kept to the second, as the set format writes it, so that a set read back is equal to the one written.
            Date = date.AddTicks(-(date.Ticks % TimeSpan.TicksPerSecond)),
            Before = Metrics(before.Report()),
            After = Metrics(after.Report()),
        };
        return SignalSet.CreateBuilder(_set.Id + "-calibrated", _set.Version)
            .Extend(_set)
            .WithTitle(_set.Title + " (calibrated)")
            .WithCalibration(calibration)
            .Build();
    }

    private static CalibrationMetrics Metrics(OutcomeReport r) => new(r.Auc, r.Brier, r.LogLoss, r.CalibrationIntercept, r.CalibrationSlope);

    /// <summary>A fit that can be used, or the refusal: no fit at all, or a slope at or below 0 (on every case, or on the cases outside one held-out fold, which shows the direction is not stable).</summary>
    private static (double A, double B) Usable((double? A, double? B) fit, int? fold)
    {
        if (fit.A is not { } intercept || fit.B is not { } slope)
        {
            throw new CalibrationRefusedException("cannot-fit", OutcomeMessages.CalibrationCannotFit());
        }

        return slope > 0 ? (intercept, slope)
            : throw new CalibrationRefusedException("slope-not-positive", fold is { } k ? OutcomeMessages.CalibrationFoldSlopeRefused(slope, k, Folds) : OutcomeMessages.CalibrationSlopeRefused(slope));
    }

    /// <summary>Fits the cases the filter keeps, on their exact scores.</summary>
    private static (double? A, double? B) Fit(List<(double Score, bool Offer)> cases, Func<int, bool> include)
    {
        var byScore = new SortedDictionary<double, (long Offers, long NoOffers)>();
        for (var i = 0; i < cases.Count; i++)
        {
            if (!include(i))
            {
                continue;
            }

            var (score, offer) = cases[i];
            var (o, n) = byScore.TryGetValue(score, out var counts) ? counts : (0, 0);
            byScore[score] = offer ? (o + 1, n) : (o, n + 1);
        }

        var offersAt = new long[byScore.Count];
        var noOffersAt = new long[byScore.Count];
        var sums = new double[byScore.Count];
        var k = 0;
        foreach (var pair in byScore)
        {
            (offersAt[k], noOffersAt[k]) = pair.Value;
            sums[k] = pair.Key * (pair.Value.Offers + pair.Value.NoOffers);
            k++;
        }

        return Calibration.Fit(offersAt, noOffersAt, sums);
    }
}

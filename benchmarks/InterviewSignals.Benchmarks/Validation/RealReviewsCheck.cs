using System.Text;
using System.Text.RegularExpressions;
using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Outcomes;
using InterviewSignals.Reading;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport.RealText;

namespace InterviewSignals.Benchmarks.Validation;

/// <summary>
/// The first real-data check: interview reviews with the reviewer's own outcome, read by the text reader, weighed by
/// the built-in outlook set, and held against the outcomes, beside two baselines computed the same way (a constant,
/// and the review's length in words). Reviews were written after the outcome, so every sentence that could state
/// it is removed before reading (<see cref="Mask"/>). The data is read where it lies and never copied.
/// </summary>
public static class RealReviewsCheck
{
    /// <summary>Words that can state or hint at the outcome; a sentence with any of them is dropped before reading.</summary>
    private static readonly Regex OutcomeWords = new(
        @"\b(offer(ed|s)?|select(ed|ion)?|shortlist(ed)?|reject(ed|ion)?|hired?|placed|placement|join(ed|ing)?|result(s)?|cleared|clear(ed)?|qualif(y|ied)|passed|fail(ed)?|onboard(ing|ed)?|letter|loi|congratulat\w*|accept(ed)?|declin(e|ed)|got\s+(the|a|an)\s+(job|call|mail|email))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Runs the check and returns the report as Markdown, with the SVG written next to <paramref name="svgPath"/>.</summary>
    public static string Run(string csvPath, string svgPath)
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        var reader = InterviewTextReader.Create(set);
        var engine = InterviewEvaluator.Create(set);
        var options = new OutcomeCheckOptions { BootstrapReplicates = 1000 };
        var outlook = OutcomeCheck.Create(set, options);
        var constant = OutcomeCheck.Create(set, options);
        var length = OutcomeCheck.Create(set, options);
        var asOf = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
        int reviews = 0, masked = 0, empty = 0, withSigns = 0;
        var halves = new List<(Observation Observation, bool? Offer)>();
        var calibrator = OutcomeCalibrator.Create(set);
        foreach (var row in Csv.Read(csvPath))
        {
            reviews++;
            var offer = row["offer"] switch { "Accepted Offer" or "Declined Offer" => true, "No Offer" => false, _ => (bool?)null };
            var (text, dropped) = Mask(row["interview"]);
            masked += dropped;
            empty += text.Length == 0 ? 1 : 0;
            var reading = reader.Read(text, new TextDetails { AsOf = asOf });
            withSigns += reading.Signals.Count + reading.Facts.Count > 0 ? 1 : 0;
            var observation = reading.ToObservation();
            var assessment = engine.Assess(observation);
            outlook.Add(assessment, offer, observation);

            // Calibrate on the even reviews, hold the odd ones out.
            if (reviews % 2 == 0)
            {
                calibrator.Add(assessment, offer);
            }
            else
            {
                halves.Add((observation, offer));
            }
            constant.Add(0.5, offer);
            var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            length.Add(words / (words + 100.0), offer);
        }

        var report = outlook.Report();
        SignalSet? calibrated = null;
        string? refused = null;
        try
        {
            calibrated = calibrator.Calibrate("1,280 public interview reviews, even-numbered half", asOf);
        }
        catch (CalibrationRefusedException ex)
        {
            refused = $"Calibration on the even half was refused ({ex.Code}): {ex.Message}";
        }

        var heldBefore = OutcomeCheck.Create(set, options);
        var heldAfter = calibrated is null ? null : OutcomeCheck.Create(calibrated, options);
        var calibratedEngine = calibrated is null ? null : InterviewEvaluator.Create(calibrated);
        foreach (var (observation, offer) in halves)
        {
            heldBefore.Add(engine.Assess(observation), offer, observation);
            heldAfter?.Add(calibratedEngine!.Assess(observation), offer, observation);
        }

        File.WriteAllText(svgPath, OutcomeReportRenderer.ToSvg(report), new UTF8Encoding(false));
        var sb = new StringBuilder();
        sb.AppendLine($"Reviews: {reviews}; sentences removed as possibly stating the outcome: {masked}; reviews left empty: {empty}; reviews with at least one sign or fact read: {withSigns}.");
        sb.AppendLine();
        sb.AppendLine("| score | cases | ROC AUC (95% interval) | Brier (skill) | calibration intercept, slope |");
        sb.AppendLine("|---|---|---|---|---|");
        Row(sb, "outlook (text reader → built-in set)", report);
        Row(sb, "constant 0.5", constant.Report());
        Row(sb, "review length in words", length.Report(), brier: false);
        Row(sb, "outlook, odd half, before calibration", heldBefore.Report());
        if (heldAfter is not null)
        {
            Row(sb, "outlook, odd half, calibrated on the even half", heldAfter.Report());
        }

        sb.AppendLine();
        sb.AppendLine(calibrated?.Calibration is { } k
            ? FormattableString.Invariant($"Calibration fitted on the even half ({k.Cases} cases, {k.Offers} offers): outlook = logistic({k.Intercept:0.000} + {k.Slope:0.000} x score).")
            : refused);
        sb.AppendLine();
        sb.AppendLine("```text");
        sb.Append(OutcomeReportRenderer.ToPlainText(report));
        sb.AppendLine("```");
        return sb.ToString();
    }

    /// <summary>The review without the sentences that could state the outcome, and how many were dropped.</summary>
    public static (string Text, int Dropped) Mask(string review)
    {
        var kept = new StringBuilder(review.Length);
        var dropped = 0;
        foreach (var sentence in Regex.Split(review, @"(?<=[.!?\n])"))
        {
            if (OutcomeWords.IsMatch(sentence))
            {
                dropped++;
            }
            else
            {
                kept.Append(sentence);
            }
        }

        return (kept.ToString().Trim(), dropped);
    }

    private static void Row(StringBuilder sb, string name, OutcomeReport r, bool brier = true)
        => sb.AppendLine(FormattableString.Invariant($"| {name} | {r.Cases} | {r.Auc:0.000} ({r.AucLower:0.000}–{r.AucUpper:0.000}) | {(brier ? FormattableString.Invariant($"{r.Brier:0.000} ({r.BrierSkill:0.000})") : "n/a (not a probability)")} | {(brier ? FormattableString.Invariant($"{Show(r.CalibrationIntercept)}, {Show(r.CalibrationSlope)}") : "n/a")} |"));

    private static string Show(double? v) => v is { } x ? x.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "none";
}

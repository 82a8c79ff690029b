using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace InterviewSignals.Outcomes;

/// <summary>Renders an outcome report as plain text, or as an SVG picture of the ROC curve and the reliability diagram. Output uses <c>\n</c> line endings.</summary>
public static class OutcomeReportRenderer
{
    private const int Panel = 320;
    private const int Margin = 48;

    /// <summary>Renders the report as plain text for a terminal.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text.</returns>
    public static string ToPlainText(OutcomeReport report)
    {
        Internal.Guard.NotNull(report);
        var sb = new StringBuilder(4096);
        Line(sb, $"Evaluation of {report.SignalSet.Id}@{report.SignalSet.Version} against outcomes");
        Line(sb, $"Cases: {report.Cases} ({report.Offers} with an offer; {report.LeftOut} left out: withdrew or unknown). Base rate: {Fmt(report.BaseRate)}");
        sb.Append('\n');
        Line(sb, $"  ROC AUC              {Fmt(report.Auc)}  (95% bootstrap interval {Fmt(report.AucLower)} to {Fmt(report.AucUpper)}; 0.5 is chance)");
        Line(sb, $"  Brier score          {Fmt(report.Brier, "0.0000")}  (skill against the base rate: {Fmt(report.BrierSkill)}; above 0 is better)");
        Line(sb, $"  Log loss             {Fmt(report.LogLoss, "0.0000")}");
        Line(sb, $"  Calibration          intercept {Fmt(report.CalibrationIntercept)}, slope {Fmt(report.CalibrationSlope)}  (0 and 1 when the outlook reads as a rate)");
        sb.Append('\n');
        Line(sb, $"Reliability (deciles of the outlook)");
        Line(sb, $"  {"outlook",-15} {"cases",8} {"mean",8} {"offers",8}");
        foreach (var r in report.Reliability)
        {
            Line(sb, $"  {Fmt(r.From, "0.000")}-{Fmt(r.To, "0.000"),-9} {r.Cases,8} {Fmt(r.MeanOutlook, "0.000"),8} {Fmt(r.OfferRate, "0.000"),8}");
        }

        sb.Append('\n');
        Line(sb, $"Offer rate by band");
        foreach (var b in report.Bands)
        {
            Line(sb, $"  {BandLabel(b.Band),-18} {b.Cases,8} cases {Fmt(b.OfferRate, "0.000"),8}");
        }

        sb.Append('\n');
        Line(sb, $"Signals (present / absent, by outcome; lift = offer rate when present / base rate)");
        Line(sb, $"Observed log odds ratios are for a set author to compare with the weights; they are never applied.");
        Line(sb, $"  {"signal",-40} {"present+",8} {"present-",8} {"absent+",8} {"absent-",8} {"lift",6} {"log OR",7}");
        foreach (var s in report.Signals)
        {
            Line(sb, $"  {s.Id,-40} {s.PresentWithOffer,8} {s.PresentWithoutOffer,8} {s.AbsentWithOffer,8} {s.AbsentWithoutOffer,8} {Fmt(s.PresentLift, "0.00"),6} {Fmt(s.ObservedLogOddsRatio, "0.00"),7}");
        }

        return sb.ToString();
    }

    /// <summary>
    /// Draws the ROC curve (with the diagonal of chance) and the reliability diagram (each decile's observed offer rate
    /// against its mean outlook, dots sized by cases, with the diagonal of perfect calibration), side by side, as a
    /// self-contained SVG with a title and description for screen readers.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The SVG document.</returns>
    public static string ToSvg(OutcomeReport report)
    {
        Internal.Guard.NotNull(report);
        var width = (2 * Panel) + (3 * Margin);
        var height = Panel + (2 * Margin);
        var sb = new StringBuilder(8192);
        sb.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"title desc\" font-family=\"sans-serif\" font-size=\"12\">\n"));
        sb.Append("<title id=\"title\">").Append(Escape($"{report.SignalSet.Id}@{report.SignalSet.Version} against {report.Cases} outcomes")).Append("</title>\n");
        sb.Append("<desc id=\"desc\">").Append(Escape($"ROC curve with area {Fmt(report.Auc)} (95% interval {Fmt(report.AucLower)} to {Fmt(report.AucUpper)}), and a reliability diagram of {report.Reliability.Count} deciles; calibration intercept {Fmt(report.CalibrationIntercept)}, slope {Fmt(report.CalibrationSlope)}.")).Append("</desc>\n");
        sb.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");

        // The ROC curve.
        Frame(sb, Margin, "ROC curve", "false positive rate", "true positive rate");
        var curve = string.Join(" ", report.Roc.Select(p => Point(Margin, p.FalsePositiveRate, p.TruePositiveRate)));
        if (curve.Length > 0)
        {
            sb.Append("<polyline fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"2\" points=\"").Append(curve).Append("\"/>\n");
        }

        sb.Append(Inv($"<text x=\"{Margin + Panel - 8}\" y=\"{Margin + Panel - 10}\" text-anchor=\"end\">AUC {Fmt(report.Auc)} ({Fmt(report.AucLower)}–{Fmt(report.AucUpper)})</text>\n"));

        // The reliability diagram.
        var left = (2 * Margin) + Panel;
        Frame(sb, left, "Reliability", "mean outlook", "observed offer rate");
        var most = Math.Max(1, report.Reliability.Select(r => r.Cases).DefaultIfEmpty(1).Max());
        var line = string.Join(" ", report.Reliability.Select(r => Point(left, r.MeanOutlook, r.OfferRate)));
        if (line.Length > 0)
        {
            sb.Append("<polyline fill=\"none\" stroke=\"#c62828\" stroke-width=\"1.5\" points=\"").Append(line).Append("\"/>\n");
        }

        foreach (var r in report.Reliability)
        {
            var radius = 3 + (6 * Math.Sqrt((double)r.Cases / most));
            var (x, y) = Xy(left, r.MeanOutlook, r.OfferRate);
            sb.Append(Inv($"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{radius:0.#}\" fill=\"#c62828\" fill-opacity=\"0.6\"><title>{Fmt(r.From, "0.000")}–{Fmt(r.To, "0.000")}: {r.Cases} cases, offer rate {Fmt(r.OfferRate, "0.000")}</title></circle>\n"));
        }

        sb.Append(Inv($"<text x=\"{left + Panel - 8}\" y=\"{Margin + Panel - 10}\" text-anchor=\"end\">intercept {Fmt(report.CalibrationIntercept)}, slope {Fmt(report.CalibrationSlope)}</text>\n"));
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static void Frame(StringBuilder sb, int left, string title, string xLabel, string yLabel)
    {
        sb.Append(Inv($"<rect x=\"{left}\" y=\"{Margin}\" width=\"{Panel}\" height=\"{Panel}\" fill=\"none\" stroke=\"#555\"/>\n"));
        sb.Append(Inv($"<line x1=\"{left}\" y1=\"{Margin + Panel}\" x2=\"{left + Panel}\" y2=\"{Margin}\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>\n"));
        for (var k = 0; k <= 4; k++)
        {
            var v = k / 4.0;
            sb.Append(Inv($"<text x=\"{left + (v * Panel):0.#}\" y=\"{Margin + Panel + 14}\" text-anchor=\"middle\">{v:0.##}</text>\n"));
            sb.Append(Inv($"<text x=\"{left - 6}\" y=\"{Margin + Panel - (v * Panel) + 4:0.#}\" text-anchor=\"end\">{v:0.##}</text>\n"));
        }

        sb.Append(Inv($"<text x=\"{left + (Panel / 2)}\" y=\"{Margin - 12}\" text-anchor=\"middle\" font-weight=\"bold\" font-size=\"14\">{Escape(title)}</text>\n"));
        sb.Append(Inv($"<text x=\"{left + (Panel / 2)}\" y=\"{Margin + Panel + 32}\" text-anchor=\"middle\">{Escape(xLabel)}</text>\n"));
        sb.Append(Inv($"<text transform=\"translate({left - 34} {Margin + (Panel / 2)}) rotate(-90)\" text-anchor=\"middle\">{Escape(yLabel)}</text>\n"));
    }

    private static (double X, double Y) Xy(int left, double x, double y) => (left + (x * Panel), Margin + Panel - (y * Panel));

    private static string Point(int left, double x, double y)
    {
        var (px, py) = Xy(left, x, y);
        return px.ToString("0.##", CultureInfo.InvariantCulture) + "," + py.ToString("0.##", CultureInfo.InvariantCulture);
    }

    // A value that rounds to zero is shown as 0, never as "-0.000".
    private static string Fmt(double? value, string format = "0.000")
        => value is { } v ? (v.ToString(format, CultureInfo.InvariantCulture) is var text && text.Trim('-', '0', '.').Length == 0 ? text.TrimStart('-') : text) : "n/a";

    /// <summary>A band as a person reads it ("Too early to tell"), from the catalogue, rather than its JSON name.</summary>
    private static string BandLabel(string band)
        => Texts.TextCatalog.Default.TryGetTemplate("band." + string.Concat(band.Select(c => char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString())), "en", out var label) ? label : band;

    private static void Line(StringBuilder sb, FormattableString text) => sb.Append(Inv(text)).Append('\n');

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", _ => c.ToString() });
        }

        return sb.ToString();
    }
}

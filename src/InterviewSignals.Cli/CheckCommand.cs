using System;
using System.IO;
using System.Text;
using System.Text.Json;
using InterviewSignals.Evaluation;
using InterviewSignals.Outcomes;
using InterviewSignals.Reading;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Cli;

/// <summary>
/// <c>evaluate FILE</c>: labelled cases in JSON Lines, each an observation or a text with its outcome, weighed one at
/// a time and counted (memory stays flat for any number of lines), then the report: discrimination, calibration,
/// bands and signals. A line that cannot be used is reported on standard error with its number; the rest go on.
/// </summary>
internal sealed class CheckCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _err;
    private readonly CliInput _input;

    public CheckCommand(TextWriter output, TextWriter error, CliInput input)
    {
        _out = output;
        _err = error;
        _input = input;
    }

    public int Run(string path, SignalSet set, string language, DateTimeOffset asOf, bool json, FileInfo? svg)
    {
        if (!_input.IsFile(path, "a JSON Lines file"))
        {
            return CliApplication.InvalidInput;
        }

        var check = OutcomeCheck.Create(set);
        var (number, failed) = ForEachCase(path, set, language, asOf, _err, (assessment, offer, observation, _) => check.Add(assessment, offer, observation));

        var report = check.Report();
        var without = report.Cases - report.Offers;
        if (report.Cases > 0 && (report.Cases < OutcomeCalibrator.MinimumCases || Math.Min(report.Offers, without) < OutcomeCalibrator.MinimumPerOutcome))
        {
            // A handful of cases can show a perfect AUC with a zero-width interval: say so before any number is read.
            var caution = new CliTexts(language).Get("cli.evaluate.small-sample", ("cases", Count(report.Cases)), ("offers", Count(report.Offers)), ("without", Count(without)), ("minimum", Count(OutcomeCalibrator.MinimumCases)), ("each", Count(OutcomeCalibrator.MinimumPerOutcome)));
            (json ? _err : _out).WriteLine(caution);
            if (!json)
            {
                _out.WriteLine();
            }
        }

        _out.Write(json ? InterviewSignalsJson.ToJson(report, indented: true) + "\n" : OutcomeReportRenderer.ToPlainText(report));
        if (svg is not null)
        {
            File.WriteAllText(svg.FullName, OutcomeReportRenderer.ToSvg(report), new UTF8Encoding(false));
            _err.WriteLine($"Wrote the ROC curve and the reliability diagram to {svg.FullName}.");
        }

        if (failed > 0)
        {
            _err.WriteLine($"{failed} of {number} line(s) could not be used; see above.");
        }

        return report.Cases == 0 && failed > 0 ? CliApplication.InvalidInput : CliApplication.Ok;
    }

    private static string Count(long n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads labelled cases line by line and hands each, weighed, to <paramref name="onCase"/>; a line that cannot be
    /// used is reported on <paramref name="error"/> with its number. Returns how many lines there were and how many failed.
    /// </summary>
    internal static (int Lines, int Failed) ForEachCase(string path, SignalSet set, string language, DateTimeOffset asOf, TextWriter error, Action<Assessment, bool?, Observations.Observation, JsonElement> onCase, Action<JsonElement>? inspect = null)
    {
        var reader = InterviewTextReader.Create(set);
        var engine = InterviewEvaluator.Create(set);
        int number = 0, failed = 0;
        using var lines = new StreamReader(path, Encoding.UTF8);
        while (lines.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new LineException("Each line must be a JSON object with \"offer\" and an \"observation\" or a \"text\".");
                }

                inspect?.Invoke(root);
                var offer = Offer(root);
                var (observation, _, _) = CaseLines.Observe(root, set, reader, language, asOf, observationAllowed: true);
                onCase(engine.Assess(observation), offer, observation, root);
            }
            catch (Exception ex) when (ex is JsonException or LineException or ArgumentException or Observations.ObservationException or TextTooLongException)
            {
                failed++;
                var (code, message) = CaseLines.Describe(ex);
                error.WriteLine($"{path}:{number}: {code}: {message}");
            }
        }

        return (number, failed);
    }

    /// <summary>The outcome: <c>true</c> for an offer, <c>false</c> for none, <c>null</c> or "withdrew"/"unknown" for a case that is counted and left out.</summary>
    private static bool? Offer(JsonElement root)
    {
        if (!root.TryGetProperty("offer", out var o))
        {
            throw new LineException("A line needs \"offer\": true, false, or null (withdrew or unknown).");
        }

        return o.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => null,
            JsonValueKind.String when o.GetString() is "withdrew" or "unknown" => null,
            _ => throw new LineException($"\"offer\" is {o.GetRawText()}; expected true, false, null, \"withdrew\" or \"unknown\"."),
        };
    }
}

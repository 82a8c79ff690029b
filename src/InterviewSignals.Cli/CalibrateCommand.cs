using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewSignals.Outcomes;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Cli;

/// <summary>
/// <c>calibrate FILE --out F --description TEXT</c>: fits the two-parameter recalibration on labelled cases and writes
/// a new set that extends the original (<c>extends</c> and the calibration record, nothing copied). A labelled file that carries protected characteristics is
/// refused the way a set with them is: the fit must not be able to learn from them.
/// </summary>
internal sealed class CalibrateCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _err;
    private readonly CliInput _input;

    public CalibrateCommand(TextWriter output, TextWriter error, CliInput input)
    {
        _out = output;
        _err = error;
        _input = input;
    }

    public int Run(string path, SignalSet set, FileInfo[]? setFiles, string language, DateTimeOffset asOf, FileInfo output, string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            _err.WriteLine("calibrate needs --description: what the cases are (\"our 2026 engineering hires\"). Every explanation made with the calibrated set shows it.");
            return CliApplication.UsageError;
        }

        if (!_input.IsFile(path, "a JSON Lines file"))
        {
            return CliApplication.InvalidInput;
        }

        var calibrator = OutcomeCalibrator.Create(set);
        var protectedItems = new List<string>();
        var (lines, failed) = CheckCommand.ForEachCase(path, set, language, asOf, _err, (assessment, offer, _, _) => calibrator.Add(assessment, offer), root => protectedItems.AddRange(CaseLines.ProtectedNames(root)));

        if (protectedItems.Count > 0)
        {
            _err.WriteLine($"{path}: refused: the cases carry {string.Join(", ", new SortedSet<string>(protectedItems))}, keyed to protected characteristics. Remove them from the file; a calibration must not be able to learn from them.");
            return CliApplication.InvalidInput;
        }

        if (failed > 0)
        {
            _err.WriteLine($"{failed} of {lines} line(s) could not be used; see above.");
        }

        SignalSet calibrated;
        try
        {
            calibrated = calibrator.Calibrate(description!, DateTimeOffset.UtcNow);
        }
        catch (CalibrationRefusedException ex)
        {
            _err.WriteLine($"{path}: refused ({ex.Code}): {ex.Message}");
            return CliApplication.InvalidInput;
        }

        File.WriteAllText(output.FullName, Extension(calibrated, set) + "\n", new UTF8Encoding(false));
        var c = calibrated.Calibration!;
        _out.WriteLine(FormattableString.Invariant($"Fitted on {c.Cases} cases ({c.Offers} offers; {calibrator.LeftOut} left out): outlook = logistic({c.Intercept:0.###} + {c.Slope:0.###} x score)."));
        _out.WriteLine(FormattableString.Invariant($"On {OutcomeCalibrator.Folds} held-out folds: Brier {c.Before?.Brier:0.0000} -> {c.After?.Brier:0.0000}, log loss {c.Before?.LogLoss:0.0000} -> {c.After?.LogLoss:0.0000}, calibration slope {Show(c.Before?.CalibrationSlope)} -> {Show(c.After?.CalibrationSlope)}; AUC {c.Before?.Auc:0.000} either way (a recalibration keeps the order)."));
        var files = string.Concat((setFiles ?? Array.Empty<FileInfo>()).Select(f => $"--set-file {f} ")) + "--set-file " + output;
        _out.WriteLine($"Wrote {calibrated.Id}@{calibrated.Version} ({calibrated.ContentHash}) to {output.FullName}: it extends {set.Id}@{set.Version} and adds the calibration. Weigh with it through {files}.");
        return CliApplication.Ok;
    }

    /// <summary>
    /// The calibrated set as a set that extends the original: its id, version and title, <c>extends</c> and the
    /// calibration record, nothing copied. The record is the one the format writes for the calibrated set.
    /// </summary>
    private static string Extension(SignalSet calibrated, SignalSet original)
    {
        var full = JsonNode.Parse(SignalSetJson.ToJson(calibrated))!.AsObject();
        var extension = new JsonObject();
        foreach (var name in new[] { "formatVersion", "id", "version", "title" })
        {
            extension[name] = full[name]!.DeepClone();
        }

        extension["extends"] = original.Id;
        extension["calibration"] = full["calibration"]!.DeepClone();
        return extension.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Show(double? v) => v is { } x ? x.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "n/a";
}

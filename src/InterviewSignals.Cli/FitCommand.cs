using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using InterviewSignals.Outcomes;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Cli;

/// <summary>
/// <c>fit FILE --out F --description TEXT</c>: fits the set's weights to labelled cases (<see cref="OutcomeFitter"/>),
/// prints every weight the cases moved or held (prior → fitted, support, standard error) and the held-out measures,
/// and writes a set that extends the original and overrides only its weights. A line's text is read as of its own
/// <c>asOf</c>, else <c>--as-of</c>, else today; so is an observation without one. A labelled file that carries
/// protected characteristics is refused, as <c>calibrate</c> refuses it.
/// </summary>
internal sealed class FitCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _err;
    private readonly CliInput _input;

    public FitCommand(TextWriter output, TextWriter error, CliInput input)
    {
        _out = output;
        _err = error;
        _input = input;
    }

    /// <summary>What <c>fit</c> was asked to do.</summary>
    public sealed record FitRequest(string Path, SignalSet Set, FileInfo[]? SetFiles, string Language, DateTimeOffset AsOf, FileInfo Output, string? Description, int Folds, bool AllowSignChange, bool FitPrevalence, FileInfo? Report);

    public int Run(FitRequest r)
    {
        if (string.IsNullOrWhiteSpace(r.Description))
        {
            _err.WriteLine("fit needs --description: what the cases are (\"our 2026 engineering hires\"). Every explanation made with the fitted set shows it.");
            return CliApplication.UsageError;
        }

        if (!_input.IsFile(r.Path, "a JSON Lines file"))
        {
            return CliApplication.InvalidInput;
        }

        OutcomeFitter fitter;
        try
        {
            fitter = OutcomeFitter.Create(r.Set, new OutcomeFitterOptions { Folds = r.Folds, AllowSignChange = r.AllowSignChange, FitPrevalence = r.FitPrevalence });
        }
        catch (ArgumentException ex)
        {
            _err.WriteLine($"--folds: {ex.Message.Split('\n').Last().Trim()}");
            return CliApplication.UsageError;
        }

        var protectedItems = new List<string>();
        var (lines, failed) = CheckCommand.ForEachCase(r.Path, r.Set, r.Language, r.AsOf, _err, (_, offer, observation, _) => fitter.Add(observation.AsOf is null ? observation.WithAsOf(r.AsOf) : observation, offer), root => protectedItems.AddRange(CaseLines.ProtectedNames(root)));
        if (protectedItems.Count > 0)
        {
            _err.WriteLine($"{r.Path}: refused (protected-characteristic): the cases carry {string.Join(", ", new SortedSet<string>(protectedItems))}, keyed to protected characteristics. Remove them from the file; weights fitted to outcomes must not be able to learn from them.");
            return CliApplication.InvalidInput;
        }

        if (failed > 0)
        {
            _err.WriteLine($"{failed} of {lines} line(s) could not be used; see above.");
        }

        SignalSet fitted;
        try
        {
            fitted = fitter.Fit(r.Description!, DateTimeOffset.UtcNow);
        }
        catch (FitRefusedException ex)
        {
            _err.WriteLine($"{r.Path}: refused ({ex.Code}): {ex.Message}");
            return CliApplication.InvalidInput;
        }

        File.WriteAllText(r.Output.FullName, SignalSetJson.ToExtendingJson(fitted, r.Set) + "\n", new UTF8Encoding(false));
        if (r.Report is not null)
        {
            File.WriteAllText(r.Report.FullName, Report(fitted, fitter.LeftOut) + "\n", new UTF8Encoding(false));
        }

        Print(fitted, r.Set, fitter.LeftOut);
        var overridden = fitted.Signals.Where((s, i) => !Equals(s.Weights, r.Set.Signals[i].Weights)).Count();
        var files = string.Concat((r.SetFiles ?? Array.Empty<FileInfo>()).Select(f => $"--set-file {f} ")) + "--set-file " + r.Output;
        _out.WriteLine($"Wrote {fitted.Id}@{fitted.Version} ({fitted.ContentHash}) to {r.Output.FullName}: it extends {r.Set.Id}@{r.Set.Version} and overrides {overridden} signal(s)' weights. Weigh with it through {files}.");

        return CliApplication.Ok;
    }

    private void Print(SignalSet fitted, SignalSet set, long leftOut)
    {
        var f = fitted.Fit!;
        _out.WriteLine(Invariant($"Fitted {set.Id}@{set.Version} on {f.Cases} cases ({f.Offers} offers; {leftOut} left out: withdrew or unknown)."));
        var grid = string.Join(", ", f.Grid.Select(g => Invariant($"{g.Strength:0.###} ({g.HeldOutLogLoss:0.00000})")));
        _out.WriteLine(Invariant($"Prior strength {f.PriorStrength:0.###} (a prior standard deviation of {1 / Math.Sqrt(f.PriorStrength):0.###} log-odds points around each weight), chosen by {f.Folds}-fold cross-validation from: {grid} [mean held-out log loss]."));
        _out.WriteLine();
        _out.WriteLine("weight                                              prior  fitted  change   support      se  status");
        _out.WriteLine(Row("base score", f.BasePrior, f.BaseFitted, f.Cases, f.BaseStandardError, "fitted"));
        foreach (var w in f.Weights.Where(w => w.Support > 0 && w.Status != FittedWeightStatus.NoText))
        {
            _out.WriteLine(Row($"{w.SignalId}, {(w.State == SignalState.Present ? "present" : "absent")}", w.Prior, w.Fitted, w.Support, w.StandardError, Status(w.Status)));
        }

        var unseen = f.Weights.Count(w => w.Support == 0 && w.Status != FittedWeightStatus.NoText);
        var textless = f.Weights.Where(w => w.Status == FittedWeightStatus.NoText && w.Support > 0).ToList();
        if (unseen > 0)
        {
            _out.WriteLine($"{unseen} weight(s) whose state no case had keep their prior.");
        }

        if (textless.Count > 0)
        {
            _out.WriteLine(Invariant($"{textless.Count} state(s) seen in the cases (in up to {textless.Max(w => w.Support)} of them) have no text in the set, so they stay at 0: no explanation could give the reason. Add texts to let them be fitted."));
        }

        _out.WriteLine();
        _out.WriteLine(Invariant($"Held out ({f.Folds} folds, each weighed by weights fitted without it): AUC {f.Before?.Auc:0.000} -> {f.After?.Auc:0.000}, Brier {f.Before?.Brier:0.0000} -> {f.After?.Brier:0.0000}, log loss {f.Before?.LogLoss:0.0000} -> {f.After?.LogLoss:0.0000}."));
    }

    private static string Row(string name, double prior, double fitted, long support, double? se, string status)
        => Invariant($"{name,-50} {prior,6:0.000}  {fitted,6:0.000}  {fitted - prior,6:+0.000;-0.000;0.000}  {support,8}  {(se is { } e ? e.ToString("0.000", CultureInfo.InvariantCulture) : "-"),6}  {status}");

    private static string Status(FittedWeightStatus s) => s switch
    {
        FittedWeightStatus.TooFewCases => "too few cases: kept its prior",
        FittedWeightStatus.HeldAtZero => "held at 0: the cases would turn its sign",
        FittedWeightStatus.SignChanged => "sign changed (allowed)",
        FittedWeightStatus.AtLimit => "held at the limit of 5",
        _ => "fitted",
    };

    /// <summary>The report: the fitted set, the set it extends, the cases left out, and the fit record as the set format writes it.</summary>
    private static string Report(SignalSet fitted, long leftOut)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            Reference(w, "signalSet", fitted.Reference);
            Reference(w, "basedOn", fitted.BasedOn!);
            w.WriteNumber("leftOut", leftOut);
            // The fit record exactly as the set format writes it, from the set's own JSON.
            using var set = JsonDocument.Parse(SignalSetJson.ToJson(fitted, indented: false));
            w.WritePropertyName("fit");
            set.RootElement.GetProperty("fit").WriteTo(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Reference(Utf8JsonWriter w, string name, SignalSetReference r)
    {
        w.WriteStartObject(name);
        w.WriteString("id", r.Id);
        w.WriteString("version", r.Version);
        w.WriteString("contentHash", r.ContentHash);
        w.WriteEndObject();
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

using System;
using System.IO;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using InterviewSignals.Reading;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Cli;

/// <summary><c>read</c>: what a text shows, with the words that show it highlighted.</summary>
internal sealed class ReadCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _err;
    private readonly TextReader _in;
    private readonly CliInput _input;
    private readonly bool _colour;

    public ReadCommand(TextWriter output, TextWriter error, TextReader input, CliInput cliInput, bool colour)
    {
        _out = output;
        _err = error;
        _in = input;
        _input = cliInput;
        _colour = colour;
    }

    public int Run(string? file, string? setId, FileInfo[]? setFile, string language, string kind, string? asOf, bool json)
    {
        var set = _input.Set(setId, setFile);
        var lang = _input.Language(language);
        var parsedKind = ParseKind(kind);
        if (set is null || lang is null || parsedKind is null || !_input.AsOf(asOf, out var at))
        {
            return set is null && setFile is not null ? CliApplication.InvalidInput : CliApplication.UsageError;
        }

        var text = file is null or "-" ? _in.ReadToEnd() : _input.ReadText(file, "a text", requireJson: false);
        if (text is null)
        {
            return CliApplication.InvalidInput;
        }

        if (_input.Read(InterviewTextReader.Create(set), text, new TextDetails { Language = lang, Kind = parsedKind.Value, AsOf = at ?? CliInput.Today }, file ?? "-") is not { } reading)
        {
            return CliApplication.InvalidInput;
        }

        if (json)
        {
            _out.WriteLine(InterviewSignalsJson.ToJson(reading));
            return CliApplication.Ok;
        }

        var texts = new CliTexts(lang);
        _out.WriteLine(Highlight(text, reading));
        _out.WriteLine();
        foreach (var s in reading.Signals)
        {
            _out.WriteLine($"  {(s.State == SignalState.Present ? "+" : "-")} {s.Id}: {s.State.ToString().ToLowerInvariant()}  ({string.Join("; ", s.Evidence.Select(e => "\"" + e.Text + "\""))})");
        }

        foreach (var f in reading.Facts)
        {
            var date = f.Date is { } d && f.Value.Kind != FactKind.Date ? $" (by {d:yyyy-MM-dd})" : string.Empty;
            _out.WriteLine($"  = {f.Id}: {Show(f.Value)}{date}  ({string.Join("; ", f.Evidence.Select(e => "\"" + e.Text + "\""))})");
        }

        foreach (var c in reading.Conflicts)
        {
            _out.WriteLine("  ? " + texts.Get("cli.read.signal-conflict", ("id", c.Id)));
        }

        foreach (var c in reading.FactConflicts)
        {
            _out.WriteLine("  ? " + texts.Get("cli.read.fact-conflict", ("id", c.Id), ("values", string.Join(texts.Get("cli.read.or"), c.Values.Select(v => Show(v.Value))))));
        }

        foreach (var a in reading.SetAside)
        {
            _out.WriteLine("  · " + texts.Get("cli.read.set-aside", ("id", a.Id), ("reason", texts.Get("cli.read.reason." + JsonNamingPolicyName(a.Reason))), ("words", a.Evidence.Text)));
        }

        if (reading.Signals.Count + reading.Facts.Count + reading.Conflicts.Count + reading.FactConflicts.Count + reading.SetAside.Count == 0)
        {
            _out.WriteLine("  " + texts.Get("cli.read.nothing"));
        }

        return CliApplication.Ok;
    }

    /// <summary>The text with each proposal's words marked: in colour at a terminal, in brackets otherwise.</summary>
    private string Highlight(string text, TextReading reading)
    {
        var spans = reading.Signals.SelectMany(s => s.Evidence.Select(e => (e.Start, e.Length, Present: s.State == SignalState.Present)))
            .Concat(reading.Facts.SelectMany(f => f.Evidence.Select(e => (e.Start, e.Length, Present: true))))
            .OrderBy(s => s.Start).ThenByDescending(s => s.Length).ToList();
        // Overlapping words ("would get back to me by" and "back to me by Friday") are marked as one stretch.
        var merged = new List<(int Start, int End, bool Present)>();
        foreach (var (start, length, present) in spans)
        {
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, start + length), merged[^1].Present);
            }
            else
            {
                merged.Add((start, start + length, present));
            }
        }

        var sb = new StringBuilder(text.Length + (merged.Count * 12));
        var at = 0;
        foreach (var (start, end, present) in merged)
        {
            sb.Append(text, at, start - at);
            sb.Append(_colour ? (present ? "\u001b[32m" : "\u001b[31m") : "[");
            sb.Append(text, start, end - start);
            sb.Append(_colour ? "\u001b[0m" : "]");
            at = end;
        }

        sb.Append(text, at, text.Length - at);
        return sb.ToString().TrimEnd();
    }

    /// <summary>The reason's name as the JSON writes it (<c>otherActor</c>), which the catalogue keys its wording by.</summary>
    private static string JsonNamingPolicyName(CueSetAside reason) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(reason.ToString());

    private static string Show(FactValue value) => value.Kind == FactKind.Date ? value.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : value.ToString();

    private TextKind? ParseKind(string kind)
    {
        switch (kind)
        {
            case "narrative":
                return TextKind.Narrative;
            case "employer-message":
                return TextKind.EmployerMessage;
            case "notes":
                return TextKind.Notes;
            default:
                _err.WriteLine($"--kind: '{kind}' is not one of: narrative, employer-message, notes.");
                return null;
        }
    }
}

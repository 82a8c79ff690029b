using System;
using System.Globalization;
using System.IO;
using System.Linq;
using InterviewSignals.BuiltIn;
using InterviewSignals.Questionnaires;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Cli;

/// <summary>The commands about sets themselves: list, validate, export and questionnaire.</summary>
internal sealed class SetCommands
{
    private readonly TextWriter _out;
    private readonly TextWriter _err;
    private readonly CliInput _input;

    public SetCommands(TextWriter output, TextWriter error, CliInput input)
    {
        _out = output;
        _err = error;
        _input = input;
    }

    public int List(string? setId, bool json)
    {
        if (setId is null)
        {
            if (json)
            {
                _out.WriteLine("[" + string.Join(",", BuiltInSignalSets.All.Select(s => "\n  " + SignalSetJson.ToJson(s, indented: false))) + "\n]");
                return CliApplication.Ok;
            }

            _out.WriteLine($"{"ID",-20} {"VERSION",-9} {"SIGNALS",7} {"FACTS",5} {"RULES",5} {"MODIFIERS",9}  HASH");
            foreach (var s in BuiltInSignalSets.All)
            {
                _out.WriteLine($"{s.Id,-20} {s.Version,-9} {s.Signals.Count,7} {s.Facts.Count,5} {s.Rules.Count,5} {s.Modifiers.Count,9}  {s.ContentHash.Substring(0, 19)}");
            }

            return CliApplication.Ok;
        }

        var set = _input.BuiltIn(setId);
        if (set is null)
        {
            return CliApplication.UsageError;
        }

        if (json)
        {
            _out.WriteLine(SignalSetJson.ToJson(set));
            return CliApplication.Ok;
        }

        _out.WriteLine($"{set.Id}@{set.Version}  {set.Title}");
        _out.WriteLine($"{set.ContentHash}");
        _out.WriteLine();
        _out.WriteLine($"{"SIGNAL",-36} {"CATEGORY",-18} {"PRESENT",7} {"ABSENT",7} {"DRIVER",-12} {"PHASE",-7} SOURCES");
        foreach (var s in set.Signals)
        {
            _out.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-36} {1,-18} {2,7:+0.00;-0.00;0.00} {3,7:+0.00;-0.00;0.00} {4,-12} {5,-7} {6}", s.Id, s.Category, s.Weights.Present, s.Weights.Absent, s.Driver.ToString().ToLowerInvariant(), s.Phase.ToString().ToLowerInvariant(), s.Sources.Count));
        }

        if (set.Facts.Count > 0)
        {
            _out.WriteLine();
            _out.WriteLine($"{"FACT",-36} {"KIND",-8} VALUES");
            foreach (var f in set.Facts)
            {
                _out.WriteLine($"{f.Id,-36} {f.Kind.ToString().ToLowerInvariant(),-8} {Values(f)}");
            }
        }

        if (set.Modifiers.Count > 0)
        {
            _out.WriteLine();
            _out.WriteLine($"{"MODIFIER",-36} {"FACTOR",7} {"DIRECTION",-9} TARGETS");
            foreach (var m in set.Modifiers)
            {
                _out.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-36} {1,7:0.00} {2,-9} {3}", m.Id, m.Factor, m.Direction.ToString().ToLowerInvariant(), string.Join(", ", m.Signals.Concat(m.Categories.Select(c => "category:" + c)))));
            }
        }

        return CliApplication.Ok;
    }

    public int Validate(FileInfo[] files)
    {
        foreach (var f in files.Where(f => Directory.Exists(f.FullName)))
        {
            _err.WriteLine($"{f}: is a directory; give the path of a signal-set JSON file.");
            return CliApplication.InvalidInput;
        }

        try
        {
            var sets = SignalSetJson.LoadFiles(files.Select(f => f.ToString()), BuiltInSignalSets.JsonOptions);
            for (var i = 0; i < sets.Count; i++)
            {
                var s = sets[i];
                _out.WriteLine($"{files[i]}: ok: {s.Id}@{s.Version}, {s.Signals.Count} signals, {s.Modifiers.Count} modifiers, {s.ContentHash}");
                CueWarnings(files[i].ToString(), s);
            }

            return CliApplication.Ok;
        }
        catch (SignalSetException ex)
        {
            foreach (var e in ex.Errors)
            {
                _out.WriteLine(e.ToString());
            }

            _out.WriteLine($"{ex.Errors.Count} problem{(ex.Errors.Count == 1 ? string.Empty : "s")} found.");
            return CliApplication.InvalidInput;
        }
    }

    /// <summary>Warnings, not errors: a signal without cues still weighs answers, but the text reader cannot propose it.</summary>
    private void CueWarnings(string file, SignalSet set)
    {
        var languages = set.Signals.SelectMany(x => x.Cues.Keys).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(l => l, StringComparer.Ordinal).ToList();
        foreach (var signal in set.Signals)
        {
            if (signal.Cues.Count == 0)
            {
                _out.WriteLine($"{file}: warning: signal '{signal.Id}' has no cues; the text reader cannot propose it.");
                continue;
            }

            foreach (var language in languages.Where(l => !signal.Cues.ContainsKey(l)))
            {
                _out.WriteLine($"{file}: warning: signal '{signal.Id}' has no cues in '{language}', which other signals of the set have.");
            }
        }
    }

    public int Export(string setId)
    {
        var set = _input.BuiltIn(setId);
        if (set is null)
        {
            return CliApplication.UsageError;
        }

        _out.WriteLine(SignalSetJson.ToJson(set));
        return CliApplication.Ok;
    }

    public int Questionnaire(string? setId, FileInfo[]? setFile, bool json, string language)
    {
        var set = _input.Set(setId, setFile);
        var lang = _input.Language(language);
        if (set is null || lang is null)
        {
            return set is null && setFile is not null ? CliApplication.InvalidInput : CliApplication.UsageError;
        }

        var q = Questionnaires.Questionnaire.Create(set, lang);
        if (json)
        {
            _out.WriteLine(InterviewSignalsJson.ToJson(q));
            return CliApplication.Ok;
        }

        var texts = new CliTexts(lang);
        _out.WriteLine(q.Title);
        foreach (var section in q.Sections)
        {
            _out.WriteLine();
            _out.WriteLine(section.Title);
            _out.WriteLine(new string('-', section.Title.Length));
            foreach (var question in section.Questions)
            {
                _out.WriteLine($"  [{question.Id}] {question.Text}");
                _out.WriteLine($"      {ObservationValues(question, texts)}");
            }
        }

        return CliApplication.Ok;
    }

    /// <summary>What an observation file takes for a question, so that the printed questionnaire doubles as a guide to the format.</summary>
    private static string ObservationValues(Question q, CliTexts t) => q.Kind switch
    {
        AnswerKind.YesNoUnsure => t.Get("cli.questionnaire.signal", ("path", "signals." + q.Id)),
        AnswerKind.Boolean => t.Get("cli.questionnaire.boolean", ("path", "facts." + q.Id)),
        AnswerKind.Number => t.Get(q.Unit is null ? "cli.questionnaire.number" : "cli.questionnaire.number-of", ("path", "facts." + q.Id), ("unit", q.Unit ?? string.Empty))
            + (q.Minimum is null && q.Maximum is null ? string.Empty : t.Get("cli.questionnaire.range", ("min", Bound(q.Minimum, t)), ("max", Bound(q.Maximum, t)))),
        AnswerKind.Date => t.Get("cli.questionnaire.date", ("path", "facts." + q.Id)),
        _ => $"facts.{q.Id}: " + string.Join(" | ", q.Choices.Select(c => "\"" + c.Value + "\"")),
    };

    private static string Bound(double? bound, CliTexts t) => bound?.ToString(CultureInfo.InvariantCulture) ?? t.Get("cli.questionnaire.any");

    private static string Values(FactDefinition f) => f.Kind switch
    {
        FactKind.Choice => string.Join(" | ", f.Choices),
        FactKind.Boolean => "true | false",
        FactKind.Date => "ISO 8601 date" + (f.AllowFuture ? " (may be in the future)" : " (not after the as-of date)"),
        _ => (f.Unit ?? "number") + (f.Minimum is null && f.Maximum is null ? string.Empty : string.Format(CultureInfo.InvariantCulture, ", {0} to {1}", f.Minimum?.ToString(CultureInfo.InvariantCulture) ?? "any", f.Maximum?.ToString(CultureInfo.InvariantCulture) ?? "any")),
    };
}

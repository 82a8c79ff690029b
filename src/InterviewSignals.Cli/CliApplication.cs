using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Questionnaires;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;
using InterviewSignals.Observations;

namespace InterviewSignals.Cli;

/// <summary>The <c>interview-signals</c> commands. Exit codes: 0 success, 1 invalid input, 2 usage error.</summary>
internal sealed class CliApplication
{
    private readonly TextWriter _out;
    private readonly TextWriter _err;
    private readonly TextReader _in;

    private CliApplication(TextWriter output, TextWriter error, TextReader input)
    {
        _out = output;
        _err = error;
        _in = input;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader input)
    {
        output.NewLine = "\n";
        error.NewLine = "\n";
        return new CliApplication(output, error, input).Run(args);
    }

    private int Run(string[] args)
    {
        var setOption = new Option<string?>("--set") { Description = "A built-in set id (" + string.Join(", ", BuiltInSignalSets.Ids) + ")." };
        var setFileOption = new Option<FileInfo?>("--set-file") { Description = "A signal-set JSON file to use instead of a built-in set (it may extend a built-in set)." };
        var jsonOption = new Option<bool>("--json") { Description = "Print JSON instead of text." };
        var cultureOption = new Option<string>("--culture") { Description = "The language of the texts: en or es.", DefaultValueFactory = _ => "en" };

        var list = new Command("list", "List the built-in sets, or the signals of one set.") { setOption, jsonOption };
        list.SetAction(r => List(r.GetValue(setOption), r.GetValue(jsonOption)));

        var files = new Argument<FileInfo[]>("files") { Description = "Signal-set JSON files; they may extend each other.", Arity = ArgumentArity.OneOrMore };
        var validate = new Command("validate", "Check signal-set files and list every problem with file:line:column and its code.") { files };
        validate.SetAction(r => Validate(r.GetValue(files)!));

        var exportSet = new Option<string>("--set") { Description = "The built-in set id.", Required = true };
        var export = new Command("export", "Print a built-in set in the public JSON format.") { exportSet };
        export.SetAction(r => Export(r.GetValue(exportSet)!));

        var questionnaire = new Command("questionnaire", "Print the questions for a set, grouped by phase.") { setOption, setFileOption, jsonOption, cultureOption };
        questionnaire.SetAction(r => PrintQuestionnaire(r.GetValue(setOption), r.GetValue(setFileOption), r.GetValue(jsonOption), r.GetValue(cultureOption)!));

        var observationFile = new Argument<FileInfo?>("file") { Description = "An observation JSON file.", Arity = ArgumentArity.ZeroOrOne };
        var markdownOption = new Option<bool>("--markdown") { Description = "Print the explanation as Markdown." };
        var asOfOption = new Option<string?>("--as-of") { Description = "Weigh the observation as of this ISO 8601 date (overrides the file's asOf)." };
        var interactiveOption = new Option<bool>("--interactive") { Description = "Ask the questionnaire at the terminal instead of reading a file." };
        var assess = new Command("assess", "Weigh an interview and explain the outlook.") { observationFile, setOption, setFileOption, jsonOption, markdownOption, cultureOption, asOfOption, interactiveOption };
        assess.SetAction(r => Assess(
            r.GetValue(observationFile), r.GetValue(setOption), r.GetValue(setFileOption), r.GetValue(jsonOption), r.GetValue(markdownOption),
            r.GetValue(cultureOption)!, r.GetValue(asOfOption), r.GetValue(interactiveOption)));

        var root = new RootCommand("InterviewSignals: weigh what you observed about a job interview, and see why. An outlook is an index, not a promise of an offer.")
        {
            list, validate, export, questionnaire, assess,
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                _err.WriteLine(e.Message);
            }

            _err.WriteLine("Run 'interview-signals --help' for usage.");
            return 2;
        }

        return parse.Invoke(new InvocationConfiguration { Output = _out, Error = _err });
    }

    private int List(string? setId, bool json)
    {
        if (setId is null)
        {
            if (json)
            {
                _out.WriteLine("[" + string.Join(",", BuiltInSignalSets.All.Select(s => "\n  " + SignalSetJson.ToJson(s, indented: false))) + "\n]");
                return 0;
            }

            _out.WriteLine($"{"ID",-20} {"VERSION",-9} {"SIGNALS",7} {"FACTS",5} {"RULES",5} {"MODIFIERS",9}  HASH");
            foreach (var s in BuiltInSignalSets.All)
            {
                _out.WriteLine($"{s.Id,-20} {s.Version,-9} {s.Signals.Count,7} {s.Facts.Count,5} {s.Rules.Count,5} {s.Modifiers.Count,9}  {s.ContentHash.Substring(0, 19)}");
            }

            return 0;
        }

        var set = FindBuiltIn(setId);
        if (set is null)
        {
            return 2;
        }

        if (json)
        {
            _out.WriteLine(SignalSetJson.ToJson(set));
            return 0;
        }

        _out.WriteLine($"{set.Id}@{set.Version}  {set.Title}");
        _out.WriteLine($"{set.ContentHash}");
        _out.WriteLine();
        _out.WriteLine($"{"SIGNAL",-36} {"CATEGORY",-18} {"PRESENT",7} {"ABSENT",7} {"DRIVER",-12} {"PHASE",-7} SOURCES");
        foreach (var s in set.Signals)
        {
            _out.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-36} {1,-18} {2,7:+0.00;-0.00;0.00} {3,7:+0.00;-0.00;0.00} {4,-12} {5,-7} {6}", s.Id, s.Category, s.Weights.Present, s.Weights.Absent, s.Driver.ToString().ToLowerInvariant(), s.Phase.ToString().ToLowerInvariant(), s.Sources.Count));
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

        return 0;
    }

    private int Validate(FileInfo[] files)
    {
        try
        {
            var sets = SignalSetJson.LoadFiles(files.Select(f => f.ToString()));
            for (var i = 0; i < sets.Count; i++)
            {
                var s = sets[i];
                _out.WriteLine($"{files[i]}: ok: {s.Id}@{s.Version}, {s.Signals.Count} signals, {s.Modifiers.Count} modifiers, {s.ContentHash}");
            }

            return 0;
        }
        catch (SignalSetException ex)
        {
            foreach (var e in ex.Errors)
            {
                _out.WriteLine(e.ToString());
            }

            _out.WriteLine($"{ex.Errors.Count} problem{(ex.Errors.Count == 1 ? string.Empty : "s")} found.");
            return 1;
        }
    }

    private int Export(string setId)
    {
        var set = FindBuiltIn(setId);
        if (set is null)
        {
            return 2;
        }

        _out.WriteLine(SignalSetJson.ToJson(set));
        return 0;
    }

    private int PrintQuestionnaire(string? setId, FileInfo? setFile, bool json, string cultureName)
    {
        var set = ResolveSet(setId, setFile);
        var culture = ResolveCulture(cultureName);
        if (set is null || culture is null)
        {
            return set is null && setFile is not null ? 1 : 2;
        }

        var q = Questionnaire.For(set, culture);
        if (json)
        {
            _out.WriteLine(InterviewSignalsJson.Serialize(q));
            return 0;
        }

        _out.WriteLine(q.Title);
        foreach (var section in q.Sections)
        {
            _out.WriteLine();
            _out.WriteLine(section.Title);
            _out.WriteLine(new string('-', section.Title.Length));
            foreach (var question in section.Questions)
            {
                _out.WriteLine($"  [{question.Id}] {question.Text}{Hint(question)}");
            }
        }

        return 0;
    }

    private int Assess(FileInfo? file, string? setId, FileInfo? setFile, bool json, bool markdown, string cultureName, string? asOfText, bool interactive)
    {
        var set = ResolveSet(setId, setFile);
        var culture = ResolveCulture(cultureName);
        if (set is null || culture is null)
        {
            return set is null && setFile is not null ? 1 : 2;
        }

        DateTimeOffset? asOf = null;
        if (asOfText is not null)
        {
            if (!DateTimeOffset.TryParse(asOfText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                _err.WriteLine($"--as-of: '{asOfText}' is not an ISO 8601 date such as 2026-11-20.");
                return 2;
            }

            asOf = parsed;
        }

        Observation observation;
        try
        {
            if (interactive)
            {
                observation = AskInteractively(set, culture);
            }
            else if (file is null)
            {
                _err.WriteLine("assess needs an observation file, or --interactive.");
                return 2;
            }
            else
            {
                observation = ObservationJson.Parse(File.ReadAllText(file.FullName), set);
            }
        }
        catch (ObservationException ex)
        {
            foreach (var e in ex.Errors)
            {
                _err.WriteLine(e.ToString());
            }

            return 1;
        }
        catch (IOException ex)
        {
            _err.WriteLine($"Cannot read '{file}': {ex.Message}");
            return 1;
        }

        if (asOf is { } at)
        {
            observation = observation.WithAsOf(at);
        }

        var assessment = InterviewEvaluator.Create(set).Assess(observation);
        var explanation = ExplanationGenerator.Default.Generate(assessment, culture);
        if (json)
        {
            _out.WriteLine("{\n\"assessment\": " + InterviewSignalsJson.Serialize(assessment) + ",\n\"explanation\": " + InterviewSignalsJson.Serialize(explanation) + "\n}");
        }
        else
        {
            _out.Write(markdown ? ExplanationRenderer.ToMarkdown(explanation) : ExplanationRenderer.ToPlainText(explanation));
        }

        return 0;
    }

    private Observation AskInteractively(SignalSet set, CultureInfo culture)
    {
        var q = Questionnaire.For(set, culture);
        var answers = new Dictionary<string, string?>(StringComparer.Ordinal);
        _out.WriteLine(q.Title);
        _out.WriteLine("Press Enter to skip a question you cannot answer.");
        foreach (var section in q.Sections)
        {
            _out.WriteLine();
            _out.WriteLine(section.Title);
            foreach (var question in section.Questions)
            {
                while (true)
                {
                    _out.Write($"{question.Text}{Hint(question)} ");
                    _out.Flush();
                    var line = _in.ReadLine();
                    if (line is null)
                    {
                        return q.ToObservation(answers);
                    }

                    var value = Normalise(question, line.Trim());
                    if (value is null)
                    {
                        _out.WriteLine("  Please answer as shown in the brackets, or press Enter to skip.");
                        continue;
                    }

                    try
                    {
                        q.ToObservation(new Dictionary<string, string?> { [question.Id] = value });
                        answers[question.Id] = value;
                        break;
                    }
                    catch (ObservationException ex)
                    {
                        _out.WriteLine("  " + ex.Errors[0].Message);
                    }
                }
            }
        }

        return q.ToObservation(answers);
    }

    private static string? Normalise(Question question, string line)
    {
        if (line.Length == 0)
        {
            return string.Empty;
        }

        switch (question.Kind)
        {
            case AnswerKind.YesNoUnsure:
            case AnswerKind.Boolean:
                var c = char.ToLowerInvariant(line[0]);
                return c is 'y' or 's' ? "yes" : c == 'n' ? "no" : c is '?' or 'u' ? "unsure" : null;
            case AnswerKind.Choice:
                return int.TryParse(line, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= question.Choices.Count
                    ? question.Choices[n - 1].Value
                    : question.Choices.FirstOrDefault(x => string.Equals(x.Value, line, StringComparison.OrdinalIgnoreCase))?.Value;
            default:
                return line;
        }
    }

    private static string Hint(Question q) => q.Kind switch
    {
        AnswerKind.YesNoUnsure => " [y/n/?]",
        AnswerKind.Boolean => " [y/n]",
        AnswerKind.Number => q.Unit is null ? " [number]" : $" [{q.Unit}]",
        AnswerKind.Date => " [YYYY-MM-DD]",
        _ => " [" + string.Join(", ", q.Choices.Select((c, i) => $"{i + 1}={c.Label}")) + "]",
    };

    private SignalSet? ResolveSet(string? setId, FileInfo? setFile)
    {
        if (setFile is not null)
        {
            try
            {
                return SignalSetJson.LoadFile(setFile.ToString());
            }
            catch (SignalSetException ex)
            {
                foreach (var e in ex.Errors)
                {
                    _err.WriteLine(e.ToString());
                }

                return null;
            }
        }

        return FindBuiltIn(setId ?? BuiltInSignalSets.InterviewOutlookId);
    }

    private SignalSet? FindBuiltIn(string id)
    {
        var set = BuiltInSignalSets.Find(id);
        if (set is null)
        {
            _err.WriteLine($"There is no built-in set '{id}'. The built-in sets are: {string.Join(", ", BuiltInSignalSets.Ids)}.");
        }

        return set;
    }

    private static bool IsGlobalizationInvariant()
        => AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) ? invariant : Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT") is "1" or "true";

    private CultureInfo? ResolveCulture(string name)
    {
        try
        {
            // predefinedOnly: false keeps "en" and "es" usable in globalization-invariant mode, where the texts still apply.
            return CultureInfo.GetCultureInfo(name, predefinedOnly: false);
        }
        catch (CultureNotFoundException) when (name is "en" or "es" && CultureInfo.InvariantCulture.Equals(CultureInfo.CurrentCulture) && CultureInfo.CurrentCulture.Name.Length == 0 && IsGlobalizationInvariant())
        {
            _err.WriteLine("This process runs in globalization-invariant mode, so only English texts are available.");
            return CultureInfo.InvariantCulture;
        }
        catch (CultureNotFoundException)
        {
            _err.WriteLine($"--culture: '{name}' is not a culture name such as en or es.");
            return null;
        }
    }
}

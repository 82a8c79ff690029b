using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using InterviewSignals.BuiltIn;
using InterviewSignals.Outcomes;

namespace InterviewSignals.Cli;

/// <summary>
/// The <c>interview-signals</c> commands. Exit codes: 0 success; 1 invalid input (a file, or what is in it);
/// 2 usage error (an unknown option, set or language); 3 an unexpected failure, reported as a message, never a stack trace.
/// </summary>
internal sealed class CliApplication
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int UsageError = 2;
    public const int Unexpected = 3;

    private readonly TextWriter _out;
    private readonly TextWriter _err;
    private readonly TextReader _in;
    private bool _colour;

    private CliApplication(TextWriter output, TextWriter error, TextReader input)
    {
        _out = output;
        _err = error;
        _in = input;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader input) => Run(args, output, error, input, width: null);

    /// <summary>Runs a command; text for a person (not JSON) is wrapped at <paramref name="width"/> columns when one is given.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader input, int? width)
    {
        output.NewLine = "\n";
        error.NewLine = "\n";
        var machineReadable = args.Length > 0 && args[0] == "export" || args.Any(a => a is "--json" or "--jsonl" or "--markdown");
        using var wrapped = width is { } w && !machineReadable ? new WrappingWriter(output, w) : null;
        using var wrappedErr = width is { } e ? new WrappingWriter(error, e) : null;
        try
        {
            return new CliApplication(wrapped ?? output, wrappedErr ?? error, input) { _colour = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected }.Run(args);
        }
        catch (Exception ex)
        {
            error.WriteLine($"interview-signals: an unexpected error stopped the command: {ex.GetType().Name}: {ex.Message}");
            error.WriteLine("Please report it with the command you ran.");
            return Unexpected;
        }
    }

    /// <summary>The <c>--set-file</c> values, or <see langword="null"/> when none was given.</summary>
    private static FileInfo[]? SetFiles(FileInfo[]? files) => files is { Length: > 0 } ? files : null;

    /// <summary>Resolves what every command over JSON Lines needs: the set, the language and the default as-of (<c>--as-of</c>, else today).</summary>
    private static int WithCases(CliInput input, string? setId, FileInfo[]? setFile, string language, string? asOfText, Func<Taxonomy.SignalSet, string, DateTimeOffset, int> run)
    {
        var set = input.Set(setId, setFile);
        var lang = input.Language(language);
        if (set is null || lang is null)
        {
            return set is null && setFile is not null ? InvalidInput : UsageError;
        }

        return input.AsOf(asOfText, out var asOf) ? run(set, lang, asOf ?? CliInput.Today) : UsageError;
    }

    private int Run(string[] args)
    {
        var setOption = new Option<string?>("--set") { Description = "A built-in set id (" + string.Join(", ", BuiltInSignalSets.Ids) + ")." };
        var setFileOption = new Option<FileInfo[]>("--set-file") { Description = "A signal-set JSON file to use instead of a built-in set (it may extend a built-in set). Repeat it to give a set with the files it extends: the last is used." };
        var jsonOption = new Option<bool>("--json") { Description = "Print JSON instead of text." };
        var markdownOption = new Option<bool>("--markdown") { Description = "Print the explanation as Markdown." };
        var languageOption = new Option<string>("--language", "--culture") { Description = "The language of the texts, as a tag: en, es, or a regional variant such as es-MX.", DefaultValueFactory = _ => "en" };
        var input = new CliInput(_err);
        var sets = new SetCommands(_out, _err, input);
        var assessing = new AssessCommands(_out, _err, _in, input);
        var batchForAssess = new BatchCommands(_out, _err, input);

        var list = new Command("list", "List the built-in sets, or the signals and facts of one set.") { setOption, jsonOption };
        list.SetAction(r => sets.List(r.GetValue(setOption), r.GetValue(jsonOption)));

        var files = new Argument<FileInfo[]>("files") { Description = "Signal-set JSON files; they may extend each other.", Arity = ArgumentArity.OneOrMore };
        var validate = new Command("validate", "Check signal-set files and list every problem with file:line:column and its code.") { files };
        validate.SetAction(r => sets.Validate(r.GetValue(files)!));

        var exportSet = new Option<string>("--set") { Description = "The built-in set id.", Required = true };
        var export = new Command("export", "Print a built-in set in the public JSON format.") { exportSet };
        export.SetAction(r => sets.Export(r.GetValue(exportSet)!));

        var questionnaire = new Command("questionnaire", "Print the questions for a set, grouped by phase, with the values an observation file takes.") { setOption, setFileOption, jsonOption, languageOption };
        questionnaire.SetAction(r => sets.Questionnaire(r.GetValue(setOption), SetFiles(r.GetValue(setFileOption)), r.GetValue(jsonOption), r.GetValue(languageOption)!));

        var observationFile = new Argument<FileInfo?>("file") { Description = "An observation JSON file (see docs/observation-format.md).", Arity = ArgumentArity.ZeroOrOne };
        var asOfOption = new Option<string?>("--as-of") { Description = "Weigh the observation as of this ISO 8601 date (overrides the file's asOf)." };
        var interactiveOption = new Option<bool>("--interactive") { Description = "Ask at the terminal instead of reading a file: the questions that matter most first, stopping when the answer is settled." };
        var allOption = new Option<bool>("--all") { Description = "With --interactive, ask every question of the questionnaire in order." };
        var assessJsonl = new Option<string?>("--jsonl") { Description = "A JSON Lines file: each line {\"id\", \"text\"} or {\"id\", \"observation\"}; one {\"id\", \"assessment\"} object is written per line." };
        var explainOption = new Option<bool>("--explain") { Description = "With --jsonl, add each assessment's explanation." };
        var textOption = new Option<string?>("--text") { Description = "A text file to read (a narrative of the interview), or - for standard input; with an observation file, the file's answers win." };
        var assess = new Command("assess", "Weigh an interview and explain the outlook.") { observationFile, setOption, setFileOption, jsonOption, markdownOption, languageOption, asOfOption, interactiveOption, allOption, textOption, assessJsonl, explainOption };
        assess.SetAction(r => r.GetValue(assessJsonl) is { } lines
            ? WithCases(input, r.GetValue(setOption), SetFiles(r.GetValue(setFileOption)), r.GetValue(languageOption)!, r.GetValue(asOfOption), (set, lang, asOf) => batchForAssess.Run(lines, set, lang, asOf, assess: true, explain: r.GetValue(explainOption)))
            : assessing.Assess(new AssessCommands.AssessRequest(
            r.GetValue(observationFile), r.GetValue(setOption), SetFiles(r.GetValue(setFileOption)), r.GetValue(jsonOption), r.GetValue(markdownOption),
            r.GetValue(languageOption)!, r.GetValue(asOfOption), r.GetValue(interactiveOption), r.GetValue(textOption), r.GetValue(allOption))));

        var assessmentFile = new Argument<FileInfo>("file") { Description = "An assessment JSON file, as 'assess --json' or the library writes it." };
        var explainSetFile = new Option<FileInfo[]>("--set-file") { Description = "The signal-set JSON file the assessment was made with, when it is not a built-in set (repeat it for the files that one extends; the last is used)." };
        var explain = new Command("explain", "Explain a stored assessment again, in any language, with the exact set that made it.") { assessmentFile, explainSetFile, jsonOption, markdownOption, languageOption };
        explain.SetAction(r => assessing.Explain(r.GetValue(assessmentFile)!, SetFiles(r.GetValue(explainSetFile)), r.GetValue(jsonOption), r.GetValue(markdownOption), r.GetValue(languageOption)!));

        var textFile = new Argument<string?>("file") { Description = "A text file, or - (or nothing) for standard input.", Arity = ArgumentArity.ZeroOrOne };
        var kindOption = new Option<string>("--kind") { Description = "What the text is: narrative, employer-message or notes.", DefaultValueFactory = _ => "narrative" };
        var readAsOf = new Option<string?>("--as-of") { Description = "The date the text was written, which places its \"two weeks ago\" and \"by Friday\" (ISO 8601; today by default)." };
        var jsonlOption = new Option<string?>("--jsonl") { Description = "A JSON Lines file to process line by line: each line {\"id\", \"text\", \"language\"?, \"kind\"?, \"asOf\"?} (assess also takes {\"id\", \"observation\"}); one JSON object is written per line. A line without asOf is read as of --as-of, else today." };
        var read = new Command("read", "Read free text: the signal states it shows, with the words that show them.") { textFile, setOption, setFileOption, languageOption, kindOption, readAsOf, jsonOption, jsonlOption };
        var batch = new BatchCommands(_out, _err, input);
        var reader = new ReadCommand(_out, _err, _in, input, colour: _colour);
        read.SetAction(r => r.GetValue(jsonlOption) is { } lines
            ? WithCases(input, r.GetValue(setOption), SetFiles(r.GetValue(setFileOption)), r.GetValue(languageOption)!, r.GetValue(readAsOf), (set, lang, asOf) => batch.Run(lines, set, lang, asOf, assess: false, explain: false))
            : reader.Run(r.GetValue(textFile), r.GetValue(setOption), SetFiles(r.GetValue(setFileOption)), r.GetValue(languageOption)!, r.GetValue(kindOption)!, r.GetValue(readAsOf), r.GetValue(jsonOption)));

        var casesFile = new Argument<string>("file") { Description = "A JSON Lines file of labelled cases: each line {\"offer\": true|false|null, \"observation\": {...}} or {\"offer\", \"text\", \"language\"?, \"kind\"?, \"asOf\"?}." };
        var svgOption = new Option<FileInfo?>("--svg") { Description = "Also write the ROC curve and the reliability diagram to this SVG file." };
        var casesAsOf = new Option<string?>("--as-of") { Description = "The date that places a line's \"two weeks ago\" and \"by Friday\" when the line has no asOf (ISO 8601; today by default)." };
        var evaluate = new Command("evaluate", "Hold the outlook against outcomes: discrimination (ROC AUC), calibration, bands and signals.") { casesFile, setOption, setFileOption, languageOption, casesAsOf, jsonOption, svgOption };
        var evaluating = new CheckCommand(_out, _err, input);
        evaluate.SetAction(r => WithCases(input, r.GetValue(setOption), SetFiles(r.GetValue(setFileOption)), r.GetValue(languageOption)!, r.GetValue(casesAsOf), (set, lang, asOf) => evaluating.Run(r.GetValue(casesFile)!, set, lang, asOf, r.GetValue(jsonOption), r.GetValue(svgOption))));

        var outOption = new Option<FileInfo>("--out") { Description = "Where to write the calibrated set (JSON).", Required = true };
        var descriptionOption = new Option<string?>("--description") { Description = "What the cases are (\"our 2026 engineering hires\"); every explanation with the calibrated set shows it." };
        var calibrate = new Command("calibrate", "Fit a two-parameter recalibration of the outlook on outcomes and write a calibrated set that extends the original. Weights are never refitted.") { casesFile, setOption, setFileOption, languageOption, casesAsOf, outOption, descriptionOption };
        var calibrating = new CalibrateCommand(_out, _err, input);
        calibrate.SetAction(r => WithCases(input, r.GetValue(setOption), SetFiles(r.GetValue(setFileOption)), r.GetValue(languageOption)!, r.GetValue(casesAsOf), (set, lang, asOf) => calibrating.Run(r.GetValue(casesFile)!, set, SetFiles(r.GetValue(setFileOption)), lang, asOf, r.GetValue(outOption)!, r.GetValue(descriptionOption))));

        var cueTools = new CuesCommand(_out, _err, input);
        var term = new Argument<string>("term") { Description = "A word (it matches every form the language gives it), @class (a word class of the set) or any cue, quoted." };
        var textsFile = new Argument<string>("file") { Description = "A text file, or JSON Lines (.jsonl) of {\"id\"?, \"text\", \"language\"?}." };
        var limitOption = new Option<int>("--limit") { Description = "The most lines to show.", DefaultValueFactory = _ => 50 };
        var signalOption = new Option<string>("--signal") { Description = "The signal to suggest phrases for.", Required = true };
        var kwic = new Command("kwic", "Keyword in context: every place a word, a word class or a cue matches, with its context and what the reader makes of it (read, negated, or set aside and why).") { term, textsFile, setOption, setFileOption, languageOption, limitOption };
        kwic.SetAction(r => WithCases(input, r.GetValue(setOption), SetFiles(r.GetValue(setFileOption)), r.GetValue(languageOption)!, null, (set, lang, _) => cueTools.Kwic(r.GetValue(term)!, r.GetValue(textsFile)!, set, lang, r.GetValue(limitOption))));
        var suggest = new Command("suggest", "Rank phrases of one to three words by how much more often they stand in texts where a signal is read than in the others: words for new cues.") { signalOption, textsFile, setOption, setFileOption, languageOption, limitOption };
        suggest.SetAction(r => WithCases(input, r.GetValue(setOption), SetFiles(r.GetValue(setFileOption)), r.GetValue(languageOption)!, null, (set, lang, _) => cueTools.Suggest(r.GetValue(signalOption)!, r.GetValue(textsFile)!, set, lang, r.GetValue(limitOption))));
        var coverage = new Command("coverage", "The share of texts that give any sign or fact, and each signal's and fact's share.") { textsFile, setOption, setFileOption, languageOption };
        coverage.SetAction(r => WithCases(input, r.GetValue(setOption), SetFiles(r.GetValue(setFileOption)), r.GetValue(languageOption)!, null, (set, lang, _) => cueTools.Coverage(r.GetValue(textsFile)!, set, lang)));
        var cues = new Command("cues", "Tools for writing cues, over real text.") { kwic, suggest, coverage };

        var fitOut = new Option<FileInfo>("--out") { Description = "Where to write the fitted set (JSON that extends the original).", Required = true };
        var fitDescription = new Option<string?>("--description") { Description = "What the cases are (\"our 2026 engineering hires\"); every explanation with the fitted set shows it." };
        var foldsOption = new Option<int>("--folds") { Description = "How many folds the cross-validation uses to choose the prior strength and measure the fit.", DefaultValueFactory = _ => OutcomeFitterOptions.Default.Folds };
        var signChangeOption = new Option<bool>("--allow-sign-change") { Description = "Let a weight take the opposite sign to the set's (reported); otherwise such a weight is held at 0." };
        var prevalenceOption = new Option<bool>("--fit-prevalence") { Description = "Also set each asked signal's prevalence to how often it was present among the cases that answered it." };
        var fitAsOf = new Option<string?>("--as-of") { Description = "Read a line's text (and weigh an observation) without its own asOf as of this ISO 8601 date; today by default." };
        var reportOption = new Option<FileInfo?>("--report") { Description = "Also write the fit record (every weight's prior, fitted value, support and standard error; the held-out measures) to this JSON file." };
        var fit = new Command("fit", "Fit the set's weights to outcomes (penalised logistic regression around the set's own weights, the prior strength chosen by cross-validation) and write a fitted set that extends the original.") { casesFile, setOption, setFileOption, languageOption, fitOut, fitDescription, foldsOption, signChangeOption, prevalenceOption, fitAsOf, reportOption };
        var fitting = new FitCommand(_out, _err, input);
        fit.SetAction(r => WithCases(input, r.GetValue(setOption), SetFiles(r.GetValue(setFileOption)), r.GetValue(languageOption)!, r.GetValue(fitAsOf), (set, lang, asOf) => fitting.Run(new FitCommand.FitRequest(
            r.GetValue(casesFile)!, set, SetFiles(r.GetValue(setFileOption)), lang, asOf, r.GetValue(fitOut)!, r.GetValue(fitDescription), r.GetValue(foldsOption),
            r.GetValue(signChangeOption), r.GetValue(prevalenceOption), r.GetValue(reportOption)))));

        var root = new RootCommand("InterviewSignals: weigh what you observed about a job interview, and see why. An outlook is an index, not a promise of an offer.\nExit codes: 0 success, 1 invalid input, 2 usage error, 3 unexpected failure.")
        {
            list, validate, export, questionnaire, assess, explain, read, evaluate, calibrate, fit, cues,
        };

        // "@class" is a word class in a cue, never a response file.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                _err.WriteLine(e.Message);
            }

            _err.WriteLine("Run 'interview-signals --help' for usage.");
            return UsageError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = _out, Error = _err, EnableDefaultExceptionHandler = false });
    }
}

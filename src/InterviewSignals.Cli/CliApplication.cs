using System;
using System.CommandLine;
using System.IO;
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
        try
        {
            return new CliApplication(output, error, input).Run(args);
        }
        catch (Exception ex)
        {
            error.WriteLine($"interview-signals: an unexpected error stopped the command: {ex.GetType().Name}: {ex.Message}");
            error.WriteLine("Please report it with the command you ran.");
            return Unexpected;
        }
    }

    private static int Batch(CliInput input, BatchCommands batch, string path, string? setId, FileInfo? setFile, string language, bool assess, bool explain)
    {
        var set = input.Set(setId, setFile);
        var lang = input.Language(language);
        return set is null || lang is null ? (set is null && setFile is not null ? InvalidInput : UsageError) : batch.Run(path, set, lang, assess, explain);
    }

    private int Run(string[] args)
    {
        var setOption = new Option<string?>("--set") { Description = "A built-in set id (" + string.Join(", ", BuiltInSignalSets.Ids) + ")." };
        var setFileOption = new Option<FileInfo?>("--set-file") { Description = "A signal-set JSON file to use instead of a built-in set (it may extend a built-in set)." };
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
        questionnaire.SetAction(r => sets.Questionnaire(r.GetValue(setOption), r.GetValue(setFileOption), r.GetValue(jsonOption), r.GetValue(languageOption)!));

        var observationFile = new Argument<FileInfo?>("file") { Description = "An observation JSON file (see docs/observation-format.md).", Arity = ArgumentArity.ZeroOrOne };
        var asOfOption = new Option<string?>("--as-of") { Description = "Weigh the observation as of this ISO 8601 date (overrides the file's asOf)." };
        var interactiveOption = new Option<bool>("--interactive") { Description = "Ask at the terminal instead of reading a file: the questions that matter most first, stopping when the answer is settled." };
        var allOption = new Option<bool>("--all") { Description = "With --interactive, ask every question of the questionnaire in order." };
        var assessJsonl = new Option<string?>("--jsonl") { Description = "A JSON Lines file: each line {\"id\", \"text\"} or {\"id\", \"observation\"}; one {\"id\", \"assessment\"} object is written per line." };
        var explainOption = new Option<bool>("--explain") { Description = "With --jsonl, add each assessment's explanation." };
        var textOption = new Option<FileInfo?>("--text") { Description = "A text to read (a narrative of the interview); with an observation file, the file's answers win." };
        var assess = new Command("assess", "Weigh an interview and explain the outlook.") { observationFile, setOption, setFileOption, jsonOption, markdownOption, languageOption, asOfOption, interactiveOption, allOption, textOption, assessJsonl, explainOption };
        assess.SetAction(r => r.GetValue(assessJsonl) is { } lines
            ? Batch(input, batchForAssess, lines, r.GetValue(setOption), r.GetValue(setFileOption), r.GetValue(languageOption)!, assess: true, explain: r.GetValue(explainOption))
            : assessing.Assess(new AssessCommands.AssessRequest(
            r.GetValue(observationFile), r.GetValue(setOption), r.GetValue(setFileOption), r.GetValue(jsonOption), r.GetValue(markdownOption),
            r.GetValue(languageOption)!, r.GetValue(asOfOption), r.GetValue(interactiveOption), r.GetValue(textOption), r.GetValue(allOption))));

        var assessmentFile = new Argument<FileInfo>("file") { Description = "An assessment JSON file, as 'assess --json' or the library writes it." };
        var explainSetFile = new Option<FileInfo?>("--set-file") { Description = "The signal-set JSON file the assessment was made with, when it is not a built-in set." };
        var explain = new Command("explain", "Explain a stored assessment again, in any language, with the exact set that made it.") { assessmentFile, explainSetFile, jsonOption, markdownOption, languageOption };
        explain.SetAction(r => assessing.Explain(r.GetValue(assessmentFile)!, r.GetValue(explainSetFile), r.GetValue(jsonOption), r.GetValue(markdownOption), r.GetValue(languageOption)!));

        var textFile = new Argument<string?>("file") { Description = "A text file, or - (or nothing) for standard input.", Arity = ArgumentArity.ZeroOrOne };
        var kindOption = new Option<string>("--kind") { Description = "What the text is: narrative, employer-message or notes.", DefaultValueFactory = _ => "narrative" };
        var readAsOf = new Option<string?>("--as-of") { Description = "The date the text was written, which places its \"two weeks ago\" and \"by Friday\" (ISO 8601; today by default)." };
        var jsonlOption = new Option<string?>("--jsonl") { Description = "A JSON Lines file to process line by line: each line {\"id\", \"text\", \"language\"?, \"kind\"?} (assess also takes {\"id\", \"observation\"}); one JSON object is written per line." };
        var read = new Command("read", "Read free text: the signal states it shows, with the words that show them.") { textFile, setOption, setFileOption, languageOption, kindOption, readAsOf, jsonOption, jsonlOption };
        var batch = new BatchCommands(_out, _err, input);
        var reader = new ReadCommand(_out, _err, _in, input, colour: ReferenceEquals(_out, Console.Out) && !Console.IsOutputRedirected);
        read.SetAction(r => r.GetValue(jsonlOption) is { } lines
            ? Batch(input, batch, lines, r.GetValue(setOption), r.GetValue(setFileOption), r.GetValue(languageOption)!, assess: false, explain: false)
            : reader.Run(r.GetValue(textFile), r.GetValue(setOption), r.GetValue(setFileOption), r.GetValue(languageOption)!, r.GetValue(kindOption)!, r.GetValue(readAsOf), r.GetValue(jsonOption)));

        var casesFile = new Argument<string>("file") { Description = "A JSON Lines file of labelled cases: each line {\"offer\": true|false|null, \"observation\": {...}} or {\"offer\", \"text\", \"language\"?, \"kind\"?, \"asOf\"?}." };
        var svgOption = new Option<FileInfo?>("--svg") { Description = "Also write the ROC curve and the reliability diagram to this SVG file." };
        var evaluate = new Command("evaluate", "Hold the outlook against outcomes: discrimination (ROC AUC), calibration, bands and signals.") { casesFile, setOption, setFileOption, languageOption, jsonOption, svgOption };
        var evaluating = new EvaluateCommand(_out, _err, input);
        evaluate.SetAction(r =>
        {
            var set = input.Set(r.GetValue(setOption), r.GetValue(setFileOption));
            var lang = input.Language(r.GetValue(languageOption)!);
            return set is null || lang is null
                ? (set is null && r.GetValue(setFileOption) is not null ? InvalidInput : UsageError)
                : evaluating.Run(r.GetValue(casesFile)!, set, lang, r.GetValue(jsonOption), r.GetValue(svgOption));
        });

        var outOption = new Option<FileInfo>("--out") { Description = "Where to write the calibrated set (JSON).", Required = true };
        var descriptionOption = new Option<string?>("--description") { Description = "What the cases are (\"our 2026 engineering hires\"); every explanation with the calibrated set shows it." };
        var calibrate = new Command("calibrate", "Fit a two-parameter recalibration of the outlook on outcomes and write a calibrated set that extends the original. Weights are never refitted.") { casesFile, setOption, setFileOption, languageOption, outOption, descriptionOption };
        var calibrating = new CalibrateCommand(_out, _err, input);
        calibrate.SetAction(r =>
        {
            var set = input.Set(r.GetValue(setOption), r.GetValue(setFileOption));
            var lang = input.Language(r.GetValue(languageOption)!);
            return set is null || lang is null
                ? (set is null && r.GetValue(setFileOption) is not null ? InvalidInput : UsageError)
                : calibrating.Run(r.GetValue(casesFile)!, set, lang, r.GetValue(outOption)!, r.GetValue(descriptionOption));
        });

        var fitOut = new Option<FileInfo>("--out") { Description = "Where to write the fitted set (JSON that extends the original).", Required = true };
        var fitDescription = new Option<string?>("--description") { Description = "What the cases are (\"our 2026 engineering hires\"); every explanation with the fitted set shows it." };
        var foldsOption = new Option<int>("--folds") { Description = "How many folds the cross-validation uses to choose the prior strength and measure the fit.", DefaultValueFactory = _ => OutcomeFitterOptions.Default.Folds };
        var signChangeOption = new Option<bool>("--allow-sign-change") { Description = "Let a weight take the opposite sign to the set's (reported); otherwise such a weight is held at 0." };
        var prevalenceOption = new Option<bool>("--fit-prevalence") { Description = "Also set each asked signal's prevalence to how often it was present among the cases that answered it." };
        var fitAsOf = new Option<string?>("--as-of") { Description = "Read a line's text (and weigh an observation) without its own asOf as of this ISO 8601 date; today by default." };
        var reportOption = new Option<FileInfo?>("--report") { Description = "Also write the fit record (every weight's prior, fitted value, support and standard error; the held-out measures) to this JSON file." };
        var fit = new Command("fit", "Fit the set's weights to outcomes (penalised logistic regression around the set's own weights, the prior strength chosen by cross-validation) and write a fitted set that extends the original.") { casesFile, setOption, setFileOption, languageOption, fitOut, fitDescription, foldsOption, signChangeOption, prevalenceOption, fitAsOf, reportOption };
        var fitting = new FitCommand(_out, _err, input);
        fit.SetAction(r =>
        {
            var set = input.Set(r.GetValue(setOption), r.GetValue(setFileOption));
            var lang = input.Language(r.GetValue(languageOption)!);
            return set is null || lang is null
                ? (set is null && r.GetValue(setFileOption) is not null ? InvalidInput : UsageError)
                : fitting.Run(new FitCommand.FitRequest(
                    r.GetValue(casesFile)!, set, r.GetValue(setFileOption) is null, lang, r.GetValue(fitOut)!, r.GetValue(fitDescription), r.GetValue(foldsOption),
                    r.GetValue(signChangeOption), r.GetValue(prevalenceOption), r.GetValue(fitAsOf), r.GetValue(reportOption)));
        });

        var root = new RootCommand("InterviewSignals: weigh what you observed about a job interview, and see why. An outlook is an index, not a promise of an offer.\nExit codes: 0 success, 1 invalid input, 2 usage error, 3 unexpected failure.")
        {
            list, validate, export, questionnaire, assess, explain, read, evaluate, calibrate, fit,
        };

        var parse = root.Parse(args);
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

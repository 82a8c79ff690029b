using System.IO;
using System.Text.Json;
using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Observations;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Cli;

/// <summary>The commands that weigh and explain: assess and explain.</summary>
internal sealed class AssessCommands
{
    private readonly TextWriter _out;
    private readonly TextWriter _err;
    private readonly TextReader _in;
    private readonly CliInput _input;

    public AssessCommands(TextWriter output, TextWriter error, TextReader input, CliInput cliInput)
    {
        _out = output;
        _err = error;
        _in = input;
        _input = cliInput;
    }

    private const string TextHint = "--text takes the path of a text file, or - to read the text from standard input (echo \"She asked when I could start.\" | interview-signals assess --text -).";

    public int Assess(AssessRequest r)
    {
        if (!OneOutput(r.Json, r.Markdown))
        {
            return CliApplication.UsageError;
        }

        var set = _input.Set(r.SetId, r.SetFile);
        var language = _input.Language(r.Language);
        if (set is null || language is null)
        {
            return set is null && r.SetFile is not null ? CliApplication.InvalidInput : CliApplication.UsageError;
        }

        if (!_input.AsOf(r.AsOf, out var asOf))
        {
            return CliApplication.UsageError;
        }

        Observation observation;
        Reading.TextReading? reading = null;
        if (r.Text is not null)
        {
            if (r.Text == "-" && r.Interactive)
            {
                _err.WriteLine("--text - reads the text from standard input, where --interactive reads the answers: give the text as a file.");
                return CliApplication.UsageError;
            }

            var text = r.Text == "-" ? _in.ReadToEnd() : _input.ReadText(r.Text, "a text", requireJson: false, hint: TextHint);
            if (text is null || _input.Read(Reading.InterviewTextReader.Create(set), text, new Reading.TextDetails { Language = language, AsOf = asOf ?? CliInput.Today }, r.Text) is not { } read)
            {
                return CliApplication.InvalidInput;
            }

            reading = read;
        }

        if (r.Interactive && !r.All)
        {
            // A text, when given, fills in what it tells before the first question, so those are not asked.
            var interactive = new InteractiveQuestionnaire(_out, _in, new CliTexts(language));
            observation = interactive.AskAdaptive(set, language, asOf ?? System.DateTimeOffset.UtcNow, o => reading?.MergeInto(o) ?? o);
            reading = null;
        }
        else if (r.Interactive)
        {
            observation = new InteractiveQuestionnaire(_out, _in, new CliTexts(language)).Ask(set, language);
        }
        else if (r.File is null && r.Text is null)
        {
            _err.WriteLine("assess needs an observation file, --text, or --interactive.");
            return CliApplication.UsageError;
        }
        else if (r.File is null)
        {
            observation = Observation.CreateBuilder().Build();
        }
        else
        {
            var text = _input.ReadText(r.File.ToString(), "an observation");
            if (text is null)
            {
                return CliApplication.InvalidInput;
            }

            if (!ObservationJson.TryParse(text, set, out var parsed, out var errors))
            {
                Report(r.File.ToString(), errors);
                if (!text.TrimStart().StartsWith('{') && !text.TrimStart().StartsWith('['))
                {
                    // Plain words where JSON was expected: most likely a narrative meant for --text.
                    _err.WriteLine($"{r.File}: this looks like plain text, not an observation. To read what a text says about the interview, run: interview-signals assess --text {r.File}");
                }

                return CliApplication.InvalidInput;
            }

            observation = parsed;
        }

        if (reading is not null)
        {
            observation = reading.MergeInto(observation);
        }

        if (asOf is { } at)
        {
            observation = observation.WithAsOf(at);
        }

        Assessment assessment;
        try
        {
            assessment = InterviewEvaluator.Create(set).Assess(observation);
        }
        catch (ObservationException ex)
        {
            return Report(r.File?.ToString() ?? "answers", ex.Errors);
        }

        return Print(assessment, set, language, r.Json, r.Markdown);
    }

    public int Explain(FileInfo file, FileInfo[]? setFile, bool json, bool markdown, string languageTag)
    {
        if (!OneOutput(json, markdown))
        {
            return CliApplication.UsageError;
        }

        var language = _input.Language(languageTag);
        if (language is null)
        {
            return CliApplication.UsageError;
        }

        var text = _input.ReadText(file.ToString(), "an assessment");
        if (text is null)
        {
            return CliApplication.InvalidInput;
        }

        if (!InterviewSignalsJson.TryParseAssessment(AssessmentPart(text), out var assessment, out var errors))
        {
            _err.WriteLine($"{file}: {errors[0].Message}");
            return CliApplication.InvalidInput;
        }

        var set = setFile is null ? BuiltInSignalSets.Find(assessment.SignalSet.Id) : _input.Set(null, setFile);
        if (set is null)
        {
            _err.WriteLine(setFile is null
                ? $"{file}: the assessment was made with '{assessment.SignalSet.Id}', which is not a built-in set; give its file with --set-file."
                : $"{string.Join(", ", (object[])setFile)}: the set cannot be used.");
            return CliApplication.InvalidInput;
        }

        try
        {
            return Print(assessment, set, language, json, markdown);
        }
        catch (SignalSetMismatchException ex)
        {
            _err.WriteLine($"{file}: {ex.Message}");
            return CliApplication.InvalidInput;
        }
    }

    /// <summary>Accepts both a bare assessment and the <c>{"assessment": …, "explanation": …}</c> object that <c>assess --json</c> writes.</summary>
    private static string AssessmentPart(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("assessment", out var inner) && inner.ValueKind == JsonValueKind.Object
                ? inner.GetRawText()
                : text;
        }
        catch (JsonException)
        {
            return text; // the reader reports where the text stops being JSON
        }
    }

    private int Print(Assessment assessment, SignalSet set, string language, bool json, bool markdown)
    {
        var explanation = ExplanationGenerator.Default.Generate(assessment, set, language);
        if (json)
        {
            _out.WriteLine(InterviewSignalsJson.ToJson(new ExplainedAssessment(assessment, explanation)));
        }
        else
        {
            _out.Write(markdown ? ExplanationRenderer.ToMarkdown(explanation) : ExplanationRenderer.ToPlainText(explanation));
        }

        return CliApplication.Ok;
    }

    private bool OneOutput(bool json, bool markdown)
    {
        if (json && markdown)
        {
            _err.WriteLine("--json and --markdown cannot be used together: choose one output.");
        }

        return !(json && markdown);
    }

    private int Report(string source, System.Collections.Generic.IReadOnlyList<InputError> errors)
    {
        foreach (var e in errors)
        {
            // An error read from text starts with its line and column, which belong right after the file's name.
            _err.WriteLine(e.Source is null && e.Line is not null ? $"{source}:{e}" : $"{source}: {e}");
        }

        return CliApplication.InvalidInput;
    }

    internal sealed record AssessRequest(FileInfo? File, string? SetId, FileInfo[]? SetFile, bool Json, bool Markdown, string Language, string? AsOf, bool Interactive, string? Text = null, bool All = false);
}

using System;
using System.IO;
using System.Text;
using System.Text.Json;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Observations;
using InterviewSignals.Reading;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Cli;

/// <summary>
/// <c>read --jsonl</c> and <c>assess --jsonl</c>: JSON Lines in, one JSON object out per input line, in order. Each line
/// is read, weighed and written before the next is read, so memory stays flat for any number of lines; a bad line
/// gives an error object for that line and the rest go on.
/// </summary>
internal sealed class BatchCommands
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly TextWriter _out;
    private readonly TextWriter _err;
    private readonly CliInput _input;

    public BatchCommands(TextWriter output, TextWriter error, CliInput input)
    {
        _out = output;
        _err = error;
        _input = input;
    }

    public int Run(string path, SignalSet set, string language, DateTimeOffset asOf, bool assess, bool explain)
    {
        if (!_input.IsFile(path, "a JSON Lines file"))
        {
            return CliApplication.InvalidInput;
        }

        var reader = InterviewTextReader.Create(set);
        var evaluator = assess ? InterviewEvaluator.Create(set) : null;
        var failed = 0;
        var number = 0;
        using var lines = new StreamReader(path, Encoding.UTF8);
        while (lines.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            string? id = null;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                id = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var idElement) ? idElement.ToString() : null;
                _out.WriteLine(Process(root, id, set, reader, evaluator, language, explain, asOf));
            }
            catch (Exception ex) when (ex is JsonException or ObservationException or TextTooLongException or ArgumentException or LineException)
            {
                failed++;
                _out.WriteLine(Error(id, number, ex));
            }
        }

        return failed == 0 ? CliApplication.Ok : CliApplication.InvalidInput;
    }

    private static string Process(JsonElement root, string? id, SignalSet set, IInterviewTextReader reader, IInterviewEvaluator? evaluator, string defaultLanguage, bool explain, DateTimeOffset asOf)
    {
        if (root.ValueKind != JsonValueKind.Object || id is null)
        {
            throw new LineException("Each line must be a JSON object with an \"id\".");
        }

        var (given, reading, language) = CaseLines.Observe(root, set, reader, defaultLanguage, asOf, observationAllowed: evaluator is not null);
        var sb = new StringBuilder("{\"id\":").Append(JsonSerializer.Serialize(id, Readable));
        if (evaluator is null)
        {
            return sb.Append(",\"reading\":").Append(InterviewSignalsJson.ToJson(reading!, indented: false)).Append('}').ToString();
        }

        var assessment = evaluator.Assess(given);
        sb.Append(",\"assessment\":").Append(InterviewSignalsJson.ToJson(assessment, indented: false));
        if (explain)
        {
            sb.Append(",\"explanation\":").Append(InterviewSignalsJson.ToJson(ExplanationGenerator.Default.Generate(assessment, set, language), indented: false));
        }

        return sb.Append('}').ToString();
    }

    private static string Error(string? id, int line, Exception ex)
    {
        var (code, message) = CaseLines.Describe(ex);
        return "{\"id\":" + (id is null ? "null" : JsonSerializer.Serialize(id, Readable)) + ",\"line\":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + ",\"error\":{\"code\":" + JsonSerializer.Serialize(code, Readable) + ",\"message\":" + JsonSerializer.Serialize(message, Readable) + "}}";
    }

}

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

    public int Run(string path, SignalSet set, string language, bool assess, bool explain)
    {
        if (Directory.Exists(path) || !File.Exists(path))
        {
            _err.WriteLine(Directory.Exists(path) ? $"{path}: is a directory; give the path of a JSON Lines file." : $"{path}: no such file.");
            return CliApplication.InvalidInput;
        }

        var reader = InterviewTextReader.Create(set);
        var today = CliInput.Today;
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
                _out.WriteLine(Process(root, id, set, reader, evaluator, language, explain, today));
            }
            catch (Exception ex) when (ex is JsonException or ObservationException or TextTooLongException or ArgumentException or BatchLineException)
            {
                failed++;
                _out.WriteLine(Error(id, number, ex));
            }
        }

        return failed == 0 ? CliApplication.Ok : CliApplication.InvalidInput;
    }

    private static string Process(JsonElement root, string? id, SignalSet set, IInterviewTextReader reader, IInterviewEvaluator? evaluator, string defaultLanguage, bool explain, DateTimeOffset today)
    {
        if (root.ValueKind != JsonValueKind.Object || id is null)
        {
            throw new BatchLineException("Each line must be a JSON object with an \"id\".");
        }

        var language = root.TryGetProperty("language", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString()! : defaultLanguage;
        var hasText = root.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String;
        var hasObservation = root.TryGetProperty("observation", out var observationElement) && observationElement.ValueKind == JsonValueKind.Object;
        if (!hasText && !(evaluator is not null && hasObservation))
        {
            throw new BatchLineException(evaluator is null ? "A line needs \"text\"." : "A line needs \"text\" or \"observation\".");
        }

        var reading = hasText ? reader.Read(text.GetString()!, new TextReadingOptions { Language = language, Kind = Kind(root), AsOf = AsOf(root) ?? today }) : null;
        var sb = new StringBuilder("{\"id\":").Append(JsonSerializer.Serialize(id, Readable));
        if (evaluator is null)
        {
            return sb.Append(",\"reading\":").Append(InterviewSignalsJson.Serialize(reading!, indented: false)).Append('}').ToString();
        }

        var given = hasObservation ? ObservationJson.Parse(observationElement.GetRawText(), set) : Observation.CreateBuilder().Build();
        var assessment = evaluator.Assess(reading?.MergeInto(given) ?? given);
        sb.Append(",\"assessment\":").Append(InterviewSignalsJson.Serialize(assessment, indented: false));
        if (explain)
        {
            sb.Append(",\"explanation\":").Append(InterviewSignalsJson.Serialize(ExplanationGenerator.Default.Generate(assessment, set, language), indented: false));
        }

        return sb.Append('}').ToString();
    }

    /// <summary>A line's own <c>asOf</c>, which places its "two weeks ago" and "by Friday"; without one, the day the batch runs.</summary>
    private static DateTimeOffset? AsOf(JsonElement root)
    {
        if (!root.TryGetProperty("asOf", out var a) || a.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return a.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(a.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : throw new BatchLineException($"\"asOf\" is {a.GetRawText()}; expected an ISO 8601 date such as \"2026-11-20\".");
    }

    private static TextKind Kind(JsonElement root)
        => !root.TryGetProperty("kind", out var k) || k.ValueKind != JsonValueKind.String ? TextKind.Narrative
         : k.GetString() switch
         {
             "narrative" => TextKind.Narrative,
             "employer-message" => TextKind.EmployerMessage,
             "notes" => TextKind.Notes,
             var other => throw new BatchLineException($"\"kind\" is '{other}'; expected narrative, employer-message or notes."),
         };

    private static string Error(string? id, int line, Exception ex)
    {
        var (code, message) = ex switch
        {
            JsonException => ("malformed-json", "The line is not well-formed JSON."),
            ObservationException o => (o.Errors[0].Code, string.Join(" ", Array.ConvertAll(System.Linq.Enumerable.ToArray(o.Errors), e => e.Message))),
            TextTooLongException t => ("text-too-long", WithoutParameter(t.Message)),
            BatchLineException b => ("invalid-line", b.Message),
            _ => ("invalid-value", WithoutParameter(ex.Message)),
        };
        return "{\"id\":" + (id is null ? "null" : JsonSerializer.Serialize(id, Readable)) + ",\"line\":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + ",\"error\":{\"code\":" + JsonSerializer.Serialize(code, Readable) + ",\"message\":" + JsonSerializer.Serialize(message, Readable) + "}}";
    }

    /// <summary>An argument error's message without the " (Parameter 'x')" that .NET appends.</summary>
    private static string WithoutParameter(string message)
    {
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut < 0 ? message : message.Substring(0, cut);
    }

    private sealed class BatchLineException(string message) : Exception(message);
}

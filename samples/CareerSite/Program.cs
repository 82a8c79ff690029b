// "How did my interview go?": one page whose form is rendered from the library's questionnaire, and a JSON
// endpoint that weighs the answers. Nothing a person answers is stored or logged.
using System.Text.Json;
using InterviewSignals.Hosting;
using InterviewSignals.Questionnaires;
using InterviewSignals.Serialization;
using System.Collections.Concurrent;
using InterviewSignals.Observations;
using InterviewSignals.Reading;
using InterviewSignals.Texts;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddInterviewSignals();
builder.Services.AddProblemDetails();
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
var app = builder.Build();

app.UseDefaultFiles();
app.UseStaticFiles();

const int MaxBodyBytes = 32 * 1024;

// One reader per set, compiled once: readers are immutable and thread-safe.
var readers = new ConcurrentDictionary<string, IInterviewTextReader>(StringComparer.Ordinal);
IInterviewTextReader ReaderFor(InterviewSignals.Taxonomy.SignalSet s) => readers.GetOrAdd(s.ContentHash, _ => InterviewTextReader.Create(s));

// "Tell us in your own words": the text is read, never stored; the answers it suggests pre-fill the form, and the
// person confirms or changes each before anything is weighed.
app.MapPost("/api/read", async (HttpRequest request, string? set, string? language, ISignalSetRegistry registry, ITextProvider texts) =>
{
    var problem = Check(set, language, registry, texts);
    if (problem is not null)
    {
        return problem;
    }

    var body = await ReadBounded(request.Body, MaxBodyBytes);
    if (body is null)
    {
        return Invalid("body", $"The request body is larger than {MaxBodyBytes / 1024} KB.");
    }

    if (TextOf(body) is not { } text)
    {
        return Invalid("text", "The body must be a JSON object with a \"text\" string.");
    }

    var signalSet = registry.GetSet(set);
    var reading = ReaderFor(signalSet).Read(text, new TextReadingOptions { Language = language ?? "en", AsOf = Today() });
    var questionnaire = Questionnaire.For(signalSet, language, texts);
    var asked = questionnaire.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
    var extra = reading.Signals.Where(p => !asked.Contains(p.Id)).Select(p => new Dictionary<string, object>
    {
        ["id"] = p.Id,
        ["title"] = texts.TryGetTemplate($"signals.{signalSet.Id}.{p.Id}.title", questionnaire.Language, out var t) ? t : signalSet.TryGetSignal(p.Id, out var s) ? s.Title : p.Id,
        ["state"] = p.State == InterviewSignals.Taxonomy.SignalState.Present ? "present" : "absent",
        ["words"] = p.Evidence.Select(e => e.Text).ToArray(),
    });
    return Json("{\"answers\":" + JsonSerializer.Serialize(questionnaire.AnswersFrom(reading))
        + ",\"extra\":" + JsonSerializer.Serialize(extra)
        + ",\"reading\":" + InterviewSignalsJson.Serialize(reading, indented: false) + "}");
});

app.MapGet("/api/questionnaire", (string? set, string? language, ISignalSetRegistry registry, ITextProvider texts) =>
{
    var problem = Check(set, language, registry, texts);
    return problem ?? Json(InterviewSignalsJson.Serialize(Questionnaire.For(registry.GetSet(set), language, texts), indented: false));
});

app.MapPost("/api/assess", async (HttpRequest request, string? set, string? language, ISignalSetRegistry registry, IInterviewAssessor assessor, ITextProvider texts) =>
{
    var problem = Check(set, language, registry, texts);
    if (problem is not null)
    {
        return problem;
    }

    var body = await ReadBounded(request.Body, MaxBodyBytes);
    if (body is null)
    {
        return Invalid("body", $"The request body is larger than {MaxBodyBytes / 1024} KB.");
    }

    Dictionary<string, string?> answers;
    string? text = null;
    var keep = new HashSet<string>(StringComparer.Ordinal);
    try
    {
        using var doc = JsonDocument.Parse(body);
        if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("answers", out var a) || a.ValueKind != JsonValueKind.Object)
        {
            return Invalid("answers", "The body must be a JSON object with an \"answers\" object of question id to answer.");
        }

        answers = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var p in a.EnumerateObject())
        {
            answers[p.Name] = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Number => p.Value.GetRawText(),
                JsonValueKind.True => "yes",
                JsonValueKind.False => "no",
                JsonValueKind.Null => null,
                _ => "\u0000",
            };
        }

        if (doc.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
        {
            text = t.GetString();
        }

        if (doc.RootElement.TryGetProperty("keep", out var k) && k.ValueKind == JsonValueKind.Array)
        {
            keep.UnionWith(k.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
        }
    }
    catch (JsonException)
    {
        return Invalid("body", "The request body is not well-formed JSON.");
    }

    var signalSet = registry.GetSet(set);
    var questionnaire = Questionnaire.For(signalSet);
    try
    {
        var observation = questionnaire.ToObservation(answers);
        if (!string.IsNullOrWhiteSpace(text))
        {
            // The form is the person's word: a suggestion they cleared is gone, one they changed is theirs; a
            // suggestion the form does not ask about counts only if they kept it.
            var asked = questionnaire.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
            var reading = ReaderFor(signalSet).Read(text, new TextReadingOptions { Language = language ?? "en", AsOf = Today() });
            bool Counts(string id) => asked.Contains(id) ? answers.TryGetValue(id, out var a) && !string.IsNullOrEmpty(a) : keep.Contains(id);
            observation = (reading with
            {
                Signals = reading.Signals.Where(p => Counts(p.Id)).ToList(),
                Facts = reading.Facts.Where(p => Counts(p.Id)).ToList(),
            }).MergeInto(observation);
        }

        var assessment = assessor.Assess(observation, signalSet.Id);
        var explanation = assessor.Explain(assessment, language);
        var bars = assessment.Contributions.Select(c => new
        {
            c.SignalId,
            Title = texts.TryGetTemplate($"signals.{signalSet.Id}.{c.SignalId}.title", explanation.Language, out var t) ? t : signalSet.TryGetSignal(c.SignalId, out var s) ? s.Title : c.SignalId,
            c.Value,
        }).ToList();
        return Json("{\"assessment\":" + InterviewSignalsJson.Serialize(assessment, indented: false)
            + ",\"explanation\":" + InterviewSignalsJson.Serialize(explanation, indented: false)
            + ",\"bars\":" + JsonSerializer.Serialize(bars.Select(b => new Dictionary<string, object> { ["signalId"] = b.SignalId, ["title"] = b.Title, ["value"] = b.Value })) + "}");
    }
    catch (ObservationException ex)
    {
        return Results.ValidationProblem(
            ex.Errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "Some answers cannot be used.");
    }
});

app.Run();

static IResult? Check(string? set, string? language, ISignalSetRegistry registry, ITextProvider texts)
{
    // A regional variant of a language the texts have is fine (es-MX reads Spanish); anything else is refused, not silently shown in English.
    if (language is not null && !LanguageTag.TryResolve(texts, language, out _))
    {
        return Invalid("language", $"There are no texts in \"{language}\"; the languages available are: {string.Join(", ", texts.Languages)}.");
    }

    if (set is not null && registry.Sets.All(s => s.Id != set))
    {
        return Invalid("set", $"There is no signal set \"{set}\".");
    }

    return null;
}

static IResult Invalid(string field, string message)
    => Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The request cannot be used.");

static IResult Json(string json) => Results.Text(json, "application/json");

static DateTimeOffset Today() => new(DateTime.UtcNow.Date, TimeSpan.Zero);

static string? TextOf(byte[] body)
{
    try
    {
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
    }
    catch (JsonException)
    {
        return null;
    }
}

static async Task<byte[]?> ReadBounded(Stream body, int max)
{
    using var buffer = new MemoryStream();
    var chunk = new byte[8192];
    int read;
    while ((read = await body.ReadAsync(chunk)) > 0)
    {
        buffer.Write(chunk, 0, read);
        if (buffer.Length > max)
        {
            return null;
        }
    }

    return buffer.ToArray();
}

/// <summary>Lets the tests start the app.</summary>
public partial class Program;

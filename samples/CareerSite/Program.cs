// "How did my interview go?": one page whose form is rendered from the library's questionnaire, and a JSON
// endpoint that weighs the answers. Nothing a person answers is stored or logged.
using System.Text.Json;
using InterviewSignals.Hosting;
using InterviewSignals.Questionnaires;
using InterviewSignals.Serialization;
using InterviewSignals.Observations;
using InterviewSignals.Texts;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddInterviewSignals();
builder.Services.AddProblemDetails();
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
var app = builder.Build();

app.UseDefaultFiles();
app.UseStaticFiles();

const int MaxBodyBytes = 32 * 1024;

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
    }
    catch (JsonException)
    {
        return Invalid("body", "The request body is not well-formed JSON.");
    }

    var signalSet = registry.GetSet(set);
    var questionnaire = Questionnaire.For(signalSet);
    try
    {
        var assessment = assessor.Assess(questionnaire.ToObservation(answers), signalSet.Id);
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

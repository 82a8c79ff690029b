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

// One planner per set, for the one-question-at-a-time mode: immutable and thread-safe too.
var planners = new ConcurrentDictionary<string, QuestionPlanner>(StringComparer.Ordinal);
QuestionPlanner PlannerFor(InterviewSignals.Taxonomy.SignalSet s) => planners.GetOrAdd(s.ContentHash, _ => QuestionPlanner.Create(s));

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
    var readIn = ReadLanguageOf(body) ?? language ?? "en";
    var reading = ReaderFor(signalSet).Read(text, new TextDetails { Language = readIn, AsOf = Today() });
    var questionnaire = Questionnaire.Create(signalSet, language, texts);
    var asked = questionnaire.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
    var extra = reading.Signals.Where(p => !asked.Contains(p.Id)).Select(p => new Dictionary<string, object>
    {
        ["id"] = p.Id,
        ["title"] = texts.TryGetTemplate($"signals.{signalSet.Id}.{p.Id}.title", questionnaire.Language, out var t) ? t : signalSet.TryGetSignal(p.Id, out var s) ? s.Title : p.Id,
        ["state"] = p.State == InterviewSignals.Taxonomy.SignalState.Present ? "present" : "absent",
        ["words"] = p.Evidence.Select(e => e.Text).ToArray(),
    });
    // Nothing found: say whether the words read in another language the texts have ("Spanish read as English").
    var suggest = reading.Signals.Count + reading.Facts.Count > 0 || string.IsNullOrWhiteSpace(text) ? null
        : texts.Languages.Where(l => !string.Equals(l, readIn.Split('-')[0], StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault(l => ReaderFor(signalSet).Read(text, new TextDetails { Language = l, AsOf = Today() }) is { } r && r.Signals.Count + r.Facts.Count > 0);
    return Json("{\"answers\":" + JsonSerializer.Serialize(questionnaire.AnswersFrom(reading.ToObservation()))
        + ",\"readLanguage\":" + JsonSerializer.Serialize(readIn)
        + ",\"suggestLanguage\":" + JsonSerializer.Serialize(suggest)
        + ",\"extra\":" + JsonSerializer.Serialize(extra)
        + ",\"reading\":" + InterviewSignalsJson.ToJson(reading, indented: false) + "}");
});

app.MapGet("/api/questionnaire", (string? set, string? language, ISignalSetRegistry registry, ITextProvider texts) =>
{
    var problem = Check(set, language, registry, texts);
    return problem ?? Json(InterviewSignalsJson.ToJson(Questionnaire.Create(registry.GetSet(set), language, texts), indented: false));
});

app.MapPost("/api/assess", async (HttpRequest request, string? set, string? language, ISignalSetRegistry registry, IInterviewAssessor assessor, ITextProvider texts) =>
{
    var (form, problem) = await ReadForm(request, set, language, registry, texts);
    if (form is null)
    {
        return problem!;
    }

    var signalSet = registry.GetSet(set);
    var questionnaire = Questionnaire.Create(signalSet);
    try
    {
        var observation = ObservationOf(signalSet, questionnaire, form, language);

        var assessment = assessor.Assess(observation, signalSet.Id);
        var explanation = assessor.Explain(assessment, language);
        // Each bar says what was answered ("Nobody told you what happens next."), not the sign's title, which reads as
        // the sign being there whatever the answer.
        var bars = assessment.Contributions.Select(c => new
        {
            c.SignalId,
            Title = StateLabel(signalSet, c.SignalId, c.State, explanation.Language, texts),
            c.Value,
        }).ToList();
        return Json("{\"assessment\":" + InterviewSignalsJson.ToJson(assessment, indented: false)
            + ",\"explanation\":" + InterviewSignalsJson.ToJson(explanation, indented: false)
            + ",\"bars\":" + JsonSerializer.Serialize(bars.Select(b => new Dictionary<string, object> { ["signalId"] = b.SignalId, ["title"] = b.Title, ["value"] = b.Value })) + "}");
    }
    catch (ObservationException ex)
    {
        return Unusable(ex);
    }
});

// One question at a time: what the planner would ask next, how far the outlook can still move, and how settled it is.
app.MapPost("/api/plan", async (HttpRequest request, string? set, string? language, ISignalSetRegistry registry, ITextProvider texts) =>
{
    var (form, problem) = await ReadForm(request, set, language, registry, texts);
    if (form is null)
    {
        return problem!;
    }

    var signalSet = registry.GetSet(set);
    var questionnaire = Questionnaire.Create(signalSet);
    try
    {
        // "Not sure" and skipped questions are not asked again.
        var declined = form.Declined.Concat(form.Answers.Where(a => a.Value == "unsure").Select(a => a.Key))
            .Where(id => questionnaire.TryGetQuestion(id, out _)).Distinct(StringComparer.Ordinal).ToList();
        var plan = PlannerFor(signalSet).Plan(ObservationOf(signalSet, questionnaire, form, language), declined);
        return Results.Json(new
        {
            status = plan.Status switch { PlanStatus.Settled => "settled", PlanStatus.LikelySettled => "likelySettled", _ => "open" },
            next = plan.Next?.Id,
            reason = plan.Next is null ? null : plan.Next.Reason == PlanReason.CanChangeBand ? "canChangeBand" : "sharpensOutlook",
            outlook = plan.Outlook,
            band = JsonNamingPolicy.CamelCase.ConvertName(plan.Band.ToString()),
            low = plan.Range.LowestOutlook,
            high = plan.Range.HighestOutlook,
            chance = plan.BandChangeProbability,
            likelyLow = plan.LikelyLowestOutlook,
            likelyHigh = plan.LikelyHighestOutlook,
            questionsLeft = plan.QuestionsLeft,
            questionsLikelyLeft = plan.QuestionsLikelyLeft,
        });
    }
    catch (ObservationException ex)
    {
        return Unusable(ex);
    }
});

app.Run();

// The checks every posted form goes through: the set and language, the size, the shape; a problem or the form.
async Task<(Form? Form, IResult? Problem)> ReadForm(HttpRequest request, string? set, string? language, ISignalSetRegistry registry, ITextProvider texts)
{
    if (Check(set, language, registry, texts) is { } problem)
    {
        return (null, problem);
    }

    var body = await ReadBounded(request.Body, MaxBodyBytes);
    if (body is null)
    {
        return (null, Invalid("body", $"The request body is larger than {MaxBodyBytes / 1024} KB."));
    }

    return Form.Parse(body, out var malformed) is { } form
        ? (form with { ReadLanguage = ReadLanguageOf(body) }, null)
        : (null, malformed ? Invalid("body", "The request body is not well-formed JSON.") : Invalid("answers", Form.Expected));
}

// The answers as an observation; with a text, what the person kept of its reading is added under their answers.
Observation ObservationOf(InterviewSignals.Taxonomy.SignalSet signalSet, Questionnaire questionnaire, Form form, string? language)
{
    var observation = questionnaire.ToObservation(form.Answers);
    if (string.IsNullOrWhiteSpace(form.Text))
    {
        return observation;
    }

    // The form is the person's word: a suggestion they cleared is gone, one they changed is theirs; a suggestion the
    // form does not ask about counts only if they kept it.
    var asked = questionnaire.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
    // Read in the language it was read in when the person saw the suggestions, whatever the page shows now.
    var reading = ReaderFor(signalSet).Read(form.Text, new TextDetails { Language = form.ReadLanguage ?? language ?? "en", AsOf = Today() });
    bool Counts(string id) => asked.Contains(id) ? form.Answers.TryGetValue(id, out var a) && !string.IsNullOrEmpty(a) : form.Keep.Contains(id);
    return reading.Keep(Counts).MergeInto(observation);
}

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

// The first sentence of what the set says for the state answered, in the page's language; the title when it says nothing.
static string StateLabel(InterviewSignals.Taxonomy.SignalSet set, string id, InterviewSignals.Taxonomy.SignalState state, string language, ITextProvider texts)
{
    set.TryGetSignal(id, out var signal);
    var which = state == InterviewSignals.Taxonomy.SignalState.Present ? "present" : "absent";
    var text = texts.TryGetTemplate($"signals.{set.Id}.{id}.{which}", language, out var t) ? t
        : (state == InterviewSignals.Taxonomy.SignalState.Present ? signal?.PresentText : signal?.AbsentText)
        ?? (texts.TryGetTemplate($"signals.{set.Id}.{id}.title", language, out var title) ? title : signal?.Title ?? id);
    var end = text.IndexOf(". ", StringComparison.Ordinal);
    return end < 0 ? text : text[..(end + 1)];
}

static IResult Invalid(string field, string message)
    => Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The request cannot be used.");

static IResult Unusable(ObservationException ex)
    => Results.ValidationProblem(
        ex.Errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
        title: "Some answers cannot be used.");

static IResult Json(string json) => Results.Text(json, "application/json");

static DateTimeOffset Today() => new(DateTime.UtcNow.Date, TimeSpan.Zero);

// The language a text was read in, as the page sends it back ("readLanguage"), when it is one the texts have.
static string? ReadLanguageOf(byte[] body)
{
    try
    {
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("readLanguage", out var l) && l.ValueKind == JsonValueKind.String
            && LanguageTag.TryResolve(TextCatalog.Default, l.GetString()!, out _) ? l.GetString() : null;
    }
    catch (JsonException)
    {
        return null;
    }
}

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

/// <summary>What the page posts: the answers by question id, and optionally the text, the suggestions kept and the questions declined.</summary>
internal sealed record Form(Dictionary<string, string?> Answers, string? Text, HashSet<string> Keep, List<string> Declined, string? ReadLanguage = null)
{
    public const string Expected = "The body must be a JSON object with an \"answers\" object of question id to answer.";

    public static Form? Parse(byte[] body, out bool malformed)
    {
        malformed = false;
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("answers", out var a) || a.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var answers = new Dictionary<string, string?>(StringComparer.Ordinal);
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

            var text = doc.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            return new Form(answers, text, new HashSet<string>(Strings(doc.RootElement, "keep"), StringComparer.Ordinal), Strings(doc.RootElement, "declined").ToList());
        }
        catch (JsonException)
        {
            malformed = true;
            return null;
        }
    }

    private static IEnumerable<string> Strings(JsonElement root, string name)
        => root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : Enumerable.Empty<string>();
}

/// <summary>Lets the tests start the app.</summary>
public partial class Program;

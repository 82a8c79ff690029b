using System.Globalization;
using System.Text.Json;

namespace InterviewSignals.Tests.TestSupport.RealText;

/// <summary>One real text with hand labels: a review read from where it lies, or a Spanish account of our own.</summary>
/// <param name="Id">Where it comes from: <c>glassdoor-dev:290</c>, <c>glassdoor-more:11</c>, <c>es-real-001</c>.</param>
/// <param name="Labeller">Whose labels: <c>given</c> (real-gold), <c>added</c> (ours, same rules) or <c>written</c> (our own Spanish accounts).</param>
/// <param name="Language">The language tag.</param>
/// <param name="Text">The text.</param>
/// <param name="HeldOut">Whether it is in the held-out split (row, or account number, divisible by 3), never tuned on.</param>
/// <param name="Signals">The labelled signal states, by id.</param>
/// <param name="Facts">The labelled fact values, by id, as text (numbers invariant, booleans lower case).</param>
public sealed record LabelledText(string Id, string Labeller, string Language, string Text, bool HeldOut, IReadOnlyDictionary<string, string> Signals, IReadOnlyDictionary<string, string> Facts);

/// <summary>
/// The real-text development set: the given labels of real-gold (350 reviews), the labels we added by the same rules
/// (460 more reviews, in <c>Reading/RealText</c>) and our own Spanish accounts (90 split like the reviews, 120 more for
/// development only). The split is fixed by row: a row divisible by 3 is held out.
/// </summary>
public static class RealTexts
{
    /// <summary>The signals no label names: a rule over facts sets them, so their facts are labelled instead.</summary>
    public static readonly IReadOnlySet<string> Derived = new HashSet<string>(StringComparer.Ordinal) { "interview-over-30-minutes", "no-word-since-interview", "prompt-warm-reply", "short-dry-reply" };

    /// <summary>The facts the labels name.</summary>
    public static readonly IReadOnlySet<string> LabelledFacts = new HashSet<string>(StringComparer.Ordinal) { "interview-length-minutes", "interviewer-count", "heard-back", "employer-timeline-days" };

    private static readonly Lazy<IReadOnlyList<LabelledText>> All = new(LoadAll);

    public static IReadOnlyList<LabelledText> Load() => All.Value;

    public static string LabelDirectory => Path.Combine(SharedFiles.RepositoryRoot(), "tests", "InterviewSignals.Core.Tests", "Reading", "RealText");

    private static IReadOnlyList<LabelledText> LoadAll()
    {
        var data = SharedFiles.Directory("data");
        var result = new List<LabelledText>();
        foreach (var (name, csv, column) in new[] { ("glassdoor-dev", "glassdoor-dev/reviews.csv", "interview"), ("glassdoor-more", "glassdoor-more/zillow-ga.csv", "text") })
        {
            var rows = Csv.Read(Path.Combine(data, csv)).Select(r => r[column]).ToList();
            foreach (var (file, labeller) in new[] { (Path.Combine(data, "real-gold", name + ".jsonl"), "given"), (Path.Combine(LabelDirectory, name + ".labels.jsonl"), "added") })
            {
                foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
                {
                    using var doc = JsonDocument.Parse(line);
                    var row = doc.RootElement.GetProperty("row").GetInt32();
                    result.Add(new LabelledText($"{name}:{row}", labeller, "en", rows[row], row % 3 == 0, States(doc.RootElement), Values(doc.RootElement)));
                }
            }
        }

        // The first 90 Spanish accounts are split like the reviews; the 120 written later are all for development.
        foreach (var (file, split) in new[] { ("es-narratives.jsonl", true), ("es-narratives-dev.jsonl", false) })
        {
            foreach (var line in File.ReadLines(Path.Combine(LabelDirectory, file)).Where(l => l.Trim().Length > 0))
            {
                using var doc = JsonDocument.Parse(line);
                var id = doc.RootElement.GetProperty("id").GetString()!;
                var number = int.Parse(id[(id.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture);
                result.Add(new LabelledText(id, "written", "es", doc.RootElement.GetProperty("text").GetString()!, split && number % 3 == 0, States(doc.RootElement), Values(doc.RootElement)));
            }
        }

        return result;
    }

    private static Dictionary<string, string> States(JsonElement root)
        => root.GetProperty("signals").EnumerateObject().Where(p => !Derived.Contains(p.Name)).ToDictionary(p => p.Name, p => p.Value.GetProperty("state").GetString()!, StringComparer.Ordinal);

    private static Dictionary<string, string> Values(JsonElement root)
        => root.GetProperty("facts").EnumerateObject().Where(p => LabelledFacts.Contains(p.Name)).ToDictionary(p => p.Name, p => Text(p.Value.GetProperty("value")), StringComparer.Ordinal);

    internal static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        _ => value.GetString()!,
    };
}

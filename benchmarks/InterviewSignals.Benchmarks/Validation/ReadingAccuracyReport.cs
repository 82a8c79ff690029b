using System.Globalization;
using System.Text;
using InterviewSignals.BuiltIn;
using InterviewSignals.Reading;
using InterviewSignals.Tests.TestSupport.RealText;

namespace InterviewSignals.Benchmarks.Validation;

/// <summary>
/// The numbers of docs/reading-accuracy.md, printed as Markdown: the reader against the real-text development set
/// (the texts are read where they lie; only ids, counts and labels are printed), by language and split, with a table
/// per signal and fact for the held-out split.
/// </summary>
internal static class ReadingAccuracyReport
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    public static string Run()
    {
        var reader = InterviewTextReader.Create(BuiltInSignalSets.InterviewOutlook);
        var texts = RealTexts.Load();
        var sb = new StringBuilder();
        sb.Append("| language | split | texts | signals P | signals R | facts P | facts R |\n|---|---|---|---|---|---|---|\n");
        var heldOut = new Dictionary<string, (ReadingScore Signals, ReadingScore Facts)>();
        foreach (var language in new[] { "en", "es" })
        {
            foreach (var (split, held) in new[] { ("development", false), ("held out", true) })
            {
                var part = texts.Where(t => t.Language == language && t.HeldOut == held).ToList();
                var (signals, facts) = ReadingScore.Of(part, reader, AsOf);
                if (held)
                {
                    heldOut[language] = (signals, facts);
                }

                sb.Append(CultureInfo.InvariantCulture, $"| {language} | {split} | {part.Count} | {signals.Precision:0.000} | {signals.Recall:0.000} | {facts.Precision:0.000} | {facts.Recall:0.000} |\n");
            }
        }

        foreach (var (language, (signals, facts)) in heldOut)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n### Held out, {language}: signals {signals.Line()}\n\n").Append(signals.Table());
            sb.Append(CultureInfo.InvariantCulture, $"\n### Held out, {language}: facts {facts.Line()}\n\n").Append(facts.Table());
        }

        // The held-out split by whose labels it carries: the given labels, ours by the same rules, our own accounts.
        sb.Append("\n| held out, by labeller | texts | signals P | signals R | facts P | facts R |\n|---|---|---|---|---|---|\n");
        foreach (var group in texts.Where(t => t.HeldOut).GroupBy(t => (t.Language, t.Labeller)).OrderBy(g => g.Key.Language, StringComparer.Ordinal).ThenBy(g => g.Key.Labeller, StringComparer.Ordinal))
        {
            var (signals, facts) = ReadingScore.Of(group.ToList(), reader, AsOf);
            sb.Append(CultureInfo.InvariantCulture, $"| {group.Key.Language}, {group.Key.Labeller} | {group.Count()} | {signals.Precision:0.000} | {signals.Recall:0.000} | {facts.Precision:0.000} | {facts.Recall:0.000} |\n");
        }

        var by = texts.GroupBy(t => t.Labeller).Select(g => $"{g.Key} {g.Count()}");
        sb.Append("\nTexts by labeller: ").Append(string.Join(", ", by)).Append(".\n");
        return sb.ToString();
    }
}

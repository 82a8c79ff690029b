using System.Globalization;
using System.Text;
using InterviewSignals.Reading;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Tests.TestSupport.RealText;

/// <summary>
/// How well a reader's proposals agree with hand labels: true positives, false positives and misses, overall and per
/// signal or fact, with every disagreement written out. A proposal agrees when its state (or value) is the label's;
/// a number agrees within half a unit, since a labeller rounds a range's midpoint ("30-45 minutes" is 37.5, written 38).
/// </summary>
public sealed class ReadingScore
{
    public int Tp { get; private set; }

    public int Fp { get; private set; }

    public int Fn { get; private set; }

    public double Precision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);

    public double Recall => Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);

    public SortedDictionary<string, (int Tp, int Fp, int Fn)> ById { get; } = new(StringComparer.Ordinal);

    public List<string> Mistakes { get; } = new();

    /// <summary>Reads every text and scores its signals and its labelled facts.</summary>
    public static (ReadingScore Signals, ReadingScore Facts) Of(IEnumerable<LabelledText> texts, IInterviewTextReader reader, DateTimeOffset asOf)
    {
        var (signals, facts) = (new ReadingScore(), new ReadingScore());
        foreach (var t in texts)
        {
            var reading = reader.Read(t.Text, new TextDetails { Language = t.Language, AsOf = asOf });
            signals.Compare(t.Id, t.Signals, reading.Signals.Where(s => !RealTexts.Derived.Contains(s.Id)).ToDictionary(s => s.Id, s => s.State == SignalState.Present ? "present" : "absent"), Same);
            facts.Compare(t.Id, t.Facts, reading.Facts.Where(f => RealTexts.LabelledFacts.Contains(f.Id)).ToDictionary(f => f.Id, f => f.Value.Kind == FactKind.Boolean ? (f.Value.Boolean ? "true" : "false") : f.Value.ToString()), SameValue);
        }

        return (signals, facts);
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.Ordinal);

    private static bool SameValue(string a, string b)
        => Same(a, b) || (double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) && Math.Abs(x - y) <= 0.5);

    private void Compare(string text, IReadOnlyDictionary<string, string> expected, Dictionary<string, string> proposed, Func<string, string, bool> same)
    {
        foreach (var (id, value) in proposed)
        {
            if (expected.TryGetValue(id, out var e) && same(e, value))
            {
                Count(id, tp: 1);
            }
            else
            {
                Count(id, fp: 1);
                Mistakes.Add($"{text}: proposed {id}={value}, labelled {(expected.TryGetValue(id, out var x) ? x : "nothing")}");
            }
        }

        foreach (var (id, value) in expected.Where(p => !proposed.TryGetValue(p.Key, out var v) || !same(p.Value, v)))
        {
            Count(id, fn: 1);
            Mistakes.Add($"{text}: missed {id}={value}");
        }
    }

    private void Count(string id, int tp = 0, int fp = 0, int fn = 0)
    {
        (Tp, Fp, Fn) = (Tp + tp, Fp + fp, Fn + fn);
        var (a, b, c) = ById.TryGetValue(id, out var v) ? v : (0, 0, 0);
        ById[id] = (a + tp, b + fp, c + fn);
    }

    /// <summary>One line of numbers: precision, recall and the counts behind them.</summary>
    public string Line() => string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000} (tp {Tp}, fp {Fp}, fn {Fn})");

    /// <summary>A Markdown table of the ids, most labelled first.</summary>
    public string Table()
    {
        var sb = new StringBuilder("| id | tp | fp | fn | precision | recall |\n|---|---|---|---|---|---|\n");
        foreach (var (id, (tp, fp, fn)) in ById.OrderByDescending(p => p.Value.Tp + p.Value.Fn).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {id} | {tp} | {fp} | {fn} | {(tp + fp == 0 ? "–" : ((double)tp / (tp + fp)).ToString("0.00", CultureInfo.InvariantCulture))} | {(tp + fn == 0 ? "–" : ((double)tp / (tp + fn)).ToString("0.00", CultureInfo.InvariantCulture))} |\n");
        }

        return sb.ToString();
    }
}

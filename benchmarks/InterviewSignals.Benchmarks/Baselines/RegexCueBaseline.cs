using System.Text;
using System.Text.RegularExpressions;
using InterviewSignals.Reading;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Benchmarks.Baselines;

/// <summary>
/// The obvious alternative a user would write: one compiled <see cref="Regex"/> per cue, each run over the whole
/// text. Same cues, expanded and translated element by element: a word with every form the language gives it, a stem,
/// a word class as the alternation of its members, alternatives, an optional word, a bounded gap, a number, guards as
/// look-arounds, a co-occurrence as the alternation of its parts' orders, and for a fact's slot a regular expression
/// for the quantities the reader's grammar knows. It finds matches only: no clause scope, no negation, no accent
/// folding, no values, so it does less than the reader.
/// </summary>
public sealed class RegexCueBaseline
{
    private readonly (string SignalId, Regex Pattern)[] _cues;

    private const string Number = @"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few|several)";
    private const string Hedge = @"(?:(?:almost|nearly|about|around|roughly|approximately|over|under|just|barely|only|at\s+least|more\s+than|less\s+than|close\s+to|a\s+little\s+over|well\s+over)\s+)?";
    private const string Unit = @"(?:minutes?|mins?|hours?|hrs?|h|(?:business\s+|working\s+)?days?|weeks?|months?)";
    private const string Duration = Hedge + @"(?:half\s+an?\s+hour|\d+(?:\.\d+)?(?:mins?|hrs?|h)|" + Number + @"(?:\s+and\s+a\s+half)?[\s-]*" + Unit + @"(?:\s+and\s+a\s+half)?)";
    private const string When = @"(?:yesterday|today|tomorrow|(?:last|next)\s+week|(?:the\s+)?end\s+of\s+(?:the|this)\s+week|(?:later\s+)?this\s+week|(?:(?:last|next|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|" + Duration + @"(?:\s+ago)?)";

    public RegexCueBaseline(SignalSet set, string language)
    {
        var rules = language == "es" ? ReadingLanguage.Spanish : ReadingLanguage.English;
        var classes = set.WordClasses.Where(c => c.Language == language).ToDictionary(c => c.Name, c => c.Words);
        var signalCues = set.Signals.SelectMany(s => s.Cues.TryGetValue(language, out var c) ? c.Present.Concat(c.Absent).Select(p => (s.Id, p)) : []);
        var factCues = set.Facts.SelectMany(f => f.Cues.TryGetValue(language, out var c) ? c.Values.Values.SelectMany(v => v).Concat(c.Patterns).Select(p => (f.Id, p)) : []);
        _cues = signalCues.Concat(factCues)
            .Select(c => (c.Item1, new Regex(Translate(c.Item2, w => rules.FormsOf(w), classes), RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))
            .ToArray();
    }

    public int CueCount => _cues.Length;

    /// <summary>Finds every match of every cue, as the reader does (it reports each one as evidence), and counts the signals with at least one.</summary>
    public int Read(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, pattern) in _cues)
        {
            for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
            {
                found.Add(id);
            }
        }

        return found.Count;
    }

    internal static string Translate(string cue, Func<string, IReadOnlyList<string>> forms, IReadOnlyDictionary<string, IReadOnlyList<string>> classes)
    {
        var elements = cue.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joins = elements.Select((e, i) => (e, i)).Where(x => x.e.StartsWith('&')).ToList();
        if (joins.Count > 0)
        {
            // A co-occurrence: every order of its parts, with at most N words between neighbours.
            var window = joins.Select(j => j.e.Length > 1 ? j.e[1] - '0' : 5).First();
            var cuts = joins.Select(j => j.i).Append(elements.Length).ToList();
            var parts = new List<string>();
            for (int from = 0, k = 0; k < cuts.Count; from = cuts[k] + 1, k++)
            {
                parts.Add(Sequence(elements[from..cuts[k]], forms, classes));
            }

            var gap = @"(?:\W+\w+){0," + window + @"}\W+";
            return @"\b(?:" + string.Join("|", Orders(parts).Select(o => string.Join(gap, o))) + ")";
        }

        return @"\b" + Sequence(elements, forms, classes);
    }

    private static IEnumerable<List<string>> Orders(List<string> parts)
        => parts.Count <= 1 ? [parts] : parts.SelectMany((p, i) => Orders(parts.Where((_, j) => j != i).ToList()).Select(rest => rest.Prepend(p).ToList()));

    private static string Sequence(string[] elements, Func<string, IReadOnlyList<string>> forms, IReadOnlyDictionary<string, IReadOnlyList<string>> classes)
    {
        var sb = new StringBuilder();
        string? notAfter = null;
        if (elements.Length > 0 && elements[0].StartsWith('!'))
        {
            sb.Append(@"(?<!\b(?:" + Alternatives(elements[0][1..], forms, classes) + @")\W+)");
            elements = elements[1..];
        }

        if (elements.Length > 0 && elements[^1].StartsWith('!'))
        {
            notAfter = @"(?!\W+(?:" + Alternatives(elements[^1][1..], forms, classes) + "))";
            elements = elements[..^1];
        }

        var first = true;
        foreach (var element in elements)
        {
            if (element.StartsWith("..", StringComparison.Ordinal))
            {
                var n = element.Length > 2 ? element[2] - '0' : 3;
                sb.Append(@"(?:\W+\w+){0,").Append(n).Append('}');
                continue;
            }

            if (element is "{duration}" or "{when}" or "{count}")
            {
                sb.Append(first ? string.Empty : @"\W+").Append("(?:").Append(element switch { "{duration}" => Duration, "{when}" => When, _ => Number }).Append(')');
                first = false;
                continue;
            }

            var optional = element.StartsWith('[');
            var body = optional ? element[1..^1] : element;
            var part = (first ? string.Empty : @"\W+") + "(?:" + Alternatives(body, forms, classes) + ")";
            sb.Append(optional ? "(?:" + part + ")?" : part);
            first = false;
        }

        return sb.Append(notAfter).ToString();
    }

    private static string Alternatives(string body, Func<string, IReadOnlyList<string>> forms, IReadOnlyDictionary<string, IReadOnlyList<string>> classes)
        => string.Join("|", body.Split('|').SelectMany(a => a.StartsWith('@') && classes.TryGetValue(a[1..], out var members) ? members : [a]).Select(a =>
            a == "#" ? @"\d+"
            : a.EndsWith('*') ? Regex.Escape(a[..^1]) + @"\w*"
            : a.StartsWith('=') ? Regex.Escape(a[1..]) + @"\b"
            : "(?:" + string.Join("|", forms(a).Select(Regex.Escape)) + @")\b"));
}

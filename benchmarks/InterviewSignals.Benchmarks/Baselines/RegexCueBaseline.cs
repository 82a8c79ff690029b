using System.Text;
using System.Text.RegularExpressions;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Benchmarks.Baselines;

/// <summary>
/// The obvious alternative a user would write: one compiled <see cref="Regex"/> per cue, each run over the whole
/// text. Same cues, translated element by element (a word, a stem, alternatives, an optional word, a bounded gap, a
/// number). It finds matches only: no clause scope, no negation, no accent folding, so it does less than the reader.
/// </summary>
public sealed class RegexCueBaseline
{
    private readonly (string SignalId, Regex Pattern)[] _cues;

    public RegexCueBaseline(SignalSet set, string language)
        => _cues = set.Signals
            .SelectMany(s => s.Cues.TryGetValue(language, out var c) ? c.Present.Concat(c.Absent).Select(p => (s.Id, new Regex(Translate(p), RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))) : [])
            .ToArray();

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

    internal static string Translate(string cue)
    {
        var sb = new StringBuilder(@"\b");
        var first = true;
        foreach (var element in cue.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (element.StartsWith("..", StringComparison.Ordinal))
            {
                var n = element.Length > 2 ? element[2] - '0' : 3;
                sb.Append(@"(?:\W+\w+){0,").Append(n).Append('}');
                continue;
            }

            var optional = element.StartsWith('[');
            var body = optional ? element[1..^1] : element;
            var alternatives = string.Join("|", body.Split('|').Select(a => a == "#" ? @"\d+" : a.EndsWith('*') ? Regex.Escape(a[..^1]) + @"\w*" : Regex.Escape(a) + @"\b"));
            var part = (first ? string.Empty : @"\W+") + "(?:" + alternatives + ")";
            sb.Append(optional ? "(?:" + part + ")?" : part);
            first = false;
        }

        return sb.ToString();
    }
}

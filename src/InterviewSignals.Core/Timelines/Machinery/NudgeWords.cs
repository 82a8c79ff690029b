using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InterviewSignals.Explanations;
using InterviewSignals.Texts;

namespace InterviewSignals.Timelines;

/// <summary>Puts nudges into words from the catalogue: the prompt, and one line per basis naming its events.</summary>
internal sealed class NudgeWords
{
    private const string BasisPrefix = "timeline.basis.";
    private readonly TextResolver _t;

    public NudgeWords(ITextProvider texts, string? language) => _t = new TextResolver(texts, language);

    public string Language => _t.Language;

    public static int WholeDays(DateTimeOffset since, DateTimeOffset asOf) => Math.Max(0, (int)Math.Floor((asOf - since).TotalDays));

    public Nudge Nudge(NudgeReason reason, string code, DateTimeOffset since, int days, DateTimeOffset date, IReadOnlyList<AnswerProvenance> provenance, TimelineSnapshot snapshot)
    {
        var ids = new HashSet<string>(provenance.SelectMany(p => p.EventIds), StringComparer.Ordinal);
        return new Nudge
        {
            Reason = reason,
            Text = Item(code, _t.Get(code), new Dictionary<string, string>(StringComparer.Ordinal) { ["days"] = Days(days), ["date"] = Day(date) }),
            WaitingSince = since,
            DaysWaited = days,
            Because = provenance.Select(Because).Distinct().ToList(),
            EventIds = snapshot.Events.Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToList(),
        };
    }

    private ExplanationItem Because(AnswerProvenance p)
    {
        var code = BasisPrefix + p.Basis;
        var template = _t.Find(code);
        if (template is null)
        {
            code = BasisPrefix + "other";
            template = _t.Get(code);
        }

        var args = new Dictionary<string, string>(StringComparer.Ordinal) { ["events"] = string.Join(", ", p.EventIds) };
        if (p.At is { } at)
        {
            args["date"] = Day(at);
        }

        if (p.Words is { } words)
        {
            args["words"] = words;
        }

        return Item(code, template, args);
    }

    private string Days(int days) => TextTemplate.Format(_t.Get(days == 1 ? "nudge.days.one" : "nudge.days.other"), new Dictionary<string, string>(StringComparer.Ordinal) { ["n"] = days.ToString(CultureInfo.InvariantCulture) });

    // Dates are written without culture data, in the instant's own offset, so the words are the same on every host.
    private static string Day(DateTimeOffset d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ExplanationItem Item(string code, string template, Dictionary<string, string> args) => new(code, TextTemplate.Format(template, args), args);
}

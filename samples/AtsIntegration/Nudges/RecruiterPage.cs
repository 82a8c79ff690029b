using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace AtsIntegration.Nudges;

/// <summary>
/// <c>GET /</c>: the applications whose candidates are waiting on a word, one card each, with the prompt, the days
/// waited and why, in English or Spanish. Server-rendered and escaped; no script.
/// </summary>
public static partial class RecruiterPage
{
    private static readonly Dictionary<string, Dictionary<string, string>> Words = new(StringComparer.Ordinal)
    {
        ["en"] = new(StringComparer.Ordinal)
        {
            ["title"] = "Candidates waiting to hear from you",
            ["summary"] = "As of {date}. Applications that need a word from you now: {count}.",
            ["summary.none"] = "As of {date}, nobody is waiting on a word from you.",
            ["review"] = "Each card is a prompt to get in touch, not a judgement of the candidate. Read it before you act.",
            ["application"] = "Application {id}",
            ["waited.one"] = "Waiting 1 day",
            ["waited.other"] = "Waiting {days} days",
            ["why"] = "Why",
            ["events"] = "Events",
            ["language"] = "Español",
            ["empty"] = "Nothing to do. New events arrive through the webhooks.",
        },
        ["es"] = new(StringComparer.Ordinal)
        {
            ["title"] = "Personas candidatas que esperan noticias",
            ["summary"] = "A fecha de {date}. Candidaturas que necesitan noticias tuyas ahora: {count}.",
            ["summary.none"] = "A fecha de {date}, nadie espera noticias tuyas.",
            ["review"] = "Cada tarjeta es una invitación a ponerte en contacto, no un juicio sobre la persona candidata. Léela antes de actuar.",
            ["application"] = "Candidatura {id}",
            ["waited.one"] = "1 día de espera",
            ["waited.other"] = "{days} días de espera",
            ["why"] = "Por qué",
            ["events"] = "Eventos",
            ["language"] = "English",
            ["empty"] = "Nada pendiente. Los eventos nuevos llegan por los webhooks.",
        },
    };

    private static readonly Dictionary<string, string> SourceNames = new(StringComparer.Ordinal) { ["greenhouse"] = "Greenhouse", ["lever"] = "Lever", ["ashby"] = "Ashby" };

    public static string Render(IReadOnlyList<NudgeItem> items, DateTimeOffset asOf, string language)
    {
        var w = Words.TryGetValue(language, out var found) ? found : Words["en"];
        var lang = ReferenceEquals(w, Words["es"]) ? "es" : "en";
        var h = HtmlEncoder.Default;
        string T(string key, params (string Name, string Value)[] args)
            => args.Aggregate(w[key], (text, a) => text.Replace("{" + a.Name + "}", a.Value, StringComparison.Ordinal));
        var date = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var sb = new StringBuilder();
        sb.Append($"<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append($"<title>{h.Encode(T("title"))}</title><style>{Style}</style></head><body>");
        sb.Append($"<header><div class=\"bar\"><h1>{h.Encode(T("title"))}</h1><a class=\"lang\" href=\"/?language={(lang == "es" ? "en" : "es")}\">{h.Encode(T("language"))}</a></div>");
        sb.Append($"<p id=\"summary\">{h.Encode(items.Count == 0 ? T("summary.none", ("date", date)) : T("summary", ("date", date), ("count", items.Count.ToString(CultureInfo.InvariantCulture))))}</p>");
        sb.Append($"<p class=\"review\">{h.Encode(T("review"))}</p></header><main>");
        if (items.Count == 0)
        {
            sb.Append($"<p class=\"empty\">{h.Encode(T("empty"))}</p>");
        }

        sb.Append("<ul class=\"nudges\">");
        foreach (var item in items)
        {
            sb.Append($"<li class=\"nudge\" data-source=\"{h.Encode(item.Source)}\" data-application=\"{h.Encode(item.ApplicationId)}\">");
            sb.Append($"<div class=\"meta\"><span class=\"source {h.Encode(item.Source)}\">{h.Encode(SourceNames.GetValueOrDefault(item.Source, item.Source))}</span>");
            sb.Append($"<span class=\"application\">{h.Encode(T("application", ("id", item.ApplicationId)))}</span>");
            sb.Append($"<span class=\"days\">{h.Encode(T(item.DaysWaited == 1 ? "waited.one" : "waited.other", ("days", item.DaysWaited.ToString(CultureInfo.InvariantCulture))))}</span></div>");
            foreach (var line in item.Nudges)
            {
                sb.Append($"<section class=\"reason\" data-reason=\"{h.Encode(line.Reason)}\"><p class=\"text\">{KeepDates(h.Encode(line.Text))}</p>");
                sb.Append($"<details><summary>{h.Encode(T("why"))}</summary><ul>");
                foreach (var because in line.Because)
                {
                    sb.Append($"<li>{KeepDates(h.Encode(because))}</li>");
                }

                sb.Append($"</ul><p class=\"events\">{h.Encode(T("events"))}:</p><ul class=\"event-ids\">");
                foreach (var id in line.Events)
                {
                    sb.Append($"<li><code>{h.Encode(id)}</code></li>");
                }

                sb.Append("</ul></details></section>");
            }

            sb.Append("</li>");
        }

        sb.Append("</ul></main></body></html>");
        return sb.ToString();
    }

    /// <summary>Keeps a date such as 2026-11-03 on one line on a narrow screen.</summary>
    private static string KeepDates(string encoded) => IsoDate().Replace(encoded, "<span class=\"date\">$0</span>");

    [GeneratedRegex(@"\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex IsoDate();

    private const string Style = """
        :root { color-scheme: light; --ink: #1d2433; --muted: #5b6475; --line: #dde2ea; --card: #fff; --bg: #f4f6f9; --accent: #2f5d9e; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--bg); }
        header, main { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
        header { padding-top: 1.5rem; }
        .bar { display: flex; align-items: baseline; justify-content: space-between; gap: 1rem; flex-wrap: wrap; }
        h1 { font-size: 1.5rem; margin: 0; }
        .lang { color: var(--accent); }
        #summary { font-weight: 600; margin: .5rem 0 0; }
        .review { color: var(--muted); margin: .25rem 0 1rem; }
        .nudges { list-style: none; padding: 0; margin: 0 0 2rem; display: grid; gap: .75rem; }
        .nudge { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; }
        .meta { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; font-size: .9rem; color: var(--muted); }
        .source { font-weight: 700; color: var(--ink); padding: .05rem .5rem; border-radius: 1rem; background: #e8edf5; }
        .source.greenhouse { background: #e3f3ea; } .source.lever { background: #eeeaf8; } .source.ashby { background: #fbefe2; }
        .days { margin-left: auto; font-weight: 600; color: #8a4b08; font-variant-numeric: tabular-nums; }
        .reason { border-top: 1px solid var(--line); margin-top: .6rem; padding-top: .6rem; }
        .reason:first-of-type { border-top: 0; padding-top: 0; }
        .text { margin: .25rem 0; }
        details { color: var(--muted); font-size: .9rem; }
        summary { cursor: pointer; color: var(--accent); }
        details ul { margin: .25rem 0; padding-left: 1.2rem; }
        details p { margin: .25rem 0 0; }
        .date { white-space: nowrap; }
        ul.event-ids { list-style: none; padding-left: 0; }
        .event-ids code { font-size: .8rem; overflow-wrap: anywhere; }
        .empty { color: var(--muted); }
        @media (max-width: 30rem) { .days { margin-left: 0; } h1 { font-size: 1.25rem; } }
        """;
}

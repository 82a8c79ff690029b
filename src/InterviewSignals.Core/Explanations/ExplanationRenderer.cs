using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace InterviewSignals.Explanations;

/// <summary>Renders explanations as plain text or Markdown. Output uses <c>\n</c> line endings on every platform.</summary>
public static class ExplanationRenderer
{
    /// <summary>Renders plain text for a terminal or an email.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <returns>The text.</returns>
    public static string ToPlainText(Explanation explanation)
    {
        Internal.Guard.NotNull(explanation);
        var sb = new StringBuilder(4096);
        sb.Append(explanation.Headline.Text).Append('\n');
        sb.Append(explanation.Confidence.Text).Append('\n');
        Section(sb, explanation.Headings["reasonsFor"], explanation.ReasonsFor, "  + ");
        Section(sb, explanation.Headings["reasonsAgainst"], explanation.ReasonsAgainst, "  - ");
        Section(sb, explanation.Headings["caveats"], explanation.Caveats, "  * ");
        Section(sb, explanation.Headings["advice"], explanation.Advice, "  > ");
        Section(sb, explanation.Headings["findOutNext"], explanation.FindOutNext, "  ? ");
        Section(sb, explanation.Headings["notAboutYou"], explanation.NotAboutYou, "  * ");
        Section(sb, explanation.Headings["about"], Lines(explanation).ToList(), "  ");
        return sb.ToString();
    }

    /// <summary>Renders Markdown for a web page or a chat message.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <returns>The Markdown.</returns>
    public static string ToMarkdown(Explanation explanation)
    {
        Internal.Guard.NotNull(explanation);
        var sb = new StringBuilder(4096);
        sb.Append("**").Append(Escape(explanation.Headline.Text)).Append("**\n\n");
        sb.Append('_').Append(Escape(explanation.Confidence.Text)).Append("_\n");
        MarkdownSection(sb, explanation.Headings["reasonsFor"], explanation.ReasonsFor.Select(WithQuote), escape: false);
        MarkdownSection(sb, explanation.Headings["reasonsAgainst"], explanation.ReasonsAgainst.Select(WithQuote), escape: false);
        MarkdownSection(sb, explanation.Headings["caveats"], explanation.Caveats.Select(i => i.Text));
        MarkdownSection(sb, explanation.Headings["advice"], explanation.Advice.Select(i => i.Text));
        MarkdownSection(sb, explanation.Headings["findOutNext"], explanation.FindOutNext.Select(i => i.Text));
        MarkdownSection(sb, explanation.Headings["notAboutYou"], explanation.NotAboutYou.Select(i => i.Text));
        MarkdownSection(sb, explanation.Headings["about"], Lines(explanation));
        return sb.ToString();
    }

    /// <summary>A reason in Markdown, escaped, with the person's words in italics after it.</summary>
    private static string WithQuote(ExplanationReason r) => r.Quote is null ? Escape(r.Text) : Escape(r.Text) + " _" + Escape(r.Quote) + "_";

    private static IEnumerable<string> Lines(Explanation e)
    {
        if (e.Recheck is not null)
        {
            yield return e.Recheck.Text;
        }

        foreach (var d in e.Disclaimers)
        {
            yield return d.Text;
        }

        yield return e.SignalSet.Id + "@" + e.SignalSet.Version + " (" + e.SignalSet.ContentHash.Substring(0, System.Math.Min(19, e.SignalSet.ContentHash.Length)) + ")";
    }

    private static void Section(StringBuilder sb, string heading, IReadOnlyList<ExplanationReason> lines, string bullet)
    {
        if (Heading(sb, heading, lines.Count))
        {
            foreach (var line in lines)
            {
                sb.Append(bullet).Append(line.Text).Append('\n');
                if (line.Quote is not null)
                {
                    sb.Append(' ', bullet.Length + 2).Append(line.Quote).Append('\n');
                }
            }
        }
    }

    private static void Section(StringBuilder sb, string heading, IReadOnlyList<ExplanationItem> lines, string bullet)
    {
        if (Heading(sb, heading, lines.Count))
        {
            foreach (var line in lines)
            {
                sb.Append(bullet).Append(line.Text).Append('\n');
            }
        }
    }

    private static void Section(StringBuilder sb, string heading, List<string> lines, string bullet)
    {
        if (Heading(sb, heading, lines.Count))
        {
            foreach (var line in lines)
            {
                sb.Append(bullet).Append(line).Append('\n');
            }
        }
    }

    private static bool Heading(StringBuilder sb, string heading, int count)
    {
        if (count == 0)
        {
            return false;
        }

        sb.Append('\n').Append(heading).Append('\n').Append('-', heading.Length).Append('\n');
        return true;
    }

    private static void MarkdownSection(StringBuilder sb, string heading, IEnumerable<string> lines, bool escape = true)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        sb.Append("\n### ").Append(Escape(heading)).Append("\n\n");
        foreach (var line in list)
        {
            sb.Append("- ").Append(escape ? Escape(line) : line).Append('\n');
        }
    }

    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}

using System.Text;

namespace InterviewSignals.Cli;

/// <summary>
/// Wraps text for a terminal at word boundaries: a line wider than the terminal breaks at its last space that fits,
/// and the rest lines up under the line's text (after its indent and any "- ", "> ", "+ " marker). A word wider than
/// the terminal is left whole rather than cut. Colour codes take no width.
/// </summary>
internal static class TextWrap
{
    public static string Wrap(string text, int? width)
    {
        if (width is not { } w || w < 20)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 64);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            WrapLine(sb, lines[i], w);
            if (i < lines.Length - 1)
            {
                sb.Append('\n');
            }
        }

        return sb.ToString();
    }

    private static void WrapLine(StringBuilder sb, string line, int width)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] == ' ')
        {
            indent++;
        }

        if (indent + 1 < line.Length && line[indent] is '-' or '>' or '+' or '=' or '?' && line[indent + 1] == ' ')
        {
            indent += 2;
        }

        var hanging = new string(' ', indent);
        var start = 0;
        var first = true;
        while (Visible(line, start, line.Length) + (first ? 0 : indent) > width)
        {
            var room = width - (first ? 0 : indent);
            var cut = LastSpaceWithin(line, start, room);
            if (cut <= start)
            {
                break; // one word wider than the terminal: keep it whole
            }

            sb.Append(first ? string.Empty : hanging).Append(line, start, cut - start).Append('\n');
            start = cut + 1;
            first = false;
        }

        sb.Append(first ? string.Empty : hanging).Append(line, start, line.Length - start);
    }

    /// <summary>The last space at which the text from <paramref name="start"/> still fits in <paramref name="room"/> visible characters.</summary>
    private static int LastSpaceWithin(string line, int start, int room)
    {
        var best = -1;
        var visible = 0;
        for (var i = start; i < line.Length; i++)
        {
            if (line[i] == '\u001b')
            {
                i = EndOfEscape(line, i);
                continue;
            }

            if (line[i] == ' ' && visible <= room && i > start)
            {
                best = i;
            }

            if (++visible > room)
            {
                break;
            }
        }

        return best;
    }

    private static int Visible(string line, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to; i++)
        {
            if (line[i] == '\u001b')
            {
                i = EndOfEscape(line, i);
                continue;
            }

            n++;
        }

        return n;
    }

    private static int EndOfEscape(string line, int at)
    {
        var i = at + 1;
        while (i < line.Length && line[i] != 'm')
        {
            i++;
        }

        return i;
    }
}

/// <summary>A writer that wraps each line it is given at the terminal's width (see <see cref="TextWrap"/>); a prompt is written out, wrapped, when flushed.</summary>
internal sealed class WrappingWriter : System.IO.TextWriter
{
    private readonly System.IO.TextWriter _inner;
    private readonly int _width;
    private readonly StringBuilder _line = new();

    public WrappingWriter(System.IO.TextWriter inner, int width)
    {
        _inner = inner;
        _width = width;
        NewLine = inner.NewLine;
    }

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            _inner.Write(TextWrap.Wrap(_line.ToString().TrimEnd('\r'), _width) + "\n");
            _line.Clear();
        }
        else
        {
            _line.Append(value);
        }
    }

    public override void Flush()
    {
        if (_line.Length > 0)
        {
            _inner.Write(TextWrap.Wrap(_line.ToString(), _width));
            _line.Clear();
        }

        _inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }
}

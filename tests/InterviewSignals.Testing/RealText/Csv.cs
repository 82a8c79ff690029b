using System.Text;

namespace InterviewSignals.Tests.TestSupport.RealText;

/// <summary>
/// Reads a CSV file as Python's <c>csv.DictReader</c> does (quoted fields may hold commas, quotes and line breaks), so
/// that a row number in a label file means the same row here: the header is not a row.
/// </summary>
public static class Csv
{
    public static IEnumerable<Dictionary<string, string>> Read(string path)
    {
        using var input = new StreamReader(path, Encoding.UTF8);
        string[]? header = null;
        foreach (var fields in Records(input))
        {
            if (header is null)
            {
                header = fields;
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < fields.Length ? fields[i] : string.Empty;
            }

            yield return row;
        }
    }

    private static IEnumerable<string[]> Records(TextReader input)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        int c;
        while ((c = input.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"' && input.Peek() == '"')
                {
                    field.Append('"');
                    input.Read();
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return fields.ToArray();
                fields.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }
}

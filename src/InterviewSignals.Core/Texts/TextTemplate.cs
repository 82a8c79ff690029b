using System.Collections.Generic;

namespace InterviewSignals.Texts;

/// <summary>Fills named placeholders such as <c>{outlook}</c>; <c>{{</c> and <c>}}</c> stand for literal braces. Unknown placeholders are left as written.</summary>
public static class TextTemplate
{
    private static readonly char[] Braces = { '{', '}' };

    /// <summary>Fills a template.</summary>
    /// <param name="template">The template.</param>
    /// <param name="arguments">Values by placeholder name.</param>
    /// <returns>The text.</returns>
    public static string Format(string template, IReadOnlyDictionary<string, string> arguments)
    {
        Internal.Guard.NotNull(template);
        Internal.Guard.NotNull(arguments);
        if (template.IndexOfAny(Braces) < 0)
        {
            return template;
        }

        var sb = new System.Text.StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{' && i + 1 < template.Length && template[i + 1] == '{')
            {
                sb.Append('{');
                i++;
            }
            else if (c == '}' && i + 1 < template.Length && template[i + 1] == '}')
            {
                sb.Append('}');
                i++;
            }
            else if (c == '{')
            {
                var end = template.IndexOf('}', i + 1);
                if (end < 0)
                {
                    sb.Append(template, i, template.Length - i);
                    break;
                }

                var name = template.Substring(i + 1, end - i - 1);
                if (arguments.TryGetValue(name, out var value))
                {
                    sb.Append(value);
                }
                else
                {
                    sb.Append(template, i, end - i + 1);
                }

                i = end;
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}

using System.Collections.Generic;
using System.Text.Json.Serialization;
using InterviewSignals.Internal;

namespace InterviewSignals.Explanations;

/// <summary>One line of an explanation: a stable code, the rendered text and the arguments that filled its template.</summary>
public sealed record ExplanationItem
{
    private readonly IReadOnlyDictionary<string, string> _arguments;

    /// <summary>Initializes a new instance of the <see cref="ExplanationItem"/> record.</summary>
    /// <param name="code">The stable text code, for example <c>signals.interview-outlook.next-steps-explained.absent</c>.</param>
    /// <param name="text">The text in the explanation's language.</param>
    /// <param name="arguments">The named values that filled the template.</param>
    [JsonConstructor]
    internal ExplanationItem(string code, string text, IReadOnlyDictionary<string, string> arguments)
    {
        Code = code;
        Text = text;
        _arguments = Values.Map(arguments);
    }

    /// <summary>Gets the stable text code, for example <c>signals.interview-outlook.next-steps-explained.absent</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the text in the explanation's language.</summary>
    public string Text { get; }

    /// <summary>Gets the named values that filled the template; compared by content.</summary>
    public IReadOnlyDictionary<string, string> Arguments => _arguments;

    /// <summary>Deconstructs the record into its parts.</summary>
    /// <param name="code">The stable text code, for example <c>signals.interview-outlook.next-steps-explained.absent</c>.</param>
    /// <param name="text">The text in the explanation's language.</param>
    /// <param name="arguments">The named values that filled the template.</param>
    public void Deconstruct(out string code, out string text, out IReadOnlyDictionary<string, string> arguments)
    {
        code = Code;
        text = Text;
        arguments = Arguments;
    }
}


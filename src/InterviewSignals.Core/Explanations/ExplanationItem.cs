using System.Collections.Generic;
using InterviewSignals.Internal;

namespace InterviewSignals.Explanations;

/// <summary>One line of an explanation: a stable code, the rendered text and the arguments that filled its template.</summary>
/// <param name="Code">The stable text code, for example <c>signals.interview-outlook.next-steps-explained.absent</c>.</param>
/// <param name="Text">The text in the explanation's language.</param>
/// <param name="Arguments">The named values that filled the template.</param>
public sealed record ExplanationItem(string Code, string Text, IReadOnlyDictionary<string, string> Arguments)
{
    private readonly IReadOnlyDictionary<string, string> _arguments = Values.Map(Arguments);

    /// <summary>Gets the named values that filled the template; compared by content.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get => _arguments; init => _arguments = Values.Map(value); }
}

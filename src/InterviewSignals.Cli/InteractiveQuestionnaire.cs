using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using InterviewSignals.Observations;
using InterviewSignals.Questionnaires;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Cli;

/// <summary>Asks a set's questions one at a time at a terminal, in the chosen language, with progress and a way to finish early.</summary>
internal sealed class InteractiveQuestionnaire
{
    private readonly TextWriter _out;
    private readonly TextReader _in;
    private readonly CliTexts _texts;

    public InteractiveQuestionnaire(TextWriter output, TextReader input, CliTexts texts)
    {
        _out = output;
        _in = input;
        _texts = texts;
    }

    public Observation Ask(SignalSet set, string language)
    {
        var q = Questionnaire.For(set, language);
        var answers = new Dictionary<string, string?>(StringComparer.Ordinal);
        var total = q.Questions.Count();
        var n = 0;
        _out.WriteLine(q.Title);
        _out.WriteLine(_texts.Get("cli.interactive.intro"));
        foreach (var section in q.Sections)
        {
            _out.WriteLine();
            _out.WriteLine(section.Title);
            foreach (var question in section.Questions)
            {
                n++;
                if (!AskOne(q, question, n, total, answers))
                {
                    // Start the result on a fresh line whatever the terminal shows after Ctrl-D or q.
                    _out.WriteLine();
                    _out.WriteLine(_texts.Get("cli.interactive.finished-early", ("answered", answers.Count.ToString(CultureInfo.InvariantCulture))));
                    _out.WriteLine();
                    return q.ToObservation(answers);
                }
            }
        }

        _out.WriteLine();
        return q.ToObservation(answers);
    }

    /// <summary>Asks until the answer is usable or skipped; returns false when the person finishes early.</summary>
    private bool AskOne(Questionnaire q, Question question, int n, int total, Dictionary<string, string?> answers)
    {
        while (true)
        {
            _out.Write($"({_texts.Get("cli.interactive.progress", ("n", n.ToString(CultureInfo.InvariantCulture)), ("total", total.ToString(CultureInfo.InvariantCulture)))}) {question.Text} {Hint(question, _texts)} ");
            _out.Flush();
            var line = _in.ReadLine();
            if (line is null || _texts.IsOneOf("answer.finish.inputs", line.Trim()))
            {
                return false;
            }

            var value = Normalise(question, line.Trim());
            if (value is null)
            {
                _out.WriteLine("  " + _texts.Get("cli.interactive.retry"));
                continue;
            }

            if (value.Length == 0)
            {
                return true; // skipped: the sign stays unknown
            }

            try
            {
                q.ToObservation(new Dictionary<string, string?> { [question.Id] = value });
                answers[question.Id] = value;
                return true;
            }
            catch (ObservationException ex)
            {
                _out.WriteLine("  " + ex.Errors[0].Message);
            }
        }
    }

    /// <summary>Maps what was typed to a questionnaire answer: whole words only, so "sometimes" is neither yes nor no.</summary>
    private string? Normalise(Question question, string line)
    {
        if (line.Length == 0)
        {
            return string.Empty;
        }

        switch (question.Kind)
        {
            case AnswerKind.YesNoUnsure:
            case AnswerKind.Boolean:
                return _texts.IsOneOf("answer.yes.inputs", line) ? "yes"
                    : _texts.IsOneOf("answer.no.inputs", line) ? "no"
                    : question.Kind == AnswerKind.YesNoUnsure && _texts.IsOneOf("answer.unsure.inputs", line) ? "unsure"
                    : null;
            case AnswerKind.Choice:
                return int.TryParse(line, NumberStyles.Integer, CultureInfo.InvariantCulture, out var k) && k >= 1 && k <= question.Choices.Count
                    ? question.Choices[k - 1].Value
                    : question.Choices.FirstOrDefault(x => string.Equals(x.Value, line, StringComparison.OrdinalIgnoreCase) || string.Equals(x.Label, line, StringComparison.OrdinalIgnoreCase))?.Value;
            default:
                return line;
        }
    }

    /// <summary>The bracketed hint after a question: the keys to type, the unit, or the numbered choices.</summary>
    public static string Hint(Question q, CliTexts texts) => q.Kind switch
    {
        AnswerKind.YesNoUnsure => "[" + texts.Get("cli.hint.yes-no-unsure") + "]",
        AnswerKind.Boolean => "[" + texts.Get("cli.hint.yes-no") + "]",
        AnswerKind.Number => "[" + (q.Unit ?? texts.Get("cli.hint.number")) + "]",
        AnswerKind.Date => "[" + texts.Get("cli.hint.date") + "]",
        _ => "[" + string.Join(", ", q.Choices.Select((c, i) => $"{i + 1}={c.Label}")) + "]",
    };
}

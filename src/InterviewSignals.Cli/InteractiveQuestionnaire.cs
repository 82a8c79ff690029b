using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using InterviewSignals.Observations;
using InterviewSignals.Questionnaires;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Cli;

/// <summary>Asks a set's questions one at a time at a terminal, in the chosen language: adaptively, or all of them in order, with a way to finish early.</summary>
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

    /// <summary>Asks every question in the questionnaire's order, with progress.</summary>
    public Observation Ask(SignalSet set, string language)
    {
        var q = Questionnaire.Create(set, language);
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

    /// <summary>
    /// Asks adaptively: the question the planner expects to move the band the most, with the outlooks still reachable,
    /// until the band is settled (said so), the person stops, or, when more answers are unlikely to change it, declines
    /// to go on.
    /// </summary>
    /// <param name="set">The set.</param>
    /// <param name="language">The language of the questions.</param>
    /// <param name="asOf">The instant the interview is weighed as of.</param>
    /// <param name="fill">Adds what is known without asking (a text's reading) under the answers; the answers win.</param>
    public Observation AskAdaptive(SignalSet set, string language, DateTimeOffset asOf, Func<Observation, Observation> fill)
    {
        var q = Questionnaire.Create(set, language);
        var planner = QuestionPlanner.Create(set);
        var answers = new Dictionary<string, string?>(StringComparer.Ordinal);
        var declined = new List<string>();
        var offered = false;
        Observation Current() => fill(q.ToObservation(answers, asOf));
        _out.WriteLine(q.Title);
        _out.WriteLine(_texts.Get("cli.interactive.adaptive-intro"));
        for (var n = 1; ; n++)
        {
            var plan = planner.Plan(Current(), declined);
            _out.WriteLine();
            if (plan.Status == PlanStatus.Settled)
            {
                _out.WriteLine(_texts.Get("cli.interactive.settled", ("range", Range(plan.Range))));
                break;
            }

            if (plan.Next is null || !q.TryGetQuestion(plan.Next.Id, out var question))
            {
                break;
            }

            // What is guaranteed (every answer still possible) says little for a long time; beside it, what is likely.
            var band = _texts.Get(BandCode(plan.Band));
            _out.WriteLine(_texts.Get("cli.interactive.range", ("now", Percent(plan.Outlook)), ("band", band), ("likely", Range(plan.LikelyLowestOutlook, plan.LikelyHighestOutlook)), ("range", Range(plan.Range))));
            if (plan.QuestionsLikelyLeft > 0)
            {
                _out.WriteLine(plan.QuestionsLikelyLeft == 1 ? _texts.Get("cli.interactive.left-one") : _texts.Get("cli.interactive.left", ("left", plan.QuestionsLikelyLeft.ToString(CultureInfo.InvariantCulture))));
            }

            if (plan.Status == PlanStatus.LikelySettled && !offered)
            {
                offered = true;
                _out.Write(_texts.Get("cli.interactive.likely-settled", ("band", band), ("chance", Percent(plan.BandChangeProbability))) + " ");
                _out.Flush();
                var reply = _in.ReadLine()?.Trim();
                if (reply is null || !_texts.IsOneOf("answer.continue.inputs", reply))
                {
                    _out.WriteLine();
                    break;
                }
            }

            var label = _texts.Get("cli.interactive.question", ("n", n.ToString(CultureInfo.InvariantCulture)));
            var outcome = AskOne(q, question, label, answers);
            if (outcome is null)
            {
                _out.WriteLine();
                _out.WriteLine(_texts.Get("cli.interactive.finished-early", ("answered", answers.Count.ToString(CultureInfo.InvariantCulture))));
                break;
            }

            if (outcome == false || answers.TryGetValue(question.Id, out var given) && given == "unsure")
            {
                declined.Add(question.Id); // skipped or "not sure": not asked again
            }
        }

        _out.WriteLine();
        return Current();
    }

    private string Range(OutlookRange range) => Range(range.LowestOutlook, range.HighestOutlook);

    private string Range(double lowest, double highest)
    {
        var low = Percent(lowest);
        var high = Percent(highest);
        return low == high ? low : _texts.Get("cli.interactive.between", ("low", low), ("high", high));
    }

    /// <summary>The catalogue code of a band's name: <c>band.too-early-to-tell</c>.</summary>
    private static string BandCode(Evaluation.OutlookBand band) => band switch
    {
        Evaluation.OutlookBand.Encouraging => "band.encouraging",
        Evaluation.OutlookBand.Mixed => "band.mixed",
        Evaluation.OutlookBand.Concerning => "band.concerning",
        _ => "band.too-early-to-tell",
    };

    private string Percent(double p) => _texts.Get("cli.interactive.percent", ("p", Math.Round(p * 100).ToString(CultureInfo.InvariantCulture)));

    /// <summary>Asks until the answer is usable or skipped; returns false when the person finishes early.</summary>
    private bool AskOne(Questionnaire q, Question question, int n, int total, Dictionary<string, string?> answers)
        => AskOne(q, question, _texts.Get("cli.interactive.progress", ("n", n.ToString(CultureInfo.InvariantCulture)), ("total", total.ToString(CultureInfo.InvariantCulture))), answers) is not null;

    /// <summary>Asks until the answer is usable: true when answered, false when skipped, null when the person finishes.</summary>
    private bool? AskOne(Questionnaire q, Question question, string label, Dictionary<string, string?> answers)
    {
        while (true)
        {
            _out.Write($"({label}) {question.Text} {Hint(question, _texts)} ");
            _out.Flush();
            var line = _in.ReadLine();
            if (line is null || _texts.IsOneOf("answer.finish.inputs", line.Trim()))
            {
                return null;
            }

            var value = Normalise(question, line.Trim());
            if (value is null)
            {
                _out.WriteLine("  " + _texts.Get("cli.interactive.retry"));
                continue;
            }

            if (value.Length == 0)
            {
                return false; // skipped: the sign stays unknown
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

        if (_texts.IsOneOf("answer.unsure.inputs", line))
        {
            return question.Kind == AnswerKind.YesNoUnsure ? "unsure" : string.Empty; // "not sure" leaves any other question unanswered
        }

        switch (question.Kind)
        {
            case AnswerKind.YesNoUnsure:
            case AnswerKind.Boolean:
                return _texts.IsOneOf("answer.yes.inputs", line) ? "yes"
                    : _texts.IsOneOf("answer.no.inputs", line) ? "no"
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
        // Every yes/no question takes ? for "not sure" (a yes/no fact is then left unanswered), so the hint never changes.
        AnswerKind.YesNoUnsure or AnswerKind.Boolean => "[" + texts.Get("cli.hint.yes-no-unsure") + "]",
        AnswerKind.Number => "[" + (q.Unit ?? texts.Get("cli.hint.number")) + "]",
        AnswerKind.Date => "[" + texts.Get("cli.hint.date") + "]",
        _ => "[" + string.Join(", ", q.Choices.Select((c, i) => $"{i + 1}={c.Label}")) + "]",
    };
}

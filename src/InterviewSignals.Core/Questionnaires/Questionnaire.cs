using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;
using InterviewSignals.Texts;

namespace InterviewSignals.Questionnaires;

/// <summary>
/// The questions a person answers for a set, grouped by phase, leaving out the signals that rules derive from facts.
/// What a career site renders as a form and an interactive command line asks; <see cref="ToObservation"/> maps the answers back.
/// </summary>
public sealed class Questionnaire
{
    private readonly SignalSet _set;
    private IReadOnlyList<string>? _plannedOrder;

    private Questionnaire(SignalSet set, string language, string title, IReadOnlyList<QuestionnaireSection> sections)
    {
        _set = set;
        Language = language;
        Title = title;
        Sections = sections;
    }

    /// <summary>Gets the set the questions belong to.</summary>
    public SignalSetReference SignalSet => _set.Reference;

    /// <summary>Gets the set's title, in the questionnaire's language when the texts have it (code <c>sets.{id}.title</c>).</summary>
    public string Title { get; }

    /// <summary>Gets the language tag the texts are in: the catalogue's language that answered the request.</summary>
    public string Language { get; }

    /// <summary>Gets the sections, in phase order.</summary>
    public IReadOnlyList<QuestionnaireSection> Sections { get; }

    /// <summary>
    /// Gets the ids of the questions in the order an adaptive questionnaire ranks them before any answer (see
    /// <see cref="QuestionPlanner"/>, with default options): a host that cannot call the planner after each answer can
    /// ask in this order. Questions whose answers can change nothing are left out.
    /// </summary>
    public IReadOnlyList<string> PlannedOrder => _plannedOrder ??= QuestionPlanner.Create(_set).Rank(Observation.CreateBuilder().Build()).Select(q => q.Id).ToArray();

    /// <summary>Gets every question, in order.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<Question> Questions => Sections.SelectMany(s => s.Questions);

    /// <summary>Finds a question by its id (a signal or fact id).</summary>
    /// <param name="id">The id.</param>
    /// <param name="question">The question, when found.</param>
    /// <returns>Whether the questionnaire asks it.</returns>
    public bool TryGetQuestion(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Question? question)
    {
        Internal.Guard.NotNull(id);
        foreach (var q in Questions)
        {
            if (string.Equals(q.Id, id, StringComparison.Ordinal))
            {
                question = q;
                return true;
            }
        }

        question = null;
        return false;
    }

    /// <summary>Builds the questionnaire for a set.</summary>
    /// <param name="set">The set.</param>
    /// <param name="language">A language tag such as <c>en</c>, <c>es</c> or <c>es-MX</c>, or <see langword="null"/> for English.</param>
    /// <param name="texts">The texts, or <see langword="null"/> for <see cref="TextCatalog.Default"/>.</param>
    /// <returns>The questionnaire.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language tag.</exception>
    public static Questionnaire Create(SignalSet set, string? language = null, ITextProvider? texts = null)
    {
        Internal.Guard.NotNull(set);
        var t = new TextResolver(texts ?? TextCatalog.Default, language);
        var derived = new HashSet<string>(set.Rules.Select(r => r.Signal), StringComparer.Ordinal);
        var yesNoUnsure = new[] { new QuestionChoice("yes", t.Get("answer.yes")), new QuestionChoice("no", t.Get("answer.no")), new QuestionChoice("unsure", t.Get("answer.unsure")) };
        var yesNo = new[] { yesNoUnsure[0], yesNoUnsure[1] };
        var sections = new List<QuestionnaireSection>();
        foreach (var phase in new[] { InterviewPhase.During, InterviewPhase.Closing, InterviewPhase.After })
        {
            var questions = new List<Question>();
            foreach (var f in set.Facts.Where(f => f.Phase == phase && f.Question is not null))
            {
                var prefix = $"facts.{set.Id}.{f.Id}.";
                questions.Add(new Question
                {
                    Id = f.Id,
                    Target = QuestionTarget.Fact,
                    Kind = f.Kind switch { FactKind.Number => AnswerKind.Number, FactKind.Boolean => AnswerKind.Boolean, FactKind.Choice => AnswerKind.Choice, _ => AnswerKind.Date },
                    Text = t.Get(prefix + "question", f.Question),
                    Unit = f.Unit is null ? null : t.Get(prefix + "unit", f.Unit),
                    Minimum = f.Minimum,
                    Maximum = f.Maximum,
                    Choices = f.Kind switch
                    {
                        FactKind.Boolean => yesNo,
                        FactKind.Choice => f.Choices.Select(c => new QuestionChoice(c, t.Get(prefix + "choice." + c, c))).ToArray(),
                        _ => Array.Empty<QuestionChoice>(),
                    },
                });
            }

            foreach (var s in set.Signals.Where(s => s.Phase == phase && s.Question is not null && !derived.Contains(s.Id)))
            {
                questions.Add(new Question
                {
                    Id = s.Id,
                    Target = QuestionTarget.Signal,
                    Kind = AnswerKind.YesNoUnsure,
                    Text = t.Get($"signals.{set.Id}.{s.Id}.question", s.Question),
                    Prevalence = s.Prevalence ?? SignalDefinition.DefaultPrevalence,
                    Choices = yesNoUnsure,
                });
            }

            if (questions.Count > 0)
            {
                sections.Add(new QuestionnaireSection(phase, t.Get("phase." + phase.ToString().ToLowerInvariant()), questions));
            }
        }

        return new Questionnaire(set, t.Language, t.Get("sets." + set.Id + ".title", set.Title), sections);
    }

    /// <summary>
    /// Maps answers back into an observation. Keys are question ids; values are <c>yes</c>, <c>no</c> or <c>unsure</c>
    /// (also <c>true</c>/<c>false</c>), invariant numbers, ISO 8601 dates and choice values. Empty answers are skipped.
    /// </summary>
    /// <param name="answers">The answers by question id.</param>
    /// <param name="asOf">The instant to weigh as of, or <see langword="null"/> to use the evaluator's clock.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ObservationException">Every answer that cannot be used, with its question id.</exception>
    public Observation ToObservation(IReadOnlyDictionary<string, string?> answers, DateTimeOffset? asOf = null)
    {
        Internal.Guard.NotNull(answers);
        var byId = Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var builder = Observation.CreateBuilder().ForSet(_set.Reference);
        var errors = new List<InputError>();
        foreach (var pair in answers.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var value = pair.Value?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (!byId.TryGetValue(pair.Key, out var q))
            {
                var code = _set.TryGetSignal(pair.Key, out _) ? ObservationErrorCodes.UnknownSignal : ObservationErrorCodes.UnknownFact;
                errors.Add(new(code, pair.Key, QuestionnaireMessages.QuestionnaireHasNoQuestion(_set.Id, pair.Key) + Internal.Suggestions.DidYouMean(pair.Key, byId.Keys)));
                continue;
            }

            var error = Apply(q, value!, builder);
            if (error is not null)
            {
                errors.Add(error);
            }
        }

        if (errors.Count > 0)
        {
            throw new ObservationException(errors);
        }

        if (asOf is { } at)
        {
            builder.AsOf(at);
        }

        return builder.Build();
    }

    /// <summary>
    /// Pre-fills this questionnaire from an observation (for example a text reading's
    /// <see cref="Reading.TextReading.ToObservation"/>): for each answer that has a question here, the answer as
    /// <see cref="ToObservation"/> reads it (<c>yes</c>/<c>no</c>, invariant numbers, choice values, dates as
    /// <c>yyyy-MM-dd</c>). Answers for signals the questionnaire does not ask (derived ones) are left out.
    /// </summary>
    /// <param name="observation">An observation made for this questionnaire's set, or by hand.</param>
    /// <returns>The answers by question id, in questionnaire order.</returns>
    /// <exception cref="SignalSetMismatchException">The observation was made for another set.</exception>
    public IReadOnlyDictionary<string, string> AnswersFrom(Observation observation)
    {
        Internal.Guard.NotNull(observation);
        observation.ThrowIfMadeForOther(_set);
        var proposed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in observation.Signals)
        {
            if (p.Value.State != SignalState.Unknown)
            {
                proposed[p.Key] = p.Value.State == SignalState.Present ? "yes" : "no";
            }
        }

        foreach (var f in observation.Facts)
        {
            proposed[f.Key] = f.Value.Kind switch
            {
                FactKind.Boolean => f.Value.Boolean ? "yes" : "no",
                FactKind.Date => f.Value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => f.Value.ToString(),
            };
        }

        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var q in Questions)
        {
            if (proposed.TryGetValue(q.Id, out var value))
            {
                answers[q.Id] = value;
            }
        }

        return answers;
    }

    private InputError? Apply(Question q, string value, ObservationBuilder builder)
    {
        var yes = value.Equals("yes", StringComparison.OrdinalIgnoreCase) || value.Equals("true", StringComparison.OrdinalIgnoreCase);
        var no = value.Equals("no", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase);
        switch (q.Kind)
        {
            case AnswerKind.YesNoUnsure:
                if (yes)
                {
                    builder.Present(q.Id);
                }
                else if (no)
                {
                    builder.Absent(q.Id);
                }
                else if (!value.Equals("unsure", StringComparison.OrdinalIgnoreCase))
                {
                    return new(ObservationErrorCodes.InvalidValue, q.Id, QuestionnaireMessages.NotAnswerExpectedYesNoUnsure(value, q.Id));
                }

                return null;
            case AnswerKind.Boolean:
                if (!yes && !no)
                {
                    return new(ObservationErrorCodes.WrongFactKind, q.Id, QuestionnaireMessages.NotAnswerExpectedYesNo(value, q.Id));
                }

                builder.Fact(q.Id, yes);
                return null;
            case AnswerKind.Number:
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || double.IsNaN(n) || double.IsInfinity(n))
                {
                    return new(ObservationErrorCodes.WrongFactKind, q.Id, QuestionnaireMessages.NotNumberWriteLike(value));
                }

                _set.TryGetFact(q.Id, out var fact);
                var range = ObservationChecks.CheckRange(fact!, FactValue.FromNumber(n), q.Id);
                if (range is not null)
                {
                    return range;
                }

                builder.Fact(q.Id, n);
                return null;
            case AnswerKind.Choice:
                if (!q.Choices.Any(c => string.Equals(c.Value, value, StringComparison.Ordinal)))
                {
                    return new(ObservationErrorCodes.UnknownChoice, q.Id, QuestionnaireMessages.NotChoiceExpected(value, q.Id, string.Join(", ", q.Choices.Select(c => c.Value))));
                }

                builder.Fact(q.Id, value);
                return null;
            default:
                if (!ObservationChecks.TryDate(value, out var date))
                {
                    return new(ObservationErrorCodes.WrongFactKind, q.Id, QuestionnaireMessages.NotDateWriteLike(value));
                }

                builder.Fact(q.Id, date);
                return null;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Evaluation;
using InterviewSignals.Internal;
using InterviewSignals.Taxonomy;
using InterviewSignals.Texts;

namespace InterviewSignals.Timelines;

/// <summary>
/// Says whether a recruiter should act on an application now, from its assessment and its timeline: when the
/// silence since the interview has passed the set's threshold, when a promised day has passed without a word, and
/// when interview feedback is overdue. A decision (hired, rejected, archived, withdrawn) or an erasure ends nudges.
/// Every sentence comes from the text catalogue. Immutable and thread-safe.
/// </summary>
public sealed class NudgeAdvisor
{
    private readonly NudgeOptions _options;
    private readonly ITextProvider _texts;

    /// <summary>Initializes a new instance of the <see cref="NudgeAdvisor"/> class.</summary>
    /// <param name="options">What to look for, or <see langword="null"/> for the defaults.</param>
    /// <param name="texts">The texts, or <see langword="null"/> for <see cref="TextCatalog.Default"/>.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names every problem.</exception>
    public NudgeAdvisor(NudgeOptions? options = null, ITextProvider? texts = null)
    {
        _options = options ?? new NudgeOptions();
        _texts = texts ?? TextCatalog.Default;
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(_options.SilenceSignalId))
        {
            problems.Add(TimelineMessages.SilenceSignalNeeded());
        }

        if (_options.FeedbackDueAfter < TimeSpan.Zero)
        {
            problems.Add(TimelineMessages.FeedbackDueAfterNotNegative(_options.FeedbackDueAfter));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }
    }

    /// <summary>Gets an advisor with the default options and the built-in texts.</summary>
    /// <value>A shared instance.</value>
    public static NudgeAdvisor Default { get; } = new();

    /// <summary>Advises on one application.</summary>
    /// <param name="assessment">The assessment of <paramref name="timeline"/>'s observation.</param>
    /// <param name="set">The set that made the assessment.</param>
    /// <param name="timeline">What the mapping made of the timeline.</param>
    /// <param name="language">A language tag such as <c>en</c>, <c>es</c> or <c>es-MX</c>; <see langword="null"/> for English.</param>
    /// <returns>The advice.</returns>
    /// <exception cref="SignalSetMismatchException">The assessment was made with another set.</exception>
    /// <exception cref="ArgumentException">The timeline observation is for another set or another date than the assessment.</exception>
    public NudgeAdvice Advise(Assessment assessment, SignalSet set, TimelineObservation timeline, string? language = null)
    {
        Guard.NotNull(assessment);
        Guard.NotNull(set);
        Guard.NotNull(timeline);
        SignalSetMismatchException.ThrowIfOther(SignalSetMismatchException.MadeWith.Assessment, assessment.SignalSet, set.Reference);

        if (!Equals(timeline.SignalSet, set.Reference))
        {
            throw new ArgumentException(TimelineMessages.ObservationForOtherSet(timeline.SignalSet.Id, set.Id), nameof(timeline));
        }

        var snapshot = timeline.Timeline;
        if (assessment.AsOf != snapshot.AsOf)
        {
            throw new ArgumentException(TimelineMessages.AsOfDiffers(assessment.AsOf, snapshot.AsOf), nameof(timeline));
        }

        var words = new NudgeWords(_texts, language);
        var nudges = new List<Nudge>();
        if (snapshot.Status == ApplicationStatus.Active)
        {
            AddSilence(nudges, words, assessment, set, timeline);
            AddPromisePassed(nudges, words, snapshot);
            AddFeedbackMissing(nudges, words, snapshot);
        }

        return new NudgeAdvice
        {
            SignalSet = set.Reference,
            AsOf = snapshot.AsOf,
            Language = words.Language,
            Status = snapshot.Status,
            DaysSinceCandidateContact = snapshot.LastCandidateContact is { } contact ? NudgeWords.WholeDays(contact, snapshot.AsOf) : null,
            Nudges = nudges,
        };
    }

    private void AddSilence(List<Nudge> nudges, NudgeWords words, Assessment assessment, SignalSet set, TimelineObservation timeline)
    {
        // The set's own rules decide when silence counts; an assessment only holds the signal once it does.
        var silence = assessment.Contributions.FirstOrDefault(c => c.SignalId == _options.SilenceSignalId && c.State == SignalState.Present);
        if (silence is null)
        {
            return;
        }

        var rule = silence.Source == ContributionSource.Rule ? set.Rules.FirstOrDefault(r => r.Id == silence.SourceId) : null;
        var behind = rule is null ? new List<string> { silence.SignalId } : ConditionWalker.FactsIn(rule.When);
        var provenance = behind.Where(timeline.Provenance.ContainsKey).Select(id => timeline.Provenance[id]).Distinct().OrderBy(p => p.At ?? DateTimeOffset.MaxValue).ToList();
        var snapshot = timeline.Timeline;
        var since = snapshot.LastCandidateContact ?? snapshot.AsOf;
        var interview = snapshot.LastHeldInterview?.Start ?? since;
        nudges.Add(words.Nudge(NudgeReason.Silence, "nudge.silence", since, NudgeWords.WholeDays(since, snapshot.AsOf), interview, provenance, snapshot));
    }

    private static void AddPromisePassed(List<Nudge> nudges, NudgeWords words, TimelineSnapshot snapshot)
    {
        if (snapshot.Promise is not { Promise: { } promise } made)
        {
            return;
        }

        var today = snapshot.AsOf.ToOffset(promise.By.Offset).Date;
        if (today <= promise.By.Date || snapshot.CandidateContactsSince(made.OccurredAt).Count > 0)
        {
            return;
        }

        var basis = promise.Source == PromiseSource.Notes ? TimelineBasis.PromiseFromNotes : TimelineBasis.Promise;
        var provenance = new List<AnswerProvenance>
        {
            TimelineAnswers.Because(basis, new[] { made }, promise.By, promise.Words),
            TimelineAnswers.Because(TimelineBasis.NoCandidateContactSincePromise, new[] { made }, made.OccurredAt),
        };
        nudges.Add(words.Nudge(NudgeReason.PromisePassed, "nudge.promise-passed", promise.By, (today - promise.By.Date).Days, promise.By, provenance, snapshot));
    }

    private void AddFeedbackMissing(List<Nudge> nudges, NudgeWords words, TimelineSnapshot snapshot)
    {
        var pending = snapshot.Interviews
            .Where(i => i.IsHeld && i.Feedback == FeedbackState.Pending && i.End + _options.FeedbackDueAfter <= snapshot.AsOf)
            .OrderBy(i => i.End)
            .ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var provenance = pending.Select(i => TimelineAnswers.Because(TimelineBasis.FeedbackPending, i.Events, i.Start)).ToList();
        nudges.Add(words.Nudge(NudgeReason.FeedbackMissing, "nudge.feedback-missing", pending[0].End, NudgeWords.WholeDays(pending[0].End, snapshot.AsOf), pending[0].Start, provenance, snapshot));
    }
}

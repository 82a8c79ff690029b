using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Evaluation;
using InterviewSignals.Internal;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Questionnaires;

/// <summary>
/// Plans an adaptive questionnaire for one set: given what is known so far, the outlooks still reachable, how settled
/// the band is, and the question most likely to change it. Immutable and thread-safe; create once per set and reuse.
/// </summary>
/// <remarks>
/// <para>
/// <b>Settled</b> is exact: the reachable range is an interval evaluation of the set (weights, modifiers, rules and
/// the too-early condition) in which every question not yet answered may take any answer its definition allows, or
/// stay unanswered. The range may be wider than the truth, never narrower, so a settled band is one no answers can change.
/// </para>
/// <para>
/// <b>Likely settled</b> and the choice of question use the set's priors: each signal question is answered "not sure"
/// with <see cref="QuestionPlannerOptions.UnsureRate"/>, otherwise yes with the signal's prevalence (default
/// <see cref="SignalDefinition.DefaultPrevalence"/>); each fact question is skipped with the same rate, otherwise takes
/// one of its natural values with equal chance (each choice, yes or no, and for numbers and dates one value on each side
/// of every threshold the set's conditions compare it with). Facts that appear together in a condition are enumerated
/// jointly; everything else is added up as independent parts and the final score approximated as normal.
/// </para>
/// <para>
/// The next question is the one whose answer is expected to move the chances of the final band the most (the expected
/// total variation distance between the band probabilities before and after it). Bands are what a person is told, so a
/// question that moves the score deep inside a band is worth less than a smaller one near a threshold. Ties go to the
/// larger expected change of score, then to the questionnaire's order.
/// </para>
/// </remarks>
public sealed class QuestionPlanner
{
    private readonly PlanningModel _m;

    private QuestionPlanner(PlanningModel model) => _m = model;

    /// <summary>Gets the set the planner asks about.</summary>
    public SignalSetReference SignalSet => _m.Compiled.Set.Reference;

    /// <summary>Gets the options.</summary>
    public QuestionPlannerOptions Options => _m.Options;

    /// <summary>Creates the planner for a set.</summary>
    /// <param name="set">The set.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="QuestionPlannerOptions.Default"/>.</param>
    /// <returns>The planner.</returns>
    /// <exception cref="ArgumentException">The options are invalid or name signals the set does not declare; the message lists every problem.</exception>
    public static QuestionPlanner Create(SignalSet set, QuestionPlannerOptions? options = null)
    {
        Guard.NotNull(set);
        options ??= QuestionPlannerOptions.Default;
        var problems = options.Problems();
        if (options.SuppliedSignals is not null)
        {
            problems.AddRange(options.SuppliedSignals.Where(id => id is null || !set.TryGetSignal(id, out _)).Select(id => QuestionnaireMessages.PlannerSuppliedUnknown(id, set.Id)));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(QuestionnaireMessages.PlannerOptionsInvalid(string.Join("\n  ", problems)), nameof(options));
        }

        return new QuestionPlanner(new PlanningModel(set, options));
    }

    /// <summary>Plans the next step for what is known so far.</summary>
    /// <param name="observation">The answers so far (possibly none, possibly pre-filled from a text reading).</param>
    /// <param name="declined">
    /// Questions the person was asked and answered "not sure" or skipped (an observation keeps no "not sure"); they are
    /// not asked again and count as unanswered for good.
    /// </param>
    /// <returns>The plan.</returns>
    /// <exception cref="ObservationException">The observation does not fit the set; every problem is listed.</exception>
    /// <exception cref="ArgumentException">A declined id is neither a signal nor a fact of the set.</exception>
    /// <exception cref="Taxonomy.SignalSetMismatchException">The observation was made for a set this one does not extend.</exception>
    public QuestionPlan Plan(Observation observation, IEnumerable<string>? declined = null)
    {
        var w = Run(observation, declined);
        var (low, high) = w.Status == PlanStatus.Settled ? (w.Range.LowestOutlook, w.Range.HighestOutlook) : Estimation.Likely(_m, w);
        return new QuestionPlan
        {
            Status = w.Status,
            Next = w.Status == PlanStatus.Settled || w.Best < 0 ? null : w.Question(w.Best),
            Score = w.Now.Score,
            Outlook = w.Now.Outlook,
            Band = w.Now.Band,
            Range = w.Range,
            BandChangeProbability = w.Status == PlanStatus.Settled ? 0 : w.ChangeProbability,
            QuestionsLeft = w.Candidates.Count,
            LikelyLowestOutlook = low,
            LikelyHighestOutlook = high,
            QuestionsLikelyLeft = Estimation.LikelyLeft(_m, w),
        };
    }

    /// <summary>Every question still worth asking, best first, as <see cref="Plan"/> ranks them.</summary>
    /// <param name="observation">The answers so far.</param>
    /// <param name="declined">Questions asked and left unanswered.</param>
    /// <returns>The ranked questions; empty when nothing is left to ask.</returns>
    /// <exception cref="ObservationException">The observation does not fit the set.</exception>
    /// <exception cref="ArgumentException">A declined id is neither a signal nor a fact of the set.</exception>
    /// <exception cref="Taxonomy.SignalSetMismatchException">The observation was made for a set this one does not extend.</exception>
    public IReadOnlyList<PlannedQuestion> Rank(Observation observation, IEnumerable<string>? declined = null)
    {
        var w = Run(observation, declined);
        var order = Enumerable.Range(0, w.Candidates.Count).ToList();
        order.Sort(w.Compare);
        return order.ConvertAll(w.Question);
    }

    /// <summary>Only the reachable range: the exact part of <see cref="Plan"/>, without priors.</summary>
    /// <param name="observation">The answers so far.</param>
    /// <param name="declined">Questions asked and left unanswered.</param>
    /// <returns>The outlooks any answers to the remaining questions could give; settled when <see cref="OutlookRange.ReachableBands"/> is 1.</returns>
    /// <exception cref="ObservationException">The observation does not fit the set.</exception>
    /// <exception cref="ArgumentException">A declined id is neither a signal nor a fact of the set.</exception>
    /// <exception cref="Taxonomy.SignalSetMismatchException">The observation was made for a set this one does not extend.</exception>
    public OutlookRange Reach(Observation observation, IEnumerable<string>? declined = null)
    {
        var state = Prepare(observation, declined);
        return ReachableRange.Of(_m, state);
    }

    private PlannerState Prepare(Observation observation, IEnumerable<string>? declined)
    {
        Guard.NotNull(observation);
        var asOf = observation.AsOf ?? _m.Options.TimeProvider.GetUtcNow();
        var now = Scorecard.Score(_m.Compiled, observation, asOf, Array.Empty<IEvidenceProvider>()); // validates, listing every problem
        var state = new PlannerState(_m, observation, asOf, now);
        if (declined is not null)
        {
            foreach (var id in declined)
            {
                if (id is not null && _m.Compiled.SignalIndex.TryGetValue(id, out var i))
                {
                    if (state.Kinds[i] == SignalKind.Free)
                    {
                        state.Kinds[i] = SignalKind.Fixed;
                    }
                }
                else if (id is not null && _m.FactIndex.TryGetValue(id, out var f))
                {
                    state.FreeFacts.Remove(id);
                    state.FactFree[f] = false;
                }
                else
                {
                    throw new ArgumentException(QuestionnaireMessages.PlannerDeclinedUnknown(id, _m.Compiled.Set.Id), nameof(declined));
                }
            }
        }

        return state;
    }

    private PlanWork Run(Observation observation, IEnumerable<string>? declined)
    {
        var state = Prepare(observation, declined);
        var range = ReachableRange.Of(_m, state);
        var w = new PlanWork(state, range, _m);
        if (range.ReachableBands == 1)
        {
            w.Status = PlanStatus.Settled;
        }

        Estimation.Estimate(_m, state, w);
        if (w.Status != PlanStatus.Settled)
        {
            w.Status = w.ChangeProbability < _m.Options.LikelySettledBelow ? PlanStatus.LikelySettled : PlanStatus.Open;
        }

        return w;
    }
}

using AtsIntegration.Storage;
using InterviewSignals.Evaluation;
using InterviewSignals.Taxonomy;
using InterviewSignals.Timelines;

namespace AtsIntegration.Nudges;

/// <summary>One application that needs a word now: the source ATS and its id as the ATS spells it, the first reason, the days waited and why.</summary>
public sealed record NudgeItem(
    string Source,
    string ApplicationId,
    string Reason,
    int DaysWaited,
    string Text,
    IReadOnlyList<string> Explanation,
    int? DaysSinceCandidateContact,
    IReadOnlyList<NudgeLine> Nudges);

/// <summary>One reason to act, in full.</summary>
public sealed record NudgeLine(string Reason, string Text, int DaysWaited, DateTimeOffset WaitingSince, IReadOnlyList<string> Because, IReadOnlyList<string> Events);

/// <summary>
/// Weighs every stored application's timeline as of now (the configured clock) with the candidate-experience set and
/// lists those a recruiter should act on. Nothing here ranks anyone: the list is in source and id order, and it
/// holds prompts to communicate, never a score.
/// </summary>
public sealed class NudgeService(AtsStore store, TimeProvider clock, SignalSet set)
{
    private readonly IInterviewEvaluator _evaluator = InterviewEvaluator.Create(set);
    private readonly ITimelineMapping _mapping = TimelineMapping.For(set);

    public SignalSet Set => set;

    public DateTimeOffset Now => clock.GetUtcNow();

    public IReadOnlyList<NudgeItem> Current(string? language)
    {
        var asOf = clock.GetUtcNow();
        var items = new List<NudgeItem>();
        foreach (var (source, application, timeline) in store.Timelines().OrderBy(t => t.Source, StringComparer.Ordinal).ThenBy(t => t.ApplicationId, StringComparer.Ordinal))
        {
            var mapped = _mapping.Map(timeline, set, asOf);
            var advice = NudgeAdvisor.Default.Advise(_evaluator.Assess(mapped.Observation), set, mapped, language);
            if (!advice.ActNow)
            {
                continue;
            }

            var lines = advice.Nudges.Select(n => new NudgeLine(Reason(n.Reason), n.Text.Text, n.DaysWaited, n.WaitingSince, n.Because.Select(b => b.Text).ToList(), n.EventIds)).ToList();
            var first = lines[0];
            items.Add(new NudgeItem(source, application, first.Reason, first.DaysWaited, first.Text, first.Because, advice.DaysSinceCandidateContact, lines));
        }

        return items;
    }

    private static string Reason(NudgeReason reason) => reason switch
    {
        NudgeReason.Silence => "silence",
        NudgeReason.PromisePassed => "promisePassed",
        _ => "feedbackMissing",
    };
}

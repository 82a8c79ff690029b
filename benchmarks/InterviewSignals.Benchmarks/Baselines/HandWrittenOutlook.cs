using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Benchmarks.Baselines;

/// <summary>
/// The built-in interview-outlook set (1.0.0) as plain C#: ifs and a sum. The answered signals are one line each
/// (the list was produced once from the set's JSON); the rules over facts and the modifiers are written out by hand.
/// It is the practical speed limit for the engine, and a test keeps its scores equal to the engine's.
/// </summary>
public static class HandWrittenOutlook
{
    private static readonly double BaseScore = Math.Log(0.4 / 0.6);

    public static double Score(Observation observation, DateTimeOffset asOf)
    {
        var a = observation.Signals;
        var f = observation.Facts;
        double? length = f.TryGetValue("interview-length-minutes", out var v1) ? v1.Number : null;
        double? interviewers = f.TryGetValue("interviewer-count", out var v2) ? v2.Number : null;
        var size = f.TryGetValue("company-size", out var v3) ? v3.Choice : null;
        var manner = f.TryGetValue("interviewer-manner", out var v4) ? v4.Choice : null;
        bool? doubts = f.TryGetValue("candidate-self-doubts", out var v5) ? v5.Boolean : null;
        double? days = f.TryGetValue("interview-date", out var v6) ? (asOf - v6.Date).TotalDays : null;
        double? timeline = f.TryGetValue("employer-timeline-days", out var v7) ? v7.Number : null;
        bool? heardBack = f.TryGetValue("heard-back", out var v8) ? v8.Boolean : null;
        double? replyHours = f.TryGetValue("reply-hours", out var v9) ? v9.Number : null;
        var tone = f.TryGetValue("reply-tone", out var v10) ? v10.Choice : null;

        // Modifiers: the factor each applies at full degree (all of these conditions are yes/no).
        var large = size == "large" ? 0.5 : 1.0;
        var startup = size == "startup" ? 0.6 : 1.0;
        var reserved = manner == "reserved" ? 0.5 : 1.0;
        var warm = manner == "especially-warm" ? 0.5 : 1.0;
        var panel = interviewers > 1 ? 0.5 : 1.0;
        var single = interviewers == 1 ? 1.3 : 1.0;
        var doubter = doubts == true ? 0.5 : 1.0;

        var score = BaseScore;
        score += Answered(a, "next-steps-explained", 0.12, -0.9, 1.0, 1.0);
        score += Answered(a, "invited-to-next-round", 1.5, 0.0, 1.0, 1.0);
        score += Answered(a, "references-requested", 0.3, 0.0, 1.0, 1.0);
        score += Answered(a, "clarifying-questions-asked", 0.18, -0.9, panel, 1.0);
        score += Answered(a, "positive-feedback", 0.6, 0.0, 1.0, 1.0);
        score += Answered(a, "frequent-concerns-raised", -0.36, 0.0, 1.0, 1.0);
        score += Answered(a, "asked-about-your-interest", 0.42, 0.0, 1.0, 1.0);
        score += Answered(a, "asked-when-you-could-start", 0.48, 0.0, 1.0, 1.0);
        score += Answered(a, "salary-discussed", 0.48, 0.0, 1.0, 1.0);
        score += Answered(a, "introduced-to-staff", 0.36, 0.0, 1.0, 1.0);
        score += Answered(a, "met-senior-management", 0.48, 0.0, 1.0, 1.0);
        score += Answered(a, "contact-details-shared", 0.6, 0.0, 1.0, 1.0);
        score += Answered(a, "sold-you-the-job", 0.42, 0.0, 1.0, 1.0);
        score += Answered(a, "talked-about-your-future", 0.6, 0.0, 1.0, 1.0);
        score += Answered(a, "pictured-you-in-the-role", 0.24, 0.0, 1.0, 1.0);
        score += Answered(a, "detailed-job-description", 0.42, -0.72, 1.0, 1.0);
        score += Answered(a, "company-culture-discussed", 0.3, -0.24, 1.0, 1.0);
        score += Answered(a, "full-answers-to-your-questions", 0.12, -0.9, 1.0, 1.0);
        score += Answered(a, "comfortable-atmosphere", 0.3, -0.3, warm, large * reserved * doubter);
        score += Answered(a, "interviewer-smiled", 0.36, 0.0, warm, large * reserved * doubter);
        score += Answered(a, "interviewer-negative-body-language", -0.3, 0.0, warm, large * reserved * doubter);
        score += Answered(a, "interviewer-seemed-disinterested", -0.36, 0.0, warm, large * reserved * doubter);
        score += Answered(a, "low-energy", -0.24, 0.0, 1.0, 1.0);
        score += Answered(a, "nervous-or-unprepared", -0.24, 0.0, 1.0, doubter);
        score += Answered(a, "vague-answers", -0.3, 0.0, 1.0, 1.0);
        score += Answered(a, "talked-too-much-or-too-little", -0.18, 0.0, 1.0, 1.0);
        score += Answered(a, "did-not-listen", -0.24, 0.0, 1.0, 1.0);
        score += Answered(a, "strong-examples-given", 0.24, -0.3, 1.0, 1.0);
        score += Answered(a, "arrived-late", -0.36, 0.0, 1.0, 1.0);
        score += Answered(a, "dressed-inappropriately", -0.24, 0.0, 1.0, 1.0);
        score += Answered(a, "unprofessional-or-overfriendly", -0.3, 0.0, 1.0, 1.0);
        score += Answered(a, "rehearsed-or-arrogant", -0.24, 0.0, 1.0, 1.0);
        score += Answered(a, "poor-eye-contact-or-posture", -0.18, 0.0, 1.0, 1.0);
        score += Answered(a, "not-being-yourself", -0.18, 0.0, 1.0, 1.0);
        score += Answered(a, "curt-with-non-interviewers", -0.3, 0.0, 1.0, 1.0);
        score += Answered(a, "asked-prepared-questions", 0.18, -0.18, 1.0, 1.0);
        score += Answered(a, "expressed-interest-at-close", 0.18, -0.24, 1.0, 1.0);
        score += Answered(a, "you-think-you-blew-it", -0.18, 0.0, 1.0, doubter);
        score += Answered(a, "you-think-you-nailed-it", 0.12, 0.0, 1.0, doubter);
        score += Answered(a, "thank-you-note-sent", 0.12, -0.18, 1.0, 1.0);
        score += Answered(a, "followed-up-after-stated-date", 0.12, 0.0, 1.0, 1.0);
        score += Answered(a, "internal-candidate-known", -0.36, 0.0, 1.0, 1.0);
        score += Answered(a, "many-applicants", -0.18, 0.0, 1.0, 1.0);

        // interview-over-30-minutes: present past 30 minutes; a short interview weighs nothing.
        if (a.TryGetValue("interview-over-30-minutes", out var longAnswer))
        {
            score += longAnswer.State == SignalState.Present ? 0.36 * longAnswer.Strength * panel * single : 0;
        }
        else if (length > 30)
        {
            score += 0.36 * panel * single;
        }

        // no-word-since-interview: silence ramps in over a week after the stated timeline, or from day 7 to 14.
        if (a.TryGetValue("no-word-since-interview", out var silenceAnswer))
        {
            score += silenceAnswer.State == SignalState.Present ? -0.72 * silenceAnswer.Strength * startup : 0;
        }
        else if (heardBack == false && days is double d)
        {
            var strength = timeline is double t ? Ramp(d, t, t + 7) : Ramp(d, 7, 14);
            if (strength > 0)
            {
                score += -0.72 * strength * startup;
            }
        }

        // prompt-warm-reply: a warm reply counts fully within a day and fades out by three days.
        if (a.TryGetValue("prompt-warm-reply", out var warmAnswer))
        {
            score += warmAnswer.State == SignalState.Present ? 0.42 * warmAnswer.Strength : 0;
        }
        else if (tone == "warm" && replyHours is double h)
        {
            var strength = 1 - Ramp(h, 24, 72);
            if (strength > 0)
            {
                score += 0.42 * strength;
            }
        }

        // short-dry-reply
        if (a.TryGetValue("short-dry-reply", out var dryAnswer))
        {
            score += dryAnswer.State == SignalState.Present ? -0.24 * dryAnswer.Strength : 0;
        }
        else if (tone == "short-and-dry")
        {
            score += -0.24;
        }

        return score;
    }

    private static double Answered(IReadOnlyDictionary<string, SignalAnswer> answers, string id, double present, double absent, double positiveFactor, double negativeFactor)
    {
        if (!answers.TryGetValue(id, out var answer))
        {
            return 0;
        }

        var w = answer.State == SignalState.Present ? present : absent;
        var strength = answer.State == SignalState.Present ? answer.Strength : 1.0;
        return w * strength * (w > 0 ? positiveFactor : negativeFactor);
    }

    private static double Ramp(double x, double from, double to) => x <= from ? 0 : (x >= to ? 1 : (x - from) / (to - from));
}

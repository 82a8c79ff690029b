using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InterviewSignals.Evaluation;
using InterviewSignals.Internal;
using InterviewSignals.Taxonomy;
using InterviewSignals.Texts;

namespace InterviewSignals.Explanations;

/// <summary>The built-in generator: every sentence comes from an <see cref="ITextProvider"/>; nothing is assembled in code.</summary>
public sealed class ExplanationGenerator : IExplanationGenerator
{
    private const int MaxReasons = 4;
    private const int MaxAdvice = 5;
    private static readonly IReadOnlyDictionary<string, string> NoArguments = new Dictionary<string, string>(0);
    private static readonly char[] OpenBrace = { '{' };
    private static readonly string[] Sections = { "reasons-for", "reasons-against", "caveats", "advice", "find-out-next", "not-about-you", "about" };
    private static readonly string[] SectionKeys = { "reasonsFor", "reasonsAgainst", "caveats", "advice", "findOutNext", "notAboutYou", "about" };
    private readonly ITextProvider _texts;

    private ExplanationGenerator(ITextProvider? texts) => _texts = texts ?? TextCatalog.Default;

    /// <summary>Creates a generator that words explanations with the given texts.</summary>
    /// <param name="texts">The texts, or <see langword="null"/> for <see cref="TextCatalog.Default"/>.</param>
    /// <returns>The generator; immutable and thread-safe.</returns>
    public static ExplanationGenerator Create(ITextProvider? texts = null) => texts is null ? Default : new(texts);

    /// <summary>Gets a generator with the built-in texts.</summary>
    /// <value>A shared instance.</value>
    public static ExplanationGenerator Default { get; } = new(null);

    /// <inheritdoc/>
    public Explanation Generate(Assessment assessment, SignalSet set, string? language = null)
    {
        Guard.NotNull(assessment);
        Guard.NotNull(set);
        SignalSetMismatchException.ThrowIfOther(SignalSetMismatchException.MadeWith.Assessment, assessment.SignalSet, set.Reference);

        var t = new TextResolver(_texts, language);
        var codes = SetTextCodes.For(set);
        return new Explanation
        {
            Language = t.Language,
            SignalSet = assessment.SignalSet,
            Band = assessment.Band,
            Outlook = assessment.Outlook,
            Headline = Headline(t, codes, set, assessment),
            Confidence = Item(t, "confidence." + assessment.Confidence.Level.ToString().ToLowerInvariant(), null, Args(("coverage", Percent(assessment.Confidence.Coverage)))),
            ReasonsFor = Ranking.Top(assessment.Contributions, c => c.Value > 0, c => c.Value, descending: true, MaxReasons).ConvertAll(c => Reason(t, codes, c)),
            ReasonsAgainst = Ranking.Top(assessment.Contributions, c => c.Value < 0, c => c.Value, descending: false, MaxReasons).ConvertAll(c => Reason(t, codes, c)),
            Caveats = Caveats(t, codes, assessment),
            Advice = Advice(t, set, codes, assessment),
            FindOutNext = assessment.FindOutNext.Select(f => LazyItem(t, codes.Signal(f.SignalId).Question, codes.Signal(f.SignalId).Definition.Question ?? f.Question, () => Args(("signal", Title(t, codes, f.SignalId))))).ToList(),
            NotAboutYou = NotAboutYou(t, codes, assessment),
            Recheck = assessment.RecheckOn is { } on ? Item(t, "recheck", null, Args(("date", on.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))) : null,
            Disclaimers = Disclaimers(t, assessment, set),
            Headings = Headings(t, codes),
        };
    }

    private static ExplanationItem Headline(TextResolver t, SetTextCodes codes, SignalSet set, Assessment assessment)
    {
        string Pick(string suffix)
        {
            var specific = "headline." + codes.SetPrefix + suffix;
            return t.Find(specific) is not null ? specific : "headline." + suffix;
        }

        // Percentages and dates are written without culture data (the texts place the % sign), so the words are the
        // same whether or not the host has ICU, for example in globalization-invariant containers.
        var code = assessment.Band switch
        {
            OutlookBand.TooEarlyToTell when assessment.TooEarlyReason == TooEarlyReason.TimelineNotPassed => Pick("too-early.timeline"),
            OutlookBand.TooEarlyToTell => Pick("too-early.little-known"),
            OutlookBand.Encouraging => Pick("encouraging"),
            OutlookBand.Mixed => Pick("mixed"),
            _ => Pick("concerning"),
        };
        return Item(t, code, null, Args(("outlook", Percent(assessment.Outlook)), ("set", t.Get("sets." + set.Id + ".title", set.Title))));
    }

    private static List<ExplanationItem> Caveats(TextResolver t, SetTextCodes codes, Assessment assessment)
    {
        var caveats = new List<ExplanationItem>();
        foreach (var m in assessment.AppliedModifiers)
        {
            var (code, definition) = codes.Modifier(m.ModifierId);
            caveats.Add(Item(t, code, definition.Caveat, Args(("factor", m.Factor.ToString("0.##", CultureInfo.InvariantCulture)))));
        }

        if (assessment.Confidence.Conflicting)
        {
            caveats.Add(Item(t, "caveat.conflicting"));
        }

        if (assessment.Confidence.Level == ConfidenceLevel.Low)
        {
            caveats.Add(Item(t, "caveat.low-confidence"));
        }

        caveats.Add(Item(t, "caveat.self-assessment"));
        caveats.Add(Item(t, "caveat.one-signal"));
        return caveats;
    }

    /// <summary>
    /// Advice that fits what happened: each signal's advice for the state it is in, so nobody is told to do what they
    /// already did. Order: the changes that would move the band, then what was observed (heaviest first), then what is
    /// still unknown and within reach, then the standing advice. Each signal's advice appears once.
    /// </summary>
    private static List<ExplanationItem> Advice(TextResolver t, SignalSet set, SetTextCodes codes, Assessment assessment)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<ExplanationItem>();
        void Add(string signalId, SignalState state)
        {
            var c = codes.Signal(signalId);
            var inline = c.Definition.Advice?.For(state);
            if (inline is null || items.Count >= MaxAdvice - 1 || !seen.Add(signalId))
            {
                return;
            }

            var code = c.AdviceFor(state);
            var template = t.Find(code) ?? t.Get(c.SharedAdvice, inline);
            items.Add(Fill(code, template, () => Args(("signal", Title(t, codes, signalId)))));
        }

        foreach (var change in assessment.WhatWouldChange.Changes)
        {
            Add(change.SignalId, change.From);
        }

        foreach (var c in Ranking.Top(assessment.Contributions, _ => true, c => Math.Abs(c.Value), descending: true, int.MaxValue))
        {
            Add(c.SignalId, c.State);
        }

        var answered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in assessment.Contributions)
        {
            answered.Add(c.SignalId);
        }

        foreach (var s in set.Signals)
        {
            if (s.Actionable && !answered.Contains(s.Id))
            {
                Add(s.Id, SignalState.Unknown);
            }
        }

        items.Add(Item(t, "advice.keep-searching"));
        return items;
    }

    private static List<ExplanationItem> NotAboutYou(TextResolver t, SetTextCodes codes, Assessment assessment)
    {
        var items = Ranking.Top(assessment.Contributions, c => c.Value < 0 && codes.Signal(c.SignalId).Definition.Driver == SignalDriver.Organisation, c => c.Value, descending: false, int.MaxValue)
            .ConvertAll(c => Item(t, codes.Signal(c.SignalId).Title, codes.Signal(c.SignalId).Definition.Title));
        items.Add(Item(t, "not-about-you.general"));
        return items;
    }

    private static Dictionary<string, string> Headings(TextResolver t, SetTextCodes codes)
    {
        var headings = new Dictionary<string, string>(Sections.Length, StringComparer.Ordinal);
        for (var i = 0; i < Sections.Length; i++)
        {
            var (specific, generic) = codes.HeadingCodes[Sections[i]];
            headings[SectionKeys[i]] = t.Find(specific) ?? t.Get(generic);
        }

        return headings;
    }

    private const int MaxQuotes = 2;

    /// <summary>The standing disclaimer (for a set fitted to outcomes, the one that says where its weights came from), the employer-use one, and for a calibrated set where its calibration came from.</summary>
    private static List<ExplanationItem> Disclaimers(TextResolver t, Assessment assessment, SignalSet set)
    {
        var items = new List<ExplanationItem>
        {
            set.Fit is { } f
                ? Item(t, "disclaimer.fitted", null, Args(
                    ("cases", f.Cases.ToString(CultureInfo.InvariantCulture)),
                    ("offers", f.Offers.ToString(CultureInfo.InvariantCulture)),
                    ("description", f.Description),
                    ("date", f.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))))
                : Item(t, "disclaimer"),
        };
        if (assessment.HumanReviewRequired)
        {
            items.Add(Item(t, "disclaimer.human-review"));
        }

        if (assessment.CalibratedScore is not null && set.Calibration is { } c)
        {
            items.Add(Item(t, "disclaimer.calibrated", null, Args(
                ("cases", c.Cases.ToString(CultureInfo.InvariantCulture)),
                ("offers", c.Offers.ToString(CultureInfo.InvariantCulture)),
                ("description", c.Description),
                ("date", c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))));
        }

        return items;
    }

    private static ExplanationReason Reason(TextResolver t, SetTextCodes codes, Contribution c)
    {
        var signal = codes.Signal(c.SignalId);
        var code = signal.For(c.State);
        var args = Args(
            ("signal", Title(t, codes, c.SignalId)),
            ("value", c.Value.ToString("+0.00;-0.00", CultureInfo.InvariantCulture)),
            ("strength", Percent(c.Strength)));
        var template = t.Get(code, signal.Definition.TextFor(c.State));
        var reason = new ExplanationReason(code, TextTemplate.Format(template, args), args, c.SignalId, c.Value);
        if (c.Evidence.Count == 0)
        {
            return reason;
        }

        // The person's own words, each said once, at most two: enough to recognise, not a transcript.
        var words = c.Evidence.Select(e => e.Text).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxQuotes).ToList();
        var quote = TextTemplate.Format(t.Get("reason.you-wrote"), Args(("words", string.Join(t.Get("reason.you-wrote.separator"), words))));
        return reason with { QuotedWords = words, Quote = quote };
    }

    private static string Title(TextResolver t, SetTextCodes codes, string signalId)
    {
        var c = codes.Signal(signalId);
        return t.Get(c.Title, c.Definition.Title);
    }

    private static ExplanationItem LazyItem(TextResolver t, string code, string? inlineEnglish, Func<Dictionary<string, string>> args)
        => Fill(code, t.Get(code, inlineEnglish), args);

    /// <summary>Builds the arguments only when the template has a placeholder to fill: most advice and questions have none.</summary>
    private static ExplanationItem Fill(string code, string template, Func<Dictionary<string, string>> args)
    {
        if (template.IndexOfAny(OpenBrace) < 0)
        {
            return new ExplanationItem(code, template, NoArguments);
        }

        var filled = args();
        return new ExplanationItem(code, TextTemplate.Format(template, filled), filled);
    }

    private static ExplanationItem Item(TextResolver t, string code, string? inlineEnglish = null, IReadOnlyDictionary<string, string>? args = null)
    {
        args ??= NoArguments;
        return new ExplanationItem(code, TextTemplate.Format(t.Get(code, inlineEnglish), args), args);
    }

    private static string Percent(double share) => Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Args(params (string Name, string Value)[] pairs)
    {
        var d = new Dictionary<string, string>(pairs.Length, StringComparer.Ordinal);
        foreach (var (name, value) in pairs)
        {
            d[name] = value;
        }

        return d;
    }
}

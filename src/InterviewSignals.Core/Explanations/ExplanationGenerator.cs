using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InterviewSignals.Evaluation;
using InterviewSignals.Internal;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Explanations;

/// <summary>Turns an assessment into words. Replace it to change how results are explained.</summary>
public interface IExplanationGenerator
{
    /// <summary>Explains an assessment.</summary>
    /// <param name="assessment">An assessment produced by an evaluator (it carries its set).</param>
    /// <param name="culture">The culture of the texts, or <see langword="null"/> for English.</param>
    /// <returns>The explanation.</returns>
    Explanation Generate(Assessment assessment, CultureInfo? culture = null);
}

/// <summary>The built-in generator: every sentence comes from an <see cref="ITextProvider"/>; nothing is assembled in code.</summary>
public sealed class ExplanationGenerator : IExplanationGenerator
{
    private const int MaxReasons = 4;
    private const int MaxAdvice = 5;
    private static readonly IReadOnlyDictionary<string, string> NoArguments = new Dictionary<string, string>(0);
    private static readonly char[] OpenBrace = { '{' };
    private readonly ITextProvider _texts;

    /// <summary>Initializes a new instance of the <see cref="ExplanationGenerator"/> class.</summary>
    /// <param name="texts">The texts, or <see langword="null"/> for <see cref="TextCatalog.Default"/>.</param>
    public ExplanationGenerator(ITextProvider? texts = null) => _texts = texts ?? TextCatalog.Default;

    /// <summary>Gets a generator with the built-in texts.</summary>
    /// <value>A shared instance.</value>
    public static ExplanationGenerator Default { get; } = new();

    /// <inheritdoc/>
    public Explanation Generate(Assessment assessment, CultureInfo? culture = null)
    {
        Internal.Guard.NotNull(assessment);
        var set = assessment.Set ?? throw new ArgumentException("The assessment does not carry its signal set (was it deserialised?); explain assessments produced by an evaluator.", nameof(assessment));
        culture ??= TextResolver.English;
        var t = new TextResolver(_texts, culture);
        var setId = set.Id;
        var codes = SetTextCodes.For(set);

        string Pick(string generic, string specificSuffix)
        {
            var specific = "headline." + codes.SetPrefix + specificSuffix;
            return t.Find(specific) is not null ? specific : generic;
        }

        // Percentages and dates are written without culture data (the texts place the % sign), so the words are the
        // same whether or not the host has ICU, for example in globalization-invariant containers.
        var outlook = Percent(assessment.Outlook);
        var headlineCode = assessment.Band switch
        {
            OutlookBand.TooEarlyToTell when assessment.TooEarlyReason == TooEarlyReason.TimelineNotPassed => Pick("headline.too-early.timeline", "too-early.timeline"),
            OutlookBand.TooEarlyToTell => Pick("headline.too-early.little-known", "too-early.little-known"),
            OutlookBand.Encouraging => Pick("headline.encouraging", "encouraging"),
            OutlookBand.Mixed => Pick("headline.mixed", "mixed"),
            _ => Pick("headline.concerning", "concerning"),
        };
        var headline = Item(t, headlineCode, null, Args(("outlook", outlook), ("set", set.Title)));

        var confidenceCode = "confidence." + assessment.Confidence.Level.ToString().ToLowerInvariant();
        var confidence = Item(t, confidenceCode, null, Args(("coverage", Percent(assessment.Confidence.Coverage))));

        var reasonsFor = Ranking.Top(assessment.Contributions, c => c.Value > 0, c => c.Value, descending: true, MaxReasons).ConvertAll(c => Reason(t, codes, c));
        var reasonsAgainst = Ranking.Top(assessment.Contributions, c => c.Value < 0, c => c.Value, descending: false, MaxReasons).ConvertAll(c => Reason(t, codes, c));

        var caveats = new List<ExplanationItem>();
        foreach (var m in assessment.AppliedModifiers)
        {
            caveats.Add(Item(t, codes.Caveat(m.ModifierId), m.Definition?.Caveat, Args(("factor", m.Factor.ToString("0.##", CultureInfo.InvariantCulture)))));
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

        var advice = Advice(t, set, codes, assessment);
        var findOutNext = assessment.FindOutNext
            .Select(f => LazyItem(t, codes.Signal(f.SignalId).Question, f.Signal?.Question ?? f.Question, () => Args(("signal", Title(t, codes, f.SignalId, f.Signal)))))
            .ToList();

        var notAboutYou = Ranking.Top(assessment.Contributions, c => c.Value < 0 && c.Signal is { Driver: SignalDriver.Organisation }, c => c.Value, descending: false, int.MaxValue)
            .ConvertAll(c => Item(t, codes.Signal(c.SignalId).Title, c.Signal!.Title));
        notAboutYou.Add(Item(t, "not-about-you.general"));

        ExplanationItem? recheck = null;
        if (assessment.RecheckOn is { } on)
        {
            recheck = Item(t, "recheck", null, Args(("date", on.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        }

        var disclaimers = new List<ExplanationItem> { Item(t, "disclaimer") };
        if (assessment.HumanReviewRequired)
        {
            disclaimers.Add(Item(t, "disclaimer.human-review"));
        }

        string Heading(string section)
        {
            var (specific, generic) = codes.HeadingCodes[section];
            return t.Find(specific) ?? t.Get(generic);
        }

        return new Explanation
        {
            Culture = culture.Name,
            SignalSet = assessment.SignalSet,
            Band = assessment.Band,
            Outlook = assessment.Outlook,
            Headline = headline,
            Confidence = confidence,
            ReasonsFor = reasonsFor,
            ReasonsAgainst = reasonsAgainst,
            Caveats = caveats,
            Advice = advice,
            FindOutNext = findOutNext,
            NotAboutYou = notAboutYou,
            Recheck = recheck,
            Disclaimers = disclaimers,
            Headings = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["reasonsFor"] = Heading("reasons-for"),
                ["reasonsAgainst"] = Heading("reasons-against"),
                ["caveats"] = Heading("caveats"),
                ["advice"] = Heading("advice"),
                ["findOutNext"] = Heading("find-out-next"),
                ["notAboutYou"] = Heading("not-about-you"),
                ["about"] = Heading("about"),
            },
        };
    }

    private static List<ExplanationItem> Advice(TextResolver t, SignalSet set, SetTextCodes codes, Assessment assessment)
    {
        // Order: the changes that would move the band, then advice tied to what was observed (heaviest first),
        // then anything still actionable, then the standing advice. Each signal's advice appears once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<ExplanationItem>();
        void Add(SignalDefinition? s)
        {
            if (s?.Advice is null || items.Count >= MaxAdvice - 1 || !seen.Add(s.Id))
            {
                return;
            }

            items.Add(LazyItem(t, codes.Signal(s.Id).Advice, s.Advice, () => Args(("signal", Title(t, codes, s.Id, s)))));
        }

        foreach (var c in assessment.WhatWouldChange.Changes)
        {
            Add(c.Signal);
        }

        foreach (var c in Ranking.Top(assessment.Contributions, _ => true, c => Math.Abs(c.Value), descending: true, int.MaxValue))
        {
            Add(c.Signal);
        }

        var answered = new HashSet<string>(assessment.Contributions.Select(c => c.SignalId), StringComparer.Ordinal);
        foreach (var s in set.Signals.Where(s => s.Actionable && !answered.Contains(s.Id)))
        {
            Add(s);
        }

        items.Add(Item(t, "advice.keep-searching"));
        return items;
    }

    private static ExplanationReason Reason(TextResolver t, SetTextCodes codes, Contribution c)
    {
        var code = codes.Signal(c.SignalId).For(c.State);
        var args = Args(
            ("signal", Title(t, codes, c.SignalId, c.Signal)),
            ("value", c.Value.ToString("+0.00;-0.00", CultureInfo.InvariantCulture)),
            ("strength", Percent(c.Strength)));
        var template = t.Get(code, c.Signal?.TextFor(c.State));
        return new ExplanationReason(code, TextTemplate.Format(template, args), args, c.SignalId, c.Value);
    }

    private static string Title(TextResolver t, SetTextCodes codes, string signalId, SignalDefinition? s)
        => t.Get(codes.Signal(signalId).Title, s?.Title);

    /// <summary>Builds the arguments only when the template has a placeholder to fill: most advice and questions have none.</summary>
    private static ExplanationItem LazyItem(TextResolver t, string code, string? inlineEnglish, Func<Dictionary<string, string>> args)
    {
        var template = t.Get(code, inlineEnglish);
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

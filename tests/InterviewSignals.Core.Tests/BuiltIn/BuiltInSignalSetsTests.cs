using InterviewSignals.BuiltIn;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;
using InterviewSignals.Texts;

namespace InterviewSignals.Tests.BuiltIn;

public class BuiltInSignalSetsTests
{
    public static TheoryData<string> Ids => new(BuiltInSignalSets.Ids);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_built_in_set_loads_cleanly(string id)
    {
        var set = BuiltInSignalSets.Find(id);
        Assert.NotNull(set);
        Assert.Equal(id, set!.Id);
        Assert.Equal(IntendedUse.CandidateSelfAssessment, set.IntendedUse);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_source_quote_is_verbatim_in_its_article(string id)
    {
        var set = BuiltInSignalSets.Find(id)!;
        var quotes = set.Signals.SelectMany(s => s.Sources.Select(q => (Owner: s.Id, q)))
            .Concat(set.Modifiers.SelectMany(m => m.Sources.Select(q => (Owner: m.Id, q))));
        var missing = quotes
            .Where(x => !Seeds.Normalise(Seeds.Read(x.q.Document)).Contains(Seeds.Normalise(x.q.Quote), StringComparison.Ordinal))
            .Select(x => x.Owner + ": " + x.q.Quote)
            .ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_signal_and_modifier_cites_at_least_one_source(string id)
    {
        var set = BuiltInSignalSets.Find(id)!;
        Assert.All(set.Signals, s => Assert.NotEmpty(s.Sources));
        Assert.All(set.Modifiers, m => Assert.NotEmpty(m.Sources));
    }

    [Fact]
    public void The_outlook_set_cites_every_article()
    {
        var cited = BuiltInSignalSets.InterviewOutlook.Signals.SelectMany(s => s.Sources).Select(q => q.Document).Distinct().OrderBy(d => d);
        Assert.Equal(Seeds.FileByDocument.Keys.OrderBy(d => d), cited);
    }

    [Fact]
    public void The_outlook_set_has_the_caveats_the_articles_name()
    {
        var modifiers = BuiltInSignalSets.InterviewOutlook.Modifiers.Select(m => m.Id).ToList();
        Assert.Contains("large-corporation", modifiers);
        Assert.Contains("reserved-interviewer", modifiers);
        Assert.Contains("several-interviewers", modifiers);
        Assert.Contains("self-doubting-candidate", modifiers);
    }

    [Fact]
    public void Rejection_review_marks_each_reason_as_within_control_or_not_by_its_sign()
    {
        foreach (var s in BuiltInSignalSets.RejectionReview.Signals)
        {
            Assert.Equal(s.WithinCandidateControl, s.Weights.Present > 0);
            Assert.Equal(s.WithinCandidateControl, s.Advice is not null);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_signal_text_has_a_Spanish_translation(string id)
    {
        var set = BuiltInSignalSets.Find(id)!;
        var catalog = TextCatalog.Default;
        var missing = new List<string>();
        void Check(string code, string? english)
        {
            if (english is not null && !catalog.TryGetTemplate(code, "es", out _))
            {
                missing.Add(code);
            }
        }

        Check($"sets.{id}.title", set.Title);
        foreach (var s in set.Signals)
        {
            var p = $"signals.{id}.{s.Id}.";
            Check(p + "title", s.Title);
            Check(p + "question", s.Question);
            Check(p + "present", s.PresentText);
            Check(p + "absent", s.AbsentText);
            if (s.Advice is { IsWhenNotPresent: true })
            {
                Check(p + "advice", s.Advice.Absent);
            }
            else if (s.Advice is not null)
            {
                Check(p + "advice.present", s.Advice.Present);
                Check(p + "advice.absent", s.Advice.Absent);
                Check(p + "advice.unknown", s.Advice.Unknown);
            }
        }

        foreach (var m in set.Modifiers)
        {
            Check($"modifiers.{id}.{m.Id}.caveat", m.Caveat);
        }

        foreach (var f in set.Facts)
        {
            Check($"facts.{id}.{f.Id}.question", f.Question);
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Generic_texts_exist_in_both_languages()
    {
        var catalog = TextCatalog.Default;
        Assert.Equal(new[] { "en", "es" }, catalog.Languages);
        foreach (var code in new[] { "headline.encouraging", "headline.too-early.timeline", "caveat.self-assessment", "caveat.one-signal", "advice.keep-searching", "disclaimer", "disclaimer.human-review", "recheck" })
        {
            Assert.True(catalog.TryGetTemplate(code, "en", out _), code);
            Assert.True(catalog.TryGetTemplate(code, "es", out _), code);
        }
    }
}

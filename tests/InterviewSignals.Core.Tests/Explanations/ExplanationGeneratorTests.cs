using System.Globalization;
using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Observations;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;
using InterviewSignals.Texts;
using Snapshooter;
using Snapshooter.Xunit;

namespace InterviewSignals.Tests.Explanations;

public class ExplanationGeneratorTests
{
    private static readonly DateTimeOffset Interview = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    internal static Assessment MixedInterview() => InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook).Assess(Observation.CreateBuilder()
        .Absent("next-steps-explained").Present("salary-discussed").Present("asked-when-you-could-start").Present("detailed-job-description")
        .Present("interviewer-seemed-disinterested").Present("positive-feedback").Absent("thank-you-note-sent").Present("you-think-you-blew-it")
        .Fact("interview-length-minutes", 50).Fact("interviewer-count", 2).Fact("company-size", "large").Fact("candidate-self-doubts", true)
        .Fact("interview-date", Interview).Fact("employer-timeline-days", 7).Fact("heard-back", false)
        .AsOf(Interview.AddDays(10)).Build());

    private static Assessment Rejection() => InterviewEvaluator.Create(BuiltInSignalSets.RejectionReview).Assess(Observation.CreateBuilder()
        .Present("weak-accomplishments").Present("nervous-or-unprepared").Present("many-qualified-candidates").Present("closer-match").Fact("candidate-self-doubts", true).Build());

    /// <summary>The snapshot reviews wording; the set's hash changes with every edit of the set and is checked elsewhere, so it is masked here.</summary>
    private static string[] Lines(string text)
        => System.Text.RegularExpressions.Regex.Replace(text, "sha256:[0-9a-f]{12}", "sha256:<hash>", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).Split('\n');

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void The_plain_text_explanation_reads_as_reviewed(string culture)
    {
        var text = ExplanationRenderer.ToPlainText(Explain.Of(MixedInterview(), culture));
        Snapshot.Match(Lines(text), SnapshotNameExtension.Create(culture));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void The_markdown_explanation_reads_as_reviewed(string culture)
    {
        var text = ExplanationRenderer.ToMarkdown(Explain.Of(MixedInterview(), culture));
        Snapshot.Match(Lines(text), SnapshotNameExtension.Create(culture));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void The_rejection_review_reads_as_reviewed(string culture)
    {
        var text = ExplanationRenderer.ToPlainText(Explain.Of(Rejection(), culture));
        Snapshot.Match(Lines(text), SnapshotNameExtension.Create(culture));
    }

    [Fact]
    public void Reasons_are_at_most_four_each_way_ranked_by_contribution_with_their_arguments()
    {
        var a = MixedInterview();
        var e = Explain.Of(a);

        Assert.InRange(e.ReasonsFor.Count, 1, 4);
        Assert.Equal(e.ReasonsFor.OrderByDescending(r => r.Value).Select(r => r.SignalId), e.ReasonsFor.Select(r => r.SignalId));
        Assert.Equal(a.Contributions.Where(c => c.Value > 0).Max(c => c.Value), e.ReasonsFor[0].Value);
        Assert.Equal(e.ReasonsAgainst.OrderBy(r => r.Value).Select(r => r.SignalId), e.ReasonsAgainst.Select(r => r.SignalId));
        var first = e.ReasonsAgainst[0];
        Assert.Equal("signals.interview-outlook.next-steps-explained.absent", first.Code);
        Assert.Equal("The interviewer explained the next steps", first.Arguments["signal"]);
        Assert.Equal("-0.90", first.Arguments["value"]);
    }

    [Fact]
    public void Caveats_list_the_modifiers_that_applied_then_the_standing_ones()
    {
        var e = Explain.Of(MixedInterview());
        var codes = e.Caveats.Select(c => c.Code).ToList();

        Assert.Equal(
            new[]
            {
                "modifiers.interview-outlook.large-corporation.caveat", "modifiers.interview-outlook.several-interviewers.caveat",
                "modifiers.interview-outlook.self-doubting-candidate.caveat", "caveat.conflicting", "caveat.low-confidence", "caveat.self-assessment", "caveat.one-signal",
            },
            codes);
    }

    [Fact]
    public void Advice_starts_with_what_the_candidate_can_still_do_and_ends_with_keep_searching()
    {
        var e = Explain.Of(MixedInterview());
        Assert.Equal("signals.interview-outlook.thank-you-note-sent.advice.absent", e.Advice[0].Code);
        Assert.Equal("advice.keep-searching", e.Advice[^1].Code);
        Assert.Equal(e.Advice.Count, e.Advice.Select(a => a.Code).Distinct().Count());
    }

    [Fact]
    public void A_host_can_override_a_single_text_and_keep_the_rest()
    {
        var texts = TextCatalog.Default.With("en", "headline.mixed", "Hard to read yet ({outlook}%).");
        var e = Explain.Of(MixedInterview(), generator: ExplanationGenerator.Create(texts));

        Assert.Equal("Hard to read yet (55%).", e.Headline.Text);
        Assert.Equal(Explain.Of(MixedInterview()).Caveats.Select(c => c.Text), e.Caveats.Select(c => c.Text));
    }

    [Fact]
    public void A_language_without_texts_falls_back_to_English_and_a_regional_variant_to_its_language()
    {
        var french = Explain.Of(MixedInterview(), "fr-FR");
        var english = Explain.Of(MixedInterview());
        var mexican = Explain.Of(MixedInterview(), "es-MX");
        var spanish = Explain.Of(MixedInterview(), "es");

        Assert.Equal(english with { Language = "x" }, french with { Language = "x" });
        Assert.Equal(spanish, mexican);
        Assert.Equal(("en", "es"), (french.Language, mexican.Language));
    }

    [Theory]
    [InlineData("klingon!")]
    [InlineData("e")]
    [InlineData("")]
    public void A_language_that_is_not_a_tag_is_refused(string tag)
    {
        var ex = Assert.Throws<ArgumentException>(() => Explain.Of(MixedInterview(), tag));
        Assert.StartsWith($"'{tag}' is not a language tag such as en, es or es-MX.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_set_without_Spanish_texts_shows_its_own_English_texts()
    {
        var a = InterviewEvaluator.Create(TestSets.Tiny()).Assess(Observation.CreateBuilder().Present("a").Build());
        var e = Explain.Of(a, "es", TestSets.Tiny());
        Assert.Equal("a was present.", e.ReasonsFor[0].Text);
        Assert.StartsWith("Alentador", e.Headline.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Employer_use_adds_the_human_review_disclaimer()
    {
        var set = TestSets.Builder("employer").WithIntendedUse(IntendedUse.EmployerProcessInsight).AddSignal(TestSets.Signal("a", 1, 0)).Build();
        var e = Explain.Of(InterviewEvaluator.Create(set).Assess(Observation.CreateBuilder().Build()), set: set);
        Assert.Equal(new[] { "disclaimer", "disclaimer.human-review" }, e.Disclaimers.Select(d => d.Code));
    }

    [Fact]
    public void The_explanation_does_not_depend_on_the_current_culture()
    {
        var expected = ExplanationRenderer.ToPlainText(Explain.Of(MixedInterview(), "en"));
        var previous = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "tr-TR", "de-DE", string.Empty })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                Assert.Equal(expected, ExplanationRenderer.ToPlainText(Explain.Of(MixedInterview(), "en")));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void An_assessment_read_back_from_JSON_is_explained_like_the_original()
    {
        var original = MixedInterview();
        var stored = InterviewSignalsJson.ParseAssessment(InterviewSignalsJson.ToJson(original));

        Assert.Equal(original, stored);
        Assert.Equal(Explain.Of(original, "es"), Explain.Of(stored, "es"));
    }

    [Fact]
    public void An_assessment_explained_with_another_version_of_its_set_is_refused_naming_both_hashes()
    {
        var a = MixedInterview();
        var other = SignalSet.CreateBuilder("interview-outlook", "9.9.9").Extend(BuiltInSignalSets.InterviewOutlook).OverrideWeights("salary-discussed", 0.1, 0).Build();

        var ex = Assert.Throws<SignalSetMismatchException>(() => ExplanationGenerator.Default.Generate(a, other));

        Assert.Contains(a.SignalSet.ContentHash, ex.Message, StringComparison.Ordinal);
        Assert.Contains(other.ContentHash, ex.Message, StringComparison.Ordinal);
        Assert.Equal((a.SignalSet, other.Reference), (ex.Expected, ex.Actual));
    }

    [Fact]
    public void An_edited_assessment_that_names_a_signal_its_set_lacks_is_refused()
    {
        var a = MixedInterview();
        var edited = a with { Contributions = a.Contributions.Select((c, i) => i == 0 ? c with { SignalId = "no-such-signal" } : c).ToList() };

        var ex = Assert.Throws<ArgumentException>(() => Explain.Of(edited));
        Assert.Contains("'no-such-signal'", ex.Message, StringComparison.Ordinal);
    }
}

public class TextTemplateTests
{
    [Theory]
    [InlineData("Outlook {outlook}.", "Outlook 62%.")]
    [InlineData("{{literal}} {outlook}", "{literal} 62%")]
    [InlineData("{unknown} stays", "{unknown} stays")]
    [InlineData("unclosed {outlook", "unclosed {outlook")]
    public void Placeholders_are_filled_by_name(string template, string expected)
        => Assert.Equal(expected, TextTemplate.Format(template, new Dictionary<string, string> { ["outlook"] = "62%" }));
}

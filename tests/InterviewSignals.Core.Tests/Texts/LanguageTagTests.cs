using InterviewSignals.Texts;

namespace InterviewSignals.Tests.Texts;

public class LanguageTagTests
{
    [Theory]
    [InlineData("es-MX", "es-MX,es,en")]
    [InlineData("zh-Hant-TW", "zh-Hant-TW,zh-Hant,zh,en")]
    [InlineData("en-GB", "en-GB,en")]
    [InlineData(null, "en")]
    public void The_fallback_chain_drops_subtags_from_the_right_and_ends_in_English(string? tag, string expected)
        => Assert.Equal(expected.Split(','), LanguageTag.FallbackChain(tag));

    [Theory]
    [InlineData("es", "es")]
    [InlineData("ES-mx", "es")]
    [InlineData("en-GB", "en")]
    [InlineData("fr", null)]
    [InlineData("not a tag", null)]
    public void A_request_resolves_to_a_language_the_catalogue_has_or_to_nothing(string tag, string? expected)
    {
        var found = LanguageTag.TryResolve(TextCatalog.Default, tag, out var resolved);
        Assert.Equal((expected is not null, expected), (found, resolved));
    }

    [Fact]
    public void A_catalogue_lists_the_languages_it_has_including_added_ones()
    {
        Assert.Equal(new[] { "en", "es" }, TextCatalog.Default.Languages);
        Assert.Equal(new[] { "en", "es", "fr-CA" }, TextCatalog.Default.With("fr-CA", "disclaimer", "Un indice.").Languages);
        Assert.Throws<ArgumentException>(() => TextCatalog.Default.With("français", "disclaimer", "x"));
    }
}

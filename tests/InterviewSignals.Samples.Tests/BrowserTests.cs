namespace InterviewSignals.Samples.Tests;

public class BrowserTests
{
    [Fact]
    public void A_browser_test_skipped_for_want_of_a_browser_carries_the_reason_in_the_name_dotnet_test_prints()
    {
        var (skip, name) = BrowserFactAttribute.Describe("The_page_works", browser: null, required: false);

        Assert.Equal(Browser.MissingReason, skip);
        Assert.Equal($"The_page_works (skipped: {Browser.MissingReason})", name);
        Assert.Contains("Install Debian's chromium package", name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_browser_test_runs_under_its_own_name_when_a_browser_is_found_or_required()
    {
        Assert.Equal((null, null), BrowserFactAttribute.Describe("The_page_works", browser: "/usr/bin/chromium", required: false));
        Assert.Equal((null, null), BrowserFactAttribute.Describe("The_page_works", browser: null, required: true));
    }
}

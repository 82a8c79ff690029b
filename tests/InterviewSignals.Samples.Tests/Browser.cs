namespace InterviewSignals.Samples.Tests;

/// <summary>
/// Finds a Chromium to drive: <c>INTERVIEW_SIGNALS_CHROMIUM</c> if set, else the usual install paths. Without one, a
/// browser test is skipped with the reason, unless <c>INTERVIEW_SIGNALS_REQUIRE_BROWSER=1</c> (as <c>.ci/run</c> sets),
/// which turns "no browser" into a failure so that CI always proves the page in a real browser.
/// </summary>
internal static class Browser
{
    public const string PathVariable = "INTERVIEW_SIGNALS_CHROMIUM";
    public const string RequireVariable = "INTERVIEW_SIGNALS_REQUIRE_BROWSER";

    private static readonly string[] UsualPaths = { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium" };

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) is "1" or "true";

    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return UsualPaths.FirstOrDefault(File.Exists);
    }

    /// <summary>Launches headless Chromium with the flags that keep it off the network beyond loopback.</summary>
    public static Task<Microsoft.Playwright.IBrowser> LaunchAsync(Microsoft.Playwright.IPlaywright playwright, string chromium)
        => playwright.Chromium.LaunchAsync(new Microsoft.Playwright.BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync" },
        });

    public static string MissingReason
        => $"No Chromium was found ({PathVariable} is {(Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } p ? "'" + p + "', which does not exist" : "not set")}; looked in {string.Join(", ", UsualPaths)}). Install Debian's chromium package or set {PathVariable}; .ci/run installs it and sets {RequireVariable}=1.";
}

/// <summary>
/// A test that needs a real browser: skipped with the reason when none is installed, unless a browser is required.
/// <c>dotnet test</c> prints a skipped test's name but not its reason, so the reason goes into the name it prints.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute([System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        (Skip, var name) = Describe(test, Browser.Find(), Browser.Required);
        if (name is not null)
        {
            DisplayName = name;
        }
    }

    /// <summary>The skip reason and the name to show for a test, given the browser found (or none) and whether one is required.</summary>
    internal static (string? Skip, string? DisplayName) Describe(string test, string? browser, bool required)
        => browser is null && !required ? (Browser.MissingReason, $"{test} (skipped: {Browser.MissingReason})") : (null, null);
}

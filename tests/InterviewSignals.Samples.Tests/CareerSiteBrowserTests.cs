using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace InterviewSignals.Samples.Tests;

/// <summary>Fills the form in real headless Chromium as a person would, over a real socket.</summary>
public sealed class CareerSiteBrowserTests : IAsyncLifetime
{
    private readonly WebApplicationFactory<Program> _factory = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _baseAddress = string.Empty;

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        using var client = _factory.CreateClient();
        _baseAddress = client.BaseAddress!.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        var chromium = Browser.Find() ?? throw new InvalidOperationException(Browser.MissingReason);
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync" },
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    [BrowserFact]
    public async Task A_person_fills_the_form_sees_the_outlook_and_switches_to_Spanish()
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_baseAddress + "/");

        // Answer by label, the way a keyboard or screen-reader user would find the controls.
        await page.GetByLabel("How long did the interview last, in minutes? (minutes)").FillAsync("55");
        await page.GetByLabel("How many people interviewed you? (people)").FillAsync("1");
        await page.GetByRole(AriaRole.Radiogroup, new() { Name = "Before you left, did the interviewer tell you what the next step in the process would be?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Radiogroup, new() { Name = "Have you been invited to a second (or further) interview?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Radiogroup, new() { Name = "Did the interviewer ask when you could start if you were hired?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "See my outlook" }).ClickAsync();

        await Assertions.Expect(page.Locator("#band")).ToContainTextAsync("Encouraging");
        await Assertions.Expect(page.Locator("[data-section=reasonsFor] li").First).ToContainTextAsync("You were invited to another round");
        Assert.True(await page.Locator("#chart rect").CountAsync() >= 3);

        await page.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync("es");
        await Assertions.Expect(page.Locator("#band")).ToContainTextAsync("Alentador");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(page.Locator("[data-section=reasonsFor] li").First).ToContainTextAsync("Te invitaron a otra ronda");

        var screenshot = Path.Combine(AppContext.BaseDirectory, "career-site-es.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }
}

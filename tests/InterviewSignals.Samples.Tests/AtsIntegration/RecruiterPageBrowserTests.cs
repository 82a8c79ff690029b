using AtsIntegration.Commands;
using Microsoft.Playwright;

namespace InterviewSignals.Samples.Tests.AtsIntegration;

/// <summary>The receiver with the demo's events and one headless Chromium, started once for the recruiter page's tests.</summary>
public sealed class RecruiterPageServer : IAsyncLifetime
{
    private IPlaywright? _playwright;

    internal Receiver? Receiver { get; private set; }

    public IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        if (InterviewSignals.Samples.Tests.Browser.Find() is not { } chromium)
        {
            return; // every browser test is skipped (or, when one is required, fails with the reason)
        }

        Receiver = await Receiver.StartAsync();
        Assert.Equal(0, await DemoCommand.PostExamplesAsync(Receiver.Http, TextWriter.Null));
        _playwright = await Playwright.CreateAsync();
        Browser = await InterviewSignals.Samples.Tests.Browser.LaunchAsync(_playwright, chromium);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Receiver is not null)
        {
            await Receiver.DisposeAsync();
        }
    }
}

/// <summary>The recruiter page in real headless Chromium, over a real socket, at desktop and phone width.</summary>
public sealed class RecruiterPageBrowserTests : IClassFixture<RecruiterPageServer>
{
    private readonly IBrowser? _browser;
    private readonly Receiver? _receiver;

    public RecruiterPageBrowserTests(RecruiterPageServer server)
    {
        _browser = server.Browser ?? (Browser.Required ? throw new InvalidOperationException(Browser.MissingReason) : null);
        _receiver = server.Receiver;
    }

    [BrowserFact]
    public async Task A_recruiter_sees_who_is_waiting_why_and_since_when_and_switches_to_Spanish()
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(_receiver!.Address + "?language=en");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Candidates waiting to hear from you" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#summary")).ToHaveTextAsync("As of 2026-11-20. Applications that need a word from you now: 4.");
        var cards = page.Locator("li.nudge");
        await Assertions.Expect(cards).ToHaveCountAsync(4);
        var promised = page.Locator("li.nudge[data-source=greenhouse][data-application='70348']");
        await Assertions.Expect(promised.Locator(".days")).ToHaveTextAsync("Waiting 8 days");
        await Assertions.Expect(promised.Locator("[data-reason=promisePassed] .text")).ToContainTextAsync("told they would hear by 2026-11-13");

        // The reasons are folded away until asked for, and name the events behind them.
        var why = promised.Locator("[data-reason=promisePassed] details");
        await Assertions.Expect(why.Locator("li").First).Not.ToBeVisibleAsync();
        await why.Locator("summary").ClickAsync();
        await Assertions.Expect(why.Locator("li").First).ToContainTextAsync("the notes say “back to her by Friday”");
        await Assertions.Expect(why.Locator(".event-ids code")).ToContainTextAsync(["greenhouse:70348:interview:41022:notes:1794412800000"]);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "recruiter-page-desktop.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Español" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Personas candidatas que esperan noticias" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("li.nudge[data-source=lever] .text").First).ToContainTextAsync("Nadie se ha puesto en contacto con la persona candidata en 14 días");
    }

    [BrowserFact]
    public async Task On_a_phone_every_card_fits_the_screen_without_sideways_scrolling()
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, DeviceScaleFactor = 2 });
        await page.GotoAsync(_receiver!.Address + "?language=es");
        await page.Locator("li.nudge[data-source=ashby] details summary").First.ClickAsync();

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"The page is {scrollWidth}px wide on a 390px screen.");
        foreach (var card in await page.Locator("li.nudge").AllAsync())
        {
            var box = await card.BoundingBoxAsync();
            Assert.True(box is { X: >= 0 } && box.X + box.Width <= 390, $"A card reaches past the screen: {box?.X} + {box?.Width}.");
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "recruiter-page-phone.png"), FullPage = true });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "recruiter-page-phone-first-screen.png") });
    }
}

using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace InterviewSignals.Samples.Tests;

/// <summary>The career site on a real socket and one headless Chromium, started once for all the browser tests.</summary>
public sealed class CareerSiteServer : IAsyncLifetime
{
    private readonly WebApplicationFactory<Program> _factory = new();
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public string BaseAddress { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (InterviewSignals.Samples.Tests.Browser.Find() is not { } chromium)
        {
            return; // every browser test is skipped (or, when one is required, fails with the reason)
        }

        _factory.UseKestrel(0);
        _factory.StartServer();
        using var client = _factory.CreateClient();
        BaseAddress = client.BaseAddress!.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync" },
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }
}

/// <summary>Fills the form in real headless Chromium as a person would, over a real socket.</summary>
public sealed partial class CareerSiteBrowserTests : IClassFixture<CareerSiteServer>
{
    private readonly IBrowser? _browser;
    private readonly string _baseAddress;

    public CareerSiteBrowserTests(CareerSiteServer server)
    {
        _browser = server.Browser ?? (Browser.Required ? throw new InvalidOperationException(Browser.MissingReason) : null);
        _baseAddress = server.BaseAddress;
    }

    [BrowserFact]
    public async Task A_person_fills_the_form_sees_the_outlook_and_switches_to_Spanish()
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_baseAddress + "/");
        await page.GetByRole(AriaRole.Radio, new() { Name = "All the questions" }).CheckAsync();

        // Answer by label, the way a keyboard or screen-reader user would find the controls.
        await page.GetByLabel("How long did the interview last, in minutes?").FillAsync("55");
        await page.GetByLabel("How many people interviewed you?").FillAsync("1");
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

    [BrowserFact]
    public async Task A_person_tells_it_in_their_own_words_corrects_a_suggestion_and_sees_their_words_quoted()
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_baseAddress + "/");
        await page.GetByRole(AriaRole.Radio, new() { Name = "All the questions" }).CheckAsync();
        var length = page.GetByLabel("How long did the interview last, in minutes?");
        await Assertions.Expect(length).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Tell us in your own words" }).FillAsync(
            "It was supposed to be 30 minutes but we talked for almost an hour and a half. She asked when I could start and what salary I was expecting. They introduced me to the team. Still no word.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Read my words" }).ClickAsync();

        // The words are highlighted and the questions they answer are pre-filled, each saying which words suggested it.
        await Assertions.Expect(page.Locator("#story-view mark[data-id=asked-when-you-could-start]")).ToHaveTextAsync("asked when I could start");
        Assert.True(await page.Locator("#story-view mark").CountAsync() >= 4);
        await Assertions.Expect(length).ToHaveValueAsync("90");
        var start = page.GetByRole(AriaRole.Radiogroup, new() { Name = "Did the interviewer ask when you could start if you were hired?" });
        await Assertions.Expect(start.GetByLabel("Yes")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator(".question[data-suggested]").Filter(new() { Has = start }).Locator(".from-words")).ToContainTextAsync("asked when I could start");

        // The person corrects one suggestion and drops one the form does not ask about.
        await page.GetByRole(AriaRole.Radiogroup, new() { Name = "Did the interviewer ask about your current, past or expected salary?" }).GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("No word since the interview", new() { Exact = false }).UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "See my outlook" }).ClickAsync();

        var explanation = page.Locator("#explanation");
        await Assertions.Expect(page.Locator("[data-section=reasonsFor]")).ToContainTextAsync("You wrote: “asked when I could start”.");
        await Assertions.Expect(explanation).ToContainTextAsync("You wrote: “introduced me to the team”.");
        await Assertions.Expect(explanation).Not.ToContainTextAsync("You wrote: “salary”");
        await Assertions.Expect(explanation).Not.ToContainTextAsync("Still no word");

        var screenshot = Path.Combine(AppContext.BaseDirectory, "career-site-own-words.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }

    [BrowserFact]
    public async Task A_person_answers_one_question_at_a_time_sees_the_range_narrow_and_finishes_early()
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_baseAddress + "/");
        var question = page.Locator("#adaptive-question");
        var bar = page.Locator("#range-bar");
        await Assertions.Expect(question.Locator(".counter")).ToHaveTextAsync("Question 1");
        await Assertions.Expect(page.Locator("#range-text")).ToContainTextAsync("Your outlook so far: ");
        await Assertions.Expect(page.Locator("#questionnaire")).ToBeHiddenAsync();
        var spans = new List<double> { await Span(bar) };
        var asked = new List<string>();

        for (var n = 1; n <= 3; n++)
        {
            // Whatever the planner asks, answer it the way its control invites.
            asked.Add(await question.Locator("input, select").First.GetAttributeAsync("name") ?? string.Empty);
            if (await question.Locator("input[type=radio][value=yes]").CountAsync() > 0)
            {
                await question.Locator("input[type=radio][value=yes]").CheckAsync();
            }
            else if (await question.Locator("select").CountAsync() > 0)
            {
                await question.Locator("select").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            }
            else if (await question.Locator("input[type=date]").CountAsync() > 0)
            {
                await question.Locator("input[type=date]").FillAsync(DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                await question.Locator("input").FillAsync("2");
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
            await Assertions.Expect(question.Locator(".counter")).ToHaveTextAsync($"Question {n + 1}");
            spans.Add(await Span(bar));
        }

        // Three different questions, and the reachable range never widened and did narrow.
        Assert.Equal(3, asked.Distinct().Count());
        Assert.True(spans.Zip(spans.Skip(1)).All(p => p.Second <= p.First), string.Join(", ", spans));
        Assert.True(spans[^1] < spans[0], string.Join(", ", spans));

        await page.GetByRole(AriaRole.Button, new() { Name = "See my outlook" }).ClickAsync();
        await Assertions.Expect(page.Locator("#result")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#band")).ToContainTextAsync("Outlook index");

        var screenshot = Path.Combine(AppContext.BaseDirectory, "career-site-one-question.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }

    private static async Task<double> Span(ILocator bar)
        => double.Parse(await bar.GetAttributeAsync("data-span") ?? "NaN", System.Globalization.CultureInfo.InvariantCulture);
}

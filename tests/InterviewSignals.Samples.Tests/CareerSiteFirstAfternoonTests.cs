using System.Text.RegularExpressions;
using InterviewSignals.Tests.TestSupport;
using Microsoft.Playwright;

namespace InterviewSignals.Samples.Tests;

/// <summary>What a new user hit on the career site, each checked in the page as a person sees it.</summary>
public sealed partial class CareerSiteBrowserTests
{
    private const string Narrative = "It was supposed to be 30 minutes but we talked for almost an hour and a half. She asked when I could start and what salary I was expecting. They introduced me to the team. Still no word.";

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InterviewSignals.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    private async Task<IPage> Open(string query = "", int width = 1280, bool javaScript = true)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_baseAddress + "/" + query);
        return page;
    }

    private static async Task Shot(IPage page, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 5_000);
    }

    [BrowserFact]
    public async Task Switching_to_Spanish_changes_the_words_only_and_leaves_no_English_on_the_page()
    {
        var page = await Open();
        await page.GetByRole(AriaRole.Radio, new() { Name = "All the questions" }).CheckAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Tell us in your own words" }).FillAsync(Narrative);
        await page.GetByRole(AriaRole.Button, new() { Name = "Read my words" }).ClickAsync();
        await Assertions.Expect(page.Locator("#story-view mark").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "See my outlook" }).ClickAsync();
        await Assertions.Expect(page.Locator("#band")).ToContainTextAsync("Outlook index");
        var english = await page.Locator("#band").TextContentAsync();
        var quotes = await page.Locator("#explanation .quote").CountAsync();
        var bars = await page.Locator("#chart rect").CountAsync();

        await page.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync("es");
        await Assertions.Expect(page.Locator("#band")).ToContainTextAsync("Índice de perspectiva");

        // The same result, index and all, with the kept suggestion still counted and every quote still there.
        Assert.Equal(Regex.Match(english!, @"\d+$").Value, Regex.Match((await page.Locator("#band").TextContentAsync())!, @"\d+$").Value);
        Assert.Equal(quotes, await page.Locator("#explanation .quote").CountAsync());
        Assert.Equal(bars, await page.Locator("#chart rect").CountAsync());
        await Assertions.Expect(page.Locator("#story-found")).ToContainTextAsync("Sugerimos");
        await Assertions.Expect(page.Locator("#story-extra")).ToContainTextAsync("Sin noticias desde la entrevista");

        // Every word a person reads is Spanish: the page's own English (its script's chrome) counts as English too.
        var pageEnglish = await page.EvaluateAsync<string[]>("() => JSON.stringify(chrome.en).split(/[^A-Za-z]+/)");
        var pageSpanish = await page.EvaluateAsync<string[]>("() => JSON.stringify(chrome.es).split(/[^A-Za-zÀ-ÿ]+/)");
        var visible = await page.Locator("body").InnerTextAsync();
        // What the person wrote stays theirs, in English: only the page around it must be Spanish.
        var text = visible.Replace(Narrative, string.Empty, StringComparison.Ordinal).Replace("English", string.Empty, StringComparison.Ordinal);
        foreach (var quoted in Regex.Matches(text, "“[^”]*”|«[^»]*»").Select(m => m.Value).ToList())
        {
            text = text.Replace(quoted, string.Empty, StringComparison.Ordinal);
        }

        var left = EnglishWords.In(text, RepositoryRoot(), pageEnglish, pageSpanish);
        Assert.True(left.Count == 0, string.Join(", ", left) + "\n" + string.Join("\n", text.Split('\n').Where(l => left.Any(w => Regex.IsMatch(l, $@"\b{w}\b", RegexOptions.IgnoreCase)))));
        await Shot(page, "career-site-es-own-words");
    }

    [BrowserFact]
    public async Task The_rejection_review_page_is_headed_with_its_own_title()
    {
        var page = await Open("?set=rejection-review");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Why didn't I get the job?");
        Assert.Equal("Why didn't I get the job?", await page.TitleAsync());
    }

    [BrowserFact]
    public async Task One_question_at_a_time_shows_the_suggestions_where_the_person_is()
    {
        var page = await Open();
        await Assertions.Expect(page.Locator("#adaptive-question .counter")).ToHaveTextAsync("Question 1");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Tell us in your own words" }).FillAsync(Narrative);
        await page.GetByRole(AriaRole.Button, new() { Name = "Read my words" }).ClickAsync();

        await Assertions.Expect(page.Locator("#story-found")).ToContainTextAsync("just below. Check each one");
        var suggestion = page.Locator("#story-suggestions .question[data-suggested]");
        Assert.True(await suggestion.CountAsync() >= 3);
        await Assertions.Expect(suggestion.First).ToBeVisibleAsync();
        var start = page.Locator("#story-suggestions").GetByRole(AriaRole.Radiogroup, new() { Name = "Did the interviewer ask when you could start if you were hired?" });
        await Assertions.Expect(start.GetByLabel("Yes")).ToBeCheckedAsync();

        // A change made there counts.
        await start.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "See my outlook" }).ClickAsync();
        await Assertions.Expect(page.Locator("#explanation")).Not.ToContainTextAsync("You wrote: “asked when I could start”");
        await Shot(page, "career-site-one-question-suggestions");
    }

    [BrowserFact]
    public async Task Each_bar_says_the_answer_given_in_whole_words()
    {
        var page = await Open();
        await page.GetByRole(AriaRole.Radio, new() { Name = "All the questions" }).CheckAsync();
        await page.GetByRole(AriaRole.Radiogroup, new() { Name = "Did the interviewer go into the specifics of the job and its day-to-day responsibilities?" }).GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Radiogroup, new() { Name = "Have you been invited to a second (or further) interview?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "See my outlook" }).ClickAsync();

        var label = page.Locator("#chart text[data-signal=detailed-job-description]");
        await Assertions.Expect(label).ToHaveTextAsync(new Regex("^You got only a brief, perfunctory description of the job\\.$"));
        var labels = await page.Locator("#chart text[data-signal]").AllTextContentsAsync();
        Assert.DoesNotContain(labels, l => l.Contains('…', StringComparison.Ordinal) || l.Contains("went into the specifics", StringComparison.Ordinal));

        // At phone width the chart still shows whole labels.
        var phone = await Open(width: 390);
        await phone.GetByRole(AriaRole.Radio, new() { Name = "All the questions" }).CheckAsync();
        await phone.GetByRole(AriaRole.Radiogroup, new() { Name = "Did the interviewer go into the specifics of the job and its day-to-day responsibilities?" }).GetByLabel("No", new() { Exact = true }).CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "See my outlook" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#chart text[data-signal=detailed-job-description]")).ToBeVisibleAsync();
        await Shot(page, "career-site-chart");
        await Shot(phone, "career-site-chart-phone");
    }

    [BrowserFact]
    public async Task The_range_names_today_s_band_what_is_likely_and_how_many_questions_are_likely_left()
    {
        var page = await Open();

        await Assertions.Expect(page.Locator("#range-text")).ToHaveTextAsync(new Regex(@"^Your outlook so far: \d+%, Too early to tell\. Likely between (\d+)% and (\d+)%; possible between 0% and 100%\.$"));
        await Assertions.Expect(page.Locator("#adaptive-status")).ToHaveTextAsync(new Regex(@"^About \d+ more questions are likely to settle it\.$"));
        var likely = await page.Locator("#range-bar .likely").BoundingBoxAsync();
        var reach = await page.Locator("#range-bar .reach").BoundingBoxAsync();
        Assert.True(likely!.Width < reach!.Width, $"{likely.Width} < {reach.Width}");
        await Shot(page, "career-site-range");
        await Shot(await Open(width: 390), "career-site-range-phone");
    }

    [BrowserFact]
    public async Task The_form_is_tidy_no_skip_radio_beside_the_skip_button_the_unit_once_and_clear_messages_for_the_text_box()
    {
        var page = await Open();
        var question = page.Locator("#adaptive-question");
        await Assertions.Expect(question.Locator(".counter")).ToHaveTextAsync("Question 1");
        Assert.Equal(0, await question.Locator("input[type=radio][value='']").CountAsync());

        // A yes/no fact asked one at a time has Yes and No; Skip is the button.
        await page.GetByRole(AriaRole.Radio, new() { Name = "All the questions" }).CheckAsync();
        var doubts = page.Locator(".question").Filter(new() { HasText = "doubt yourself" });
        await Assertions.Expect(doubts.GetByLabel("Not sure")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByLabel("How long did the interview last, in minutes?", new() { Exact = true })).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByText("(minutes)").CountAsync());

        // An empty text box is asked for words; a Spanish text on the English page is pointed to Español.
        await page.GetByRole(AriaRole.Button, new() { Name = "Read my words" }).ClickAsync();
        await Assertions.Expect(page.Locator("#story-found")).ToHaveTextAsync("Write a few sentences about the interview first, then choose “Read my words”.");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Tell us in your own words" }).FillAsync("Me preguntaron cuándo podría empezar y me presentaron al equipo.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Read my words" }).ClickAsync();
        await Assertions.Expect(page.Locator("#story-found")).ToContainTextAsync("these words read as Spanish: choose Español above");
        await Shot(page, "career-site-form");
    }

    [BrowserFact]
    public async Task Without_its_script_the_page_says_what_it_needs_and_shows_no_dead_buttons()
    {
        var page = await Open(javaScript: false);

        await Assertions.Expect(page.Locator("#noscript")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Next" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Read my words" })).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#range-text")).ToHaveTextAsync("Loading the questions…");
    }
}

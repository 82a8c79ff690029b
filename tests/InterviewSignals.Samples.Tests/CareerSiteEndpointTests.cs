using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InterviewSignals.Samples.Tests;

public class CareerSiteEndpointTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client;

    public CareerSiteEndpointTests(WebApplicationFactory<Program> factory) => _client = factory.CreateClient();

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(string url, string body)
    {
        using var response = await _client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
        var json = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(json).RootElement.Clone());
    }

    [Fact]
    public async Task The_page_is_served_with_the_privacy_statement()
    {
        var html = await _client.GetStringAsync("/");
        Assert.Contains("Nothing you answer is stored on this server.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_questionnaire_comes_from_the_library_in_the_requested_language()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>("/api/questionnaire?set=interview-outlook&language=es-MX");
        Assert.Equal("es", json.GetProperty("language").GetString());
        var first = json.GetProperty("sections")[0];
        Assert.Equal("Durante la entrevista", first.GetProperty("title").GetString());
        Assert.Equal("interview-length-minutes", first.GetProperty("questions")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Answers_are_weighed_and_explained()
    {
        var (status, body) = await Post("/api/assess?language=en", """{"answers": {"invited-to-next-round": "yes", "next-steps-explained": "yes", "positive-feedback": "yes", "interview-length-minutes": "50"}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("encouraging", body.GetProperty("assessment").GetProperty("band").GetString());
        Assert.StartsWith("Encouraging", body.GetProperty("explanation").GetProperty("headline").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(body.GetProperty("assessment").GetProperty("contributions").GetArrayLength(), body.GetProperty("bars").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"answers": {"no-such-question": "yes"}}""", "no-such-question")]
    [InlineData("""{"answers": {"interview-length-minutes": "forty"}}""", "interview-length-minutes")]
    [InlineData("""{"answers": {"interviewer-count": "0"}}""", "interviewer-count")]
    [InlineData("""{"answers": {"salary-discussed": {"nested": true}}}""", "salary-discussed")]
    [InlineData("""{"answers": []}""", "answers")]
    [InlineData("""not json""", "body")]
    public async Task Bad_input_gets_a_400_problem_that_names_the_field(string body, string field)
    {
        var (status, problem) = await Post("/api/assess", body);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task The_plan_names_the_next_question_the_reachable_range_and_never_asks_a_declined_or_answered_one_again()
    {
        var (status, first) = await Post("/api/plan?language=en", """{"answers": {}}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("open", first.GetProperty("status").GetString());
        var next = first.GetProperty("next").GetString()!;
        Assert.True(first.GetProperty("low").GetDouble() < first.GetProperty("outlook").GetDouble());
        Assert.True(first.GetProperty("high").GetDouble() > first.GetProperty("outlook").GetDouble());

        var (_, declined) = await Post("/api/plan?language=en", $$"""{"answers": {"salary-discussed": "unsure"}, "declined": ["{{next}}"]}""");
        Assert.NotEqual(next, declined.GetProperty("next").GetString());
        Assert.NotEqual("salary-discussed", declined.GetProperty("next").GetString());
        Assert.Equal(first.GetProperty("questionsLeft").GetInt32() - 2, declined.GetProperty("questionsLeft").GetInt32());

        var (badStatus, problem) = await Post("/api/plan", """{"answers": {"interviewer-count": "0"}}""");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.True(problem.GetProperty("errors").TryGetProperty("interviewer-count", out _));
    }

    [Fact]
    public async Task An_oversized_body_gets_a_400_that_names_the_body()
    {
        var big = "{\"answers\": {\"x\": \"" + new string('a', 40_000) + "\"}}";
        var (status, problem) = await Post("/api/assess", big);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _));
    }

    [Theory]
    [InlineData("/api/assess?set=nope", "set")]
    [InlineData("/api/assess?language=fr", "language")]
    public async Task An_unknown_set_or_language_gets_a_400(string url, string field)
    {
        var (status, problem) = await Post(url, """{"answers": {}}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task An_unknown_question_gets_a_did_you_mean()
    {
        var (status, problem) = await Post("/api/assess", """{"answers": {"salary-discused": "yes"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Did you mean 'salary-discussed'?", problem.GetProperty("errors").GetProperty("salary-discused")[0].GetString(), StringComparison.Ordinal);
    }
}

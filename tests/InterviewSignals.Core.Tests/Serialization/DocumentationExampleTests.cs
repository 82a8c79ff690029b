using InterviewSignals.Evaluation;
using InterviewSignals.Serialization;
using InterviewSignals.Tests.TestSupport;
using InterviewSignals.Observations;

namespace InterviewSignals.Tests.Serialization;

public class DocumentationExampleTests
{
    [Fact]
    public void The_example_in_the_format_documentation_loads_and_weighs()
    {
        var doc = File.ReadAllText(Path.Combine(Seeds.RepositoryRoot(), "docs", "signal-set-format.md"));
        var start = doc.IndexOf("```json\n", StringComparison.Ordinal) + 8;
        var json = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];

        var set = SignalSetJson.Parse(json, sourceName: "signal-set-format.md");
        var chat = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);
        var a = InterviewEvaluator.Create(set).Assess(Observation.CreateBuilder().Present("intro-offered").Fact("chat-date", chat).Fact("heard-back", false).AsOf(chat.AddDays(8.5)).Build());

        Assert.Equal("coffee-chat", set.Id);
        Assert.Equal(new[] { ("intro-offered", 0.8), ("silence", -0.3) }, a.Contributions.Select(c => (c.SignalId, Math.Round(c.Value, 10))));
        Assert.Equal(chat.AddDays(10), a.RecheckOn);
    }

    [Fact]
    public void The_json_schema_is_valid_json_that_names_the_contract_properties()
    {
        var schema = File.ReadAllText(Path.Combine(Seeds.RepositoryRoot(), "docs", "signal-set.schema.json"));
        using var parsed = System.Text.Json.JsonDocument.Parse(schema);
        var signal = parsed.RootElement.GetProperty("properties").GetProperty("signals").GetProperty("items").GetProperty("properties");
        Assert.True(signal.TryGetProperty("weights", out _));
        Assert.True(signal.TryGetProperty("sources", out _));
        Assert.Equal(1, parsed.RootElement.GetProperty("properties").GetProperty("formatVersion").GetProperty("const").GetInt32());
    }
}

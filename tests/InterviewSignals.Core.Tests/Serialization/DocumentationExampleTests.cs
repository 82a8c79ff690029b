using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Serialization;
using InterviewSignals.Tests.TestSupport;

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

    private static string JsonBlock(string file)
    {
        var doc = File.ReadAllText(Path.Combine(Seeds.RepositoryRoot(), "docs", file)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = doc.IndexOf("```json\n", StringComparison.Ordinal) + 8;
        return doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void The_observation_example_reads_and_weighs_with_the_built_in_set()
    {
        var observation = ObservationJson.Parse(JsonBlock("observation-format.md"), InterviewSignals.BuiltIn.BuiltInSignalSets.InterviewOutlook);
        var a = InterviewEvaluator.Create(InterviewSignals.BuiltIn.BuiltInSignalSets.InterviewOutlook).Assess(observation);

        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), observation.AsOf);
        Assert.Equal(0.5, observation.Signals["salary-discussed"].Strength);
        Assert.Equal(new[] { "next-steps-explained", "asked-when-you-could-start", "salary-discussed" }, a.Contributions.Where(c => c.Source == ContributionSource.Answer).Select(c => c.SignalId));
    }

    [Fact]
    public void The_observation_schema_names_the_three_properties_and_the_answer_states()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Seeds.RepositoryRoot(), "docs", "observation.schema.json")));
        var properties = schema.RootElement.GetProperty("properties");
        Assert.True(properties.TryGetProperty("asOf", out _) && properties.TryGetProperty("facts", out _));
        Assert.Contains("\"present\"", properties.GetProperty("signals").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_property_an_observation_is_written_with_is_in_the_schema()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Seeds.RepositoryRoot(), "docs", "observation.schema.json")));
        var properties = schema.RootElement.GetProperty("properties");
        var observation = InterviewSignals.Reading.InterviewTextReader.Create(BuiltInSignalSets.InterviewOutlook)
            .Read("They asked when I could start. We talked for an hour.", new InterviewSignals.Reading.TextDetails { AsOf = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero) })
            .ToObservation();
        using var written = System.Text.Json.JsonDocument.Parse(ObservationJson.ToJson(observation));

        var names = written.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("signalSet", names);
        Assert.All(names, n => Assert.True(properties.TryGetProperty(n, out _), $"'{n}' is written but not in the schema"));
        var setProperties = properties.GetProperty("signalSet").GetProperty("properties");
        Assert.All(written.RootElement.GetProperty("signalSet").EnumerateObject(), p => Assert.True(setProperties.TryGetProperty(p.Name, out _), p.Name));
    }

    [Fact]
    public void The_assessment_example_reads_back_and_its_contributions_add_up()
    {
        var a = InterviewSignalsJson.ParseAssessment(JsonBlock("assessment-format.md"));

        Assert.Equal("interview-outlook", a.SignalSet.Id);
        Assert.Equal(a.Score, a.Contributions.Aggregate(a.BaseScore, (sum, c) => sum + c.Value), 12);
        Assert.Equal(a, InterviewSignalsJson.ParseAssessment(InterviewSignalsJson.ToJson(a)));
    }
}

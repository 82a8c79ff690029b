using InterviewSignals.Reading;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;
using InterviewSignals.Tests.TestSupport.RealText;

namespace InterviewSignals.Tests.Reading;

/// <summary>Language rules are data; a host adds a language from a file, and a bad file says what is wrong where.</summary>
public class ReadingLanguageTests
{
    private static string PortugueseFile => Path.Combine(SharedFiles.RepositoryRoot(), "tests", "InterviewSignals.Core.Tests", "Reading", "Languages", "pt.json");

    private static SignalSet PortugueseSet() => TestSets.Builder("pt-test")
        .AddSignal(TestSets.Signal("salary", 0.5, 0) with { Cues = new Dictionary<string, SignalCues> { ["pt"] = new() { Present = new[] { "perguntar quanto [eu] ganhava", "salario" } } } })
        .AddFact(new FactDefinition { Id = "length", Title = "Length", Kind = FactKind.Number, Unit = "minutes", Minimum = 0, Maximum = 600, Cues = new Dictionary<string, FactCues> { ["pt"] = new() { Patterns = new[] { "durar {duration}" } } } })
        .Build();

    [Fact]
    public void A_third_language_loaded_from_a_file_reads_with_its_own_negation_inflection_and_numbers()
    {
        var portuguese = ReadingLanguage.LoadFile(PortugueseFile);
        var reader = InterviewTextReader.Create(PortugueseSet(), new TextReaderOptions { Languages = [.. ReadingLanguage.BuiltIn, portuguese] });
        var options = new TextDetails { Language = "pt-BR" };

        var read = reader.Read("Eles perguntaram quanto eu ganhava. A entrevista durou quarenta e cinco minutos.", options);
        Assert.Equal(("salary", SignalState.Present), (read.Signals.Single().Id, read.Signals.Single().State));
        Assert.Equal(45, read.Facts.Single().Value.Number);

        Assert.Equal(SignalState.Absent, reader.Read("Nunca falaram de salario.", options).Signals.Single().State);
        Assert.Equal(CueSetAside.SomeoneElse, reader.Read("Um amigo disse que falaram de salario.", options).SetAside.Single().Reason);
        Assert.Equal("pt", portuguese.Tag);
        Assert.Contains("perguntaram", portuguese.FormsOf("perguntar"));
    }

    [Fact]
    public void Without_the_file_the_language_has_no_rules_and_the_error_names_those_there_are()
    {
        var reader = InterviewTextReader.Create(PortugueseSet());
        var ex = Assert.Throws<ArgumentException>(() => reader.Read("salario", new TextDetails { Language = "pt" }));
        Assert.StartsWith("There are no reading rules for 'pt'; texts can be read in: en, es.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_file_with_the_same_tag_overrides_a_built_in_language()
    {
        var json = ReadingLanguage.English.Json.Replace("\"never\", ", string.Empty, StringComparison.Ordinal);
        var english = ReadingLanguage.Parse(json);
        var set = InterviewSignals.BuiltIn.BuiltInSignalSets.InterviewOutlook;
        const string text = "They never asked when I could start.";

        Assert.Equal(SignalState.Absent, InterviewTextReader.Create(set).Read(text).Signals.Single(s => s.Id == "asked-when-you-could-start").State);
        Assert.Equal(SignalState.Present, InterviewTextReader.Create(set, new TextReaderOptions { Languages = [.. ReadingLanguage.BuiltIn, english] }).Read(text).Signals.Single(s => s.Id == "asked-when-you-could-start").State);
    }

    [Fact]
    public void A_bad_language_file_reports_every_problem_with_its_code_path_and_line()
    {
        const string json = "{\n  \"language\": \"pt\",\n  \"context\": [\n    { \"category\": \"negaton\", \"phrases\": [ \"nao\" ] },\n    { \"category\": \"negation\", \"phrases\": [ \"sal-ary\" ] }\n  ],\n  \"colour\": 1\n}";

        Assert.False(ReadingLanguage.TryParse(json, out var language, out var errors, "pt.json"));
        Assert.Null(language);
        Assert.Equal(
            new[] { ("invalid-value", "$.context[0].category", 4), ("invalid-cue", "$.context[1].phrases[0]", 5), ("unknown-property", "$.colour", 7) },
            errors.Select(e => (e.Code, e.Path, e.Line ?? 0)));
        Assert.All(errors, e => Assert.Equal("pt.json", e.Source));
        Assert.Contains("'negaton' is not a valid category", errors[0].Message, StringComparison.Ordinal);
        Assert.Throws<ReadingLanguageException>(() => ReadingLanguage.Parse(json));
    }

    [Fact]
    public void The_built_in_languages_round_trip_their_own_file()
    {
        foreach (var language in ReadingLanguage.BuiltIn)
        {
            Assert.True(ReadingLanguage.TryParse(language.Json, out var again, out var errors), string.Join("; ", errors));
            Assert.Equal(language.Tag, again.Tag);
        }
    }

    [Fact]
    public void The_schema_names_every_property_the_reader_reads_in_the_built_in_files()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedFiles.RepositoryRoot(), "docs", "reading-language.schema.json")));
        var top = schema.RootElement.GetProperty("properties");
        foreach (var language in ReadingLanguage.BuiltIn)
        {
            using var file = System.Text.Json.JsonDocument.Parse(language.Json);
            foreach (var section in file.RootElement.EnumerateObject())
            {
                Assert.True(top.TryGetProperty(section.Name, out var declared), $"{language.Tag}: {section.Name}");
                if (section.Value.ValueKind == System.Text.Json.JsonValueKind.Object && declared.TryGetProperty("properties", out var inner))
                {
                    Assert.All(section.Value.EnumerateObject(), p => Assert.True(inner.TryGetProperty(p.Name, out _), $"{language.Tag}: {section.Name}.{p.Name}"));
                }
            }
        }
    }
}

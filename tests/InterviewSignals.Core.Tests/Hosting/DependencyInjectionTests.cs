using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Hosting;
using InterviewSignals.Observations;
using InterviewSignals.Questionnaires;
using InterviewSignals.Reading;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InterviewSignals.Tests.Hosting;

public class DependencyInjectionTests
{
    [Fact]
    public void The_defaults_resolve_with_the_built_in_sets()
    {
        using var provider = new ServiceCollection().AddInterviewSignals().Services.BuildServiceProvider();

        var registry = provider.GetRequiredService<ISignalSetRegistry>();
        Assert.Equal("interview-outlook", registry.DefaultSetId);
        Assert.Equal(new[] { "interview-outlook", "rejection-review" }, registry.Sets.Select(s => s.Id));
        var assessor = provider.GetRequiredService<IInterviewAssessor>();
        var a = assessor.Assess(Observation.CreateBuilder().Present("invited-to-next-round").Present("next-steps-explained").Present("positive-feedback").Build());
        Assert.Equal("interview-outlook", a.SignalSet.Id);
        Assert.StartsWith("Encouraging", assessor.Explain(a).Headline.Text, StringComparison.Ordinal);
        Assert.Same(provider.GetRequiredService<IExplanationGenerator>(), provider.GetRequiredService<IExplanationGenerator>());
    }

    [Fact]
    public void Readers_and_planners_are_registered_one_per_set_and_follow_a_replaced_set()
    {
        using var provider = new ServiceCollection().AddInterviewSignals().Services.BuildServiceProvider();
        var registry = provider.GetRequiredService<ISignalSetRegistry>();

        var reader = provider.GetRequiredService<IInterviewTextReader>();
        var planner = provider.GetRequiredService<QuestionPlanner>();
        Assert.Same(reader, provider.GetRequiredService<IInterviewTextReader>());
        Assert.Same(reader, registry.GetReader("interview-outlook"));
        Assert.Same(planner, registry.GetPlanner());
        Assert.Equal("interview-outlook", reader.SignalSet.Id);
        Assert.Equal("rejection-review", registry.GetReader("rejection-review").SignalSet.Id);
        Assert.NotSame(registry.GetPlanner("interview-outlook"), registry.GetPlanner("rejection-review"));
        Assert.Throws<KeyNotFoundException>(() => registry.GetReader("no-such-set"));

        var outlook = BuiltInSignalSets.InterviewOutlook;
        var variant = SignalSetJson.Parse(SignalSetJson.ToJson(outlook).Replace($"\"version\": \"{outlook.Version}\"", "\"version\": \"9.0.0\"", StringComparison.Ordinal));
        registry.AddOrReplace(variant);
        Assert.Equal(variant.ContentHash, provider.GetRequiredService<IInterviewTextReader>().SignalSet.ContentHash);
        Assert.Equal(variant.Reference, registry.GetPlanner().SignalSet);
        Assert.NotSame(reader, registry.GetReader());
        Assert.Equal(BuiltInSignalSets.InterviewOutlook.ContentHash, reader.SignalSet.ContentHash);
    }

    [Fact]
    public void Reading_and_planning_options_reach_every_set_and_planners_use_the_registered_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock);
        using var provider = services
            .AddInterviewSignals(b => b
                .ConfigureReading(o => o with { Languages = new[] { ReadingLanguage.English } })
                .ConfigurePlanning(o => o with { LikelySettledBelow = 0.2, SuppliedSignals = new[] { "salary-discussed" } }))
            .Services.BuildServiceProvider();
        var registry = provider.GetRequiredService<ISignalSetRegistry>();

        Assert.Throws<ArgumentException>(() => registry.GetReader().Read("Me preguntaron cuándo podía empezar.", new TextDetails { Language = "es" }));
        Assert.Throws<ArgumentException>(() => registry.GetReader("rejection-review").Read("Sin noticias.", new TextDetails { Language = "es" }));

        // Ten days after an interview the planner counts from the registered clock, not the machine's.
        var observation = Observation.CreateBuilder().Fact("interview-date", clock.GetUtcNow().AddDays(-10)).Build();
        var planned = registry.GetPlanner().Plan(observation);
        var byHand = QuestionPlanner.Create(registry.GetSet(), new QuestionPlannerOptions { TimeProvider = clock, LikelySettledBelow = 0.2, SuppliedSignals = new[] { "salary-discussed" } }).Plan(observation);
        Assert.Equal(byHand.Score, planned.Score);
        Assert.Equal(byHand.Next?.Id, planned.Next?.Id);
        Assert.Equal(byHand.Status, planned.Status);

        // A supplied signal another set does not declare does not stop that set's planner.
        Assert.NotNull(registry.GetPlanner("rejection-review").Plan(Observation.CreateBuilder().Build()));
    }

    [Fact]
    public void Sets_come_from_code_files_and_streams_and_the_default_can_be_chosen()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """{ "formatVersion": 1, "id": "from-file", "version": "1.0.0", "extends": "interview-outlook" }""");
            using var provider = new ServiceCollection()
                .AddInterviewSignals(b => b
                    .AddSignalSet(TestSets.Tiny())
                    .AddSignalSetFile(file)
                    .AddSignalSetStream(() => new MemoryStream(System.Text.Encoding.UTF8.GetBytes("""{ "formatVersion": 1, "id": "from-stream", "version": "1.0.0", "extends": "rejection-review" }""")), "stream.json")
                    .UseDefaultSignalSet("tiny"))
                .Services.BuildServiceProvider();

            var registry = provider.GetRequiredService<ISignalSetRegistry>();
            Assert.Equal(new[] { "from-file", "from-stream", "interview-outlook", "rejection-review", "tiny" }, registry.Sets.Select(s => s.Id));
            Assert.Equal("tiny", provider.GetRequiredService<IInterviewAssessor>().Assess(Observation.CreateBuilder().Build()).SignalSet.Id);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Registrations_made_before_are_kept()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddInterviewSignals();
        using var provider = services.BuildServiceProvider();

        Assert.Equal(clock.GetUtcNow(), provider.GetRequiredService<IInterviewAssessor>().Assess(Observation.CreateBuilder().Build()).AsOf);
    }

    [Fact]
    public void Texts_can_be_overridden_and_parts_replaced()
    {
        using var provider = new ServiceCollection()
            .AddInterviewSignals(b => b
                .ConfigureTexts(t => t.With("es", "caveat.one-signal", "Una señal no decide nada."))
                .AddEvidenceProvider(EvidenceProvider.Create("ats", (_, sink) => sink.Answer("invited-to-next-round", SignalState.Present))))
            .Services.BuildServiceProvider();
        var assessor = provider.GetRequiredService<IInterviewAssessor>();

        var a = assessor.Assess(Observation.CreateBuilder().Build());
        Assert.Equal(ContributionSource.EvidenceProvider, Assert.Single(a.Contributions).Source);
        Assert.Contains(assessor.Explain(a, "es").Caveats, c => c.Text == "Una señal no decide nada.");
    }

    private sealed class ShoutingGenerator : IExplanationGenerator
    {
        public Explanation Generate(Assessment assessment, SignalSet set, string? language = null)
        {
            var e = ExplanationGenerator.Default.Generate(assessment, set, language);
            return e;
        }
    }

    [Fact]
    public void The_generator_can_be_replaced()
    {
        using var provider = new ServiceCollection().AddInterviewSignals(b => b.UseExplanationGenerator<ShoutingGenerator>()).Services.BuildServiceProvider();
        Assert.IsType<ShoutingGenerator>(provider.GetRequiredService<IExplanationGenerator>());
    }

    [Fact]
    public void Calling_it_twice_configures_one_registration()
    {
        var services = new ServiceCollection();
        var first = services.AddInterviewSignals();
        var second = services.AddInterviewSignals(b => b.AddSignalSet(TestSets.Tiny()));
        Assert.Same(first, second);
        Assert.Single(services, d => d.ServiceType == typeof(ISignalSetRegistry));
        using var provider = services.BuildServiceProvider();
        Assert.Contains(provider.GetRequiredService<ISignalSetRegistry>().Sets, s => s.Id == "tiny");
    }

    [Fact]
    public void An_unknown_set_id_lists_the_registered_ones()
    {
        var registry = new SignalSetRegistry(BuiltInSignalSets.All);
        var ex = Assert.Throws<KeyNotFoundException>(() => registry.GetEvaluator("nope"));
        Assert.Equal("There is no signal set 'nope'; the sets registered are: interview-outlook, rejection-review.", ex.Message);
    }

    [Fact]
    public void Replacing_a_set_is_atomic_for_readers()
    {
        var v1 = TestSets.Tiny();
        var v2 = SignalSetJson.Parse(SignalSetJson.ToJson(v1).Replace("\"version\": \"1.0.0\"", "\"version\": \"2.0.0\"", StringComparison.Ordinal));
        var registry = new SignalSetRegistry(new[] { v1 });
        var held = registry.GetEvaluator();

        registry.AddOrReplace(v2);

        Assert.Equal("1.0.0", held.SignalSet.Version);
        Assert.Equal("2.0.0", registry.GetEvaluator().SignalSet.Version);
    }

    [Fact]
    public void A_stored_assessment_is_explained_later_with_the_version_that_made_it_even_after_a_replacement()
    {
        var v1 = TestSets.Tiny();
        var v2 = SignalSetJson.Parse(SignalSetJson.ToJson(v1).Replace("\"version\": \"1.0.0\"", "\"version\": \"2.0.0\"", StringComparison.Ordinal));
        var registry = new SignalSetRegistry(new[] { v1 });
        var assessor = new InterviewAssessor(registry, ExplanationGenerator.Default);
        var stored = InterviewSignalsJson.ToJson(assessor.Assess(Observation.CreateBuilder().Present("a").Build()));

        registry.AddOrReplace(v2);
        var later = assessor.Explain(InterviewSignalsJson.ParseAssessment(stored), "es");

        Assert.Equal(v1.Reference, later.SignalSet);
        Assert.True(registry.TryGetSet(v1.Reference, out var found));
        Assert.Same(v1, found);
    }

    [Fact]
    public void An_assessment_whose_set_was_never_registered_names_both_hashes()
    {
        var registry = new SignalSetRegistry(new[] { TestSets.Tiny() });
        var assessor = new InterviewAssessor(registry, ExplanationGenerator.Default);
        var a = assessor.Assess(Observation.CreateBuilder().Build());
        var forged = a with { SignalSet = new SignalSetReference(a.SignalSet.Id, a.SignalSet.Version, "sha256:feed") };

        var ex = Assert.Throws<SignalSetMismatchException>(() => assessor.Explain(forged));

        Assert.Contains("sha256:feed", ex.Message, StringComparison.Ordinal);
        Assert.Contains(a.SignalSet.ContentHash, ex.Message, StringComparison.Ordinal);
    }
}

using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Tests.Serialization;

public class ObservationJsonTests
{
    private static readonly SignalSet Set = BuiltInSignalSets.InterviewOutlook;

    [Fact]
    public void An_observation_reads_with_facts_typed_by_the_set()
    {
        var obs = ObservationJson.Parse("""
            { "asOf": "2026-11-20T09:30:00Z",
              "signals": { "salary-discussed": "present", "next-steps-explained": "absent", "positive-feedback": { "state": "present", "strength": 0.5 }, "introduced-to-staff": "unknown" },
              "facts": { "interview-length-minutes": 45, "company-size": "large", "heard-back": false, "interview-date": "2026-11-10" } }
            """, Set);

        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero), obs.AsOf);
        Assert.Equal(3, obs.Signals.Count);
        Assert.Equal(0.5, obs.Signals["positive-feedback"].Strength);
        Assert.Equal(FactKind.Date, obs.Facts["interview-date"].Kind);
        Assert.Equal(FactKind.Choice, obs.Facts["company-size"].Kind);
    }

    [Fact]
    public void Every_problem_is_listed_in_one_error()
    {
        var ex = Assert.Throws<ObservationException>(() => ObservationJson.Parse("""
            { "signals": { "nope": "present", "salary-discussed": "yes", "positive-feedback": { "state": "present", "strength": 2 } },
              "facts": { "interview-length-minutes": "long", "interviewer-count": 0, "zzz": 1 }, "extra": 1 }
            """, Set));

        Assert.Equal(
            new[]
            {
                "unknown-signal signals.nope", "invalid-value signals.salary-discussed", "out-of-range signals.positive-feedback",
                "wrong-fact-kind facts.interview-length-minutes", "out-of-range facts.interviewer-count", "unknown-fact facts.zzz", "unknown-property $.extra",
            },
            ex.Errors.Select(e => e.Code + " " + e.Path));
        Assert.Equal("Fact 'interview-length-minutes' must be a number of minutes, found \"long\".", ex.Errors[3].Message);
    }

    [Fact]
    public void Malformed_json_is_an_observation_error_with_its_position()
    {
        var ex = Assert.Throws<ObservationException>(() => ObservationJson.Parse("{ \"signals\": ", Set));
        var e = Assert.Single(ex.Errors);
        Assert.Equal(ObservationErrorCodes.MalformedJson, e.Code);
        Assert.StartsWith("The observation is not well-formed JSON: ", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, e.Line);
        Assert.NotNull(e.Column);
        Assert.StartsWith("1:", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_and_reading_back_gives_the_same_text()
    {
        var obs = Observation.CreateBuilder().Present("salary-discussed", 0.25).Absent("arrived-late").Fact("interview-length-minutes", 61.5)
            .Fact("company-size", "startup").Fact("heard-back", true).Fact("interview-date", new DateTimeOffset(2026, 11, 10, 0, 0, 0, TimeSpan.Zero))
            .AsOf(new DateTimeOffset(2026, 11, 20, 9, 30, 15, TimeSpan.Zero)).Build();

        var json = ObservationJson.ToJson(obs);
        var again = ObservationJson.Parse(json, Set);

        // Read with a set, the observation is stamped with it and written back with it; from then on the text is stable.
        Assert.Null(obs.SignalSet);
        Assert.Equal(Set.Reference, again.SignalSet);
        var stamped = ObservationJson.ToJson(again);
        Assert.Contains("\"signalSet\"", stamped, StringComparison.Ordinal);
        Assert.Equal(stamped, ObservationJson.ToJson(ObservationJson.Parse(stamped, Set)));
        Assert.Equal(InterviewEvaluator.Create(Set).Score(obs), InterviewEvaluator.Create(Set).Score(again));
    }
}

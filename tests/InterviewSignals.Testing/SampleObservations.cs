using InterviewSignals.BuiltIn;
using InterviewSignals.Observations;

namespace InterviewSignals.Testing;

/// <summary>The observations every benchmark and baseline weighs, made from a fixed seed.</summary>
public static class SampleObservations
{
    public static readonly DateTimeOffset AsOf = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A typical form: 15 answered signals and 5 facts.</summary>
    public static Observation Typical() => Observation.CreateBuilder()
        .Present("next-steps-explained").Present("clarifying-questions-asked").Present("positive-feedback").Absent("frequent-concerns-raised")
        .Present("asked-when-you-could-start").Present("salary-discussed").Absent("introduced-to-staff").Present("detailed-job-description")
        .Present("comfortable-atmosphere").Absent("interviewer-negative-body-language").Present("strong-examples-given").Absent("arrived-late")
        .Present("asked-prepared-questions").Present("thank-you-note-sent").Present("you-think-you-blew-it", 0.5)
        .Fact("interview-length-minutes", 55).Fact("interviewer-count", 2).Fact("company-size", "large")
        .Fact("interview-date", AsOf.AddDays(-9)).Fact("heard-back", false)
        .AsOf(AsOf)
        .Build();

    /// <summary>Varied observations over the built-in outlook set: random answers, strengths and facts.</summary>
    public static Observation[] Varied(int count, int seed = 20261122)
    {
        var set = BuiltInSignalSets.InterviewOutlook;
        var random = new Random(seed);
        var sizes = new[] { "startup", "small", "medium", "large" };
        var manners = new[] { "reserved", "typical", "especially-warm" };
        var tones = new[] { "warm", "neutral", "short-and-dry" };
        var result = new Observation[count];
        for (var i = 0; i < count; i++)
        {
            var b = Observation.CreateBuilder().AsOf(AsOf);
            foreach (var s in set.Signals)
            {
                var roll = random.NextDouble();
                if (roll < 0.3)
                {
                    b.Present(s.Id, random.NextDouble() < 0.7 ? 1.0 : Math.Round(random.NextDouble(), 2));
                }
                else if (roll < 0.5)
                {
                    b.Absent(s.Id);
                }
            }

            if (random.NextDouble() < 0.8) { b.Fact("interview-length-minutes", random.Next(10, 150)); }
            if (random.NextDouble() < 0.8) { b.Fact("interviewer-count", random.Next(1, 5)); }
            if (random.NextDouble() < 0.8) { b.Fact("company-size", sizes[random.Next(sizes.Length)]); }
            if (random.NextDouble() < 0.5) { b.Fact("interviewer-manner", manners[random.Next(manners.Length)]); }
            if (random.NextDouble() < 0.5) { b.Fact("candidate-self-doubts", random.NextDouble() < 0.5); }
            if (random.NextDouble() < 0.8) { b.Fact("interview-date", AsOf.AddDays(-random.NextDouble() * 30)); }
            if (random.NextDouble() < 0.5) { b.Fact("employer-timeline-days", random.Next(1, 21)); }
            if (random.NextDouble() < 0.8) { b.Fact("heard-back", random.NextDouble() < 0.3); }
            if (random.NextDouble() < 0.4) { b.Fact("reply-hours", random.NextDouble() * 100); }
            if (random.NextDouble() < 0.4) { b.Fact("reply-tone", tones[random.Next(tones.Length)]); }
            result[i] = b.Build();
        }

        return result;
    }
}

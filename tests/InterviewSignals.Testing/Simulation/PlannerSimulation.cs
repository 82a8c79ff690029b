using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Questionnaires;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Testing.Simulation;

/// <summary>
/// Simulated interviews for the adaptive questionnaire. The generative model: each question of the set's questionnaire
/// is answered "not sure" (or skipped) with <see cref="UnsureRate"/>; otherwise a signal is present with its prevalence
/// (0.5 when it declares none) and absent otherwise; a choice or yes/no fact takes each value with equal chance; a
/// number or date fact is drawn uniformly from its plausible range (<see cref="PlausibleRange"/>). An adversarial draw
/// instead answers every question the planner asks so that it pulls the outlook up, and every question it did not ask
/// so that it pulls down: the worst case for stopping early.
/// </summary>
public sealed class PlannerSimulation
{
    private readonly SignalSet _set;
    private readonly QuestionPlanner _planner;
    private readonly IInterviewEvaluator _evaluator;
    private readonly Questionnaire _questionnaire;
    private readonly DateTimeOffset _asOf;

    public PlannerSimulation(SignalSet set, QuestionPlannerOptions? options = null, DateTimeOffset? asOf = null)
    {
        _set = set;
        _planner = QuestionPlanner.Create(set, options);
        _evaluator = InterviewEvaluator.Create(set);
        _questionnaire = Questionnaire.Create(set);
        _asOf = asOf ?? new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    }

    public double UnsureRate { get; init; } = 0.1;

    /// <summary>The plausible range of a number fact, or of the days since a date fact: its bounds where it declares them, else these defaults.</summary>
    public static (double Min, double Max) PlausibleRange(FactDefinition fact) => fact.Kind == FactKind.Date
        ? (0, 30)
        : (fact.Minimum ?? 0, Math.Min(fact.Maximum ?? 120, fact.Unit switch { "people" => 6, "days" => 30, "hours" => 120, _ => 120 }));

    /// <summary>Runs simulated interviews and summarises them.</summary>
    public SimulationReport Run(int interviews, int seed, bool adversarial = false)
    {
        var random = new Random(seed);
        var runs = new List<SimulatedInterview>(interviews);
        for (var n = 0; n < interviews; n++)
        {
            runs.Add(adversarial ? Adversarial(random.Next(2) == 0) : Interview(Draw(random)));
        }

        return new SimulationReport(runs);
    }

    /// <summary>One interview drawn from the generative model: the answer to every question (null = "not sure"/skipped).</summary>
    public Dictionary<string, object?> Draw(Random random)
    {
        var answers = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var q in _questionnaire.Questions)
        {
            if (random.NextDouble() < UnsureRate)
            {
                answers[q.Id] = null;
                continue;
            }

            if (q.Target == QuestionTarget.Signal)
            {
                answers[q.Id] = random.NextDouble() < (q.Prevalence ?? SignalDefinition.DefaultPrevalence) ? SignalState.Present : SignalState.Absent;
                continue;
            }

            _set.TryGetFact(q.Id, out var fact);
            var (min, max) = PlausibleRange(fact!);
            answers[q.Id] = fact!.Kind switch
            {
                FactKind.Boolean => FactValue.FromBoolean(random.Next(2) == 0),
                FactKind.Choice => FactValue.FromChoice(fact.Choices[random.Next(fact.Choices.Count)]),
                FactKind.Date => FactValue.FromDate(_asOf.AddDays(-Math.Round(min + (random.NextDouble() * (max - min)), 1))),
                _ => FactValue.FromNumber(Math.Round(min + (random.NextDouble() * (max - min)))),
            };
        }

        return answers;
    }

    /// <summary>Asks adaptively, answering from <paramref name="truth"/>, until settled or nothing is left; compares with every answer given.</summary>
    public SimulatedInterview Interview(IReadOnlyDictionary<string, object?> truth)
    {
        var full = _evaluator.Score(Observe(truth)).Band;
        return Adaptive(full, id => truth[id], null);
    }

    private SimulatedInterview Adversarial(bool up)
    {
        // Questions asked get the answer that pulls one way; the rest, fixed once the planner stops, the other way.
        var asked = new HashSet<string>(StringComparer.Ordinal);
        object? Pull(string id, bool towardsUp)
        {
            if (_set.TryGetSignal(id, out var s))
            {
                var present = s.Weights.Present;
                var absent = s.Weights.Absent;
                return (present >= absent) == towardsUp ? SignalState.Present : SignalState.Absent;
            }

            return ExtremeFact(id, towardsUp);
        }

        return Adaptive(null, id =>
        {
            asked.Add(id);
            return Pull(id, up);
        }, askedSoFar =>
        {
            var truth = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var q in _questionnaire.Questions)
            {
                truth[q.Id] = askedSoFar.TryGetValue(q.Id, out var v) ? v : Pull(q.Id, !up);
            }

            return _evaluator.Score(Observe(truth)).Band;
        });
    }

    /// <summary>The value of a fact that moves the score furthest one way, by trying its plausible values.</summary>
    private object? ExtremeFact(string id, bool up)
    {
        _set.TryGetFact(id, out var fact);
        var (min, max) = PlausibleRange(fact!);
        var candidates = fact!.Kind switch
        {
            FactKind.Boolean => new[] { FactValue.FromBoolean(true), FactValue.FromBoolean(false) },
            FactKind.Choice => fact.Choices.Select(FactValue.FromChoice).ToArray(),
            FactKind.Date => Enumerable.Range(0, 7).Select(i => FactValue.FromDate(_asOf.AddDays(-(min + ((max - min) * i / 6))))).ToArray(),
            _ => Enumerable.Range(0, 7).Select(i => FactValue.FromNumber(Math.Round(min + ((max - min) * i / 6)))).ToArray(),
        };
        var all = Observation.CreateBuilder().AsOf(_asOf);
        foreach (var s in _set.Signals.Where(s => s.Question is not null))
        {
            all.Present(s.Id);
        }

        var baseline = all.Build();
        return candidates.OrderBy(v => (up ? -1 : 1) * _evaluator.Score(With(baseline, id, v)).Score).First();
    }

    private static Observation With(Observation o, string id, FactValue value)
    {
        var b = Observation.CreateBuilder().AsOf(o.AsOf!.Value);
        foreach (var s in o.Signals)
        {
            b.Answer(s.Key, s.Value.State, s.Value.Strength);
        }

        return b.Fact(id, value).Build();
    }

    private SimulatedInterview Adaptive(OutlookBand? fullBand, Func<string, object?> answer, Func<Dictionary<string, object?>, OutlookBand>? fullAfter)
    {
        var given = new Dictionary<string, object?>(StringComparer.Ordinal);
        var declined = new List<string>();
        int? likelyAt = null, settledAt = null;
        OutlookBand? likelyBand = null, settledBand = null, likelyFull = null;
        var asked = 0;
        while (true)
        {
            var plan = _planner.Plan(Observe(given), declined);
            if (plan.Status != PlanStatus.Open && likelyAt is null)
            {
                likelyAt = asked;
                likelyBand = plan.Band;
                likelyFull = fullBand ?? fullAfter!(new Dictionary<string, object?>(given, StringComparer.Ordinal));
            }

            if (plan.Status == PlanStatus.Settled)
            {
                settledAt = asked;
                settledBand = plan.Band;
                break;
            }

            if (plan.Next is null)
            {
                break;
            }

            var id = plan.Next.Id;
            var value = answer(id);
            given[id] = value;
            if (value is null)
            {
                declined.Add(id);
            }

            asked++;
        }

        var full = fullBand ?? fullAfter!(new Dictionary<string, object?>(given, StringComparer.Ordinal));
        return new SimulatedInterview(full, asked, likelyAt, likelyBand, likelyFull, settledAt, settledBand);
    }

    /// <summary>The answers as an observation as of the simulation's instant ("not sure" and skipped ones left out).</summary>
    public Observation Observe(IReadOnlyDictionary<string, object?> answers)
    {
        var b = Observation.CreateBuilder().AsOf(_asOf);
        foreach (var (id, answer) in answers)
        {
            switch (answer)
            {
                case SignalState state:
                    b.Answer(id, state);
                    break;
                case FactValue value:
                    b.Fact(id, value);
                    break;
            }
        }

        return b.Build();
    }
}

/// <summary>One simulated interview: the band with every answer, and when (after how many questions) the planner judged it likely settled and settled.</summary>
/// <remarks>
/// For an ordinary draw the full answers are fixed in advance, so <paramref name="FullBandFromLikely"/> equals
/// <paramref name="FullBand"/>. An adversary fixes the questions not yet asked only when the planner stops, so each
/// stopping point has its own full band: stopping at "likely settled" is compared with the adversary's answers from there.
/// </remarks>
public sealed record SimulatedInterview(OutlookBand FullBand, int Asked, int? LikelySettledAfter, OutlookBand? LikelySettledBand, OutlookBand? FullBandFromLikely, int? SettledAfter, OutlookBand? SettledBand);

/// <summary>The summary the goals are stated in.</summary>
public sealed class SimulationReport
{
    public SimulationReport(IReadOnlyList<SimulatedInterview> runs)
    {
        Runs = runs;
        var likely = runs.Where(r => r.LikelySettledAfter is not null).ToList();
        var settled = runs.Where(r => r.SettledAfter is not null).ToList();
        LikelySettledReached = likely.Count;
        SettledReached = settled.Count;
        // An interview that never got there counts as needing every question it was asked.
        MedianToLikely = Percentile(runs.Select(r => r.LikelySettledAfter ?? r.Asked), 0.5);
        P90ToLikely = Percentile(runs.Select(r => r.LikelySettledAfter ?? r.Asked), 0.9);
        MedianToSettled = Percentile(runs.Select(r => r.SettledAfter ?? r.Asked), 0.5);
        P90ToSettled = Percentile(runs.Select(r => r.SettledAfter ?? r.Asked), 0.9);
        LikelyAgreement = likely.Count == 0 ? double.NaN : likely.Count(r => r.LikelySettledBand == r.FullBandFromLikely) / (double)likely.Count;
        SettledAgreement = settled.Count == 0 ? double.NaN : settled.Count(r => r.SettledBand == r.FullBand) / (double)settled.Count;
    }

    public IReadOnlyList<SimulatedInterview> Runs { get; }

    public int LikelySettledReached { get; }

    public int SettledReached { get; }

    public double MedianToLikely { get; }

    public double P90ToLikely { get; }

    public double MedianToSettled { get; }

    public double P90ToSettled { get; }

    /// <summary>How often the band at "likely settled" equals the band with every question answered.</summary>
    public double LikelyAgreement { get; }

    /// <summary>How often the band at "settled" equals the band with every question answered (1 by construction).</summary>
    public double SettledAgreement { get; }

    public override string ToString() => FormattableString.Invariant(
        $"{Runs.Count} interviews: likely settled reached {LikelySettledReached}, median {MedianToLikely} questions (p90 {P90ToLikely}), band agrees {LikelyAgreement:P1}; settled reached {SettledReached}, median {MedianToSettled} (p90 {P90ToSettled}), band agrees {SettledAgreement:P1}");

    private static double Percentile(IEnumerable<int> values, double q)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(q * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}

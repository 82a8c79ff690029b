using System.Reflection;
using InterviewSignals.Compilation;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Evaluation;

/// <summary>The evaluator: a view over a set's compiled form with the host's options. Holds no mutable state, so one instance serves every thread.</summary>
internal sealed partial class SignalSetEvaluator : IInterviewEvaluator
{
    internal static readonly string LibraryVersion = ReadLibraryVersion();

    private readonly CompiledSet _c;
    private readonly InterviewEvaluatorOptions _options;

    public SignalSetEvaluator(SignalSet set, InterviewEvaluatorOptions options)
    {
        _c = CompiledSet.Of(set);
        _options = options;
    }

    public SignalSet SignalSet => _c.Set;

    public ScoreResult Score(Observation observation)
    {
        Internal.Guard.NotNull(observation);
        return Scorecard.Score(_c, observation, observation.AsOf ?? _options.TimeProvider.GetUtcNow(), _options.EvidenceProviders);
    }

    public Assessment Assess(Observation observation)
    {
        Internal.Guard.NotNull(observation);
        var states = new byte[_c.Signals.Length];
        var strengths = new double[_c.Signals.Length];
        var asOf = observation.AsOf ?? _options.TimeProvider.GetUtcNow();
        Scorecard.Gather(_c, observation, asOf, states, strengths);
        var ctx = new EvalContext(observation.FactMap, asOf);
        var provided = Scorecard.RunProviders(_c, _options.EvidenceProviders, observation, asOf, states, strengths);
        var degrees = new double[_c.Modifiers.Length];
        var sink = new CollectingSink(_c.Signals.Length);
        var score = Scorecard.Run(_c, states, strengths, ctx, provided, degrees, ref sink, out var covered);
        var coverage = _c.Coverage(covered);
        var band = Scorecard.Band(_c, score, coverage, ctx, out var tooEarly);
        return AssessmentBuilder.Build(_c, _options.MaxFindOutNext, observation, asOf, ctx, sink, degrees, score, coverage, band, tooEarly);
    }

    private static string ReadLibraryVersion()
    {
        var attr = typeof(SignalSetEvaluator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>();
        var v = attr?.InformationalVersion ?? typeof(SignalSetEvaluator).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        return v.Split('+')[0];
    }
}

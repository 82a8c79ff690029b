using InterviewSignals.Taxonomy;

namespace InterviewSignals.Evaluation;

/// <summary>What <see cref="Scorecard.Run"/> tells about each signal as it goes; a struct sink that wants nothing costs nothing.</summary>
internal interface IScoreSink
{
    bool WantsDetail { get; }

    void Answered(int index, SignalState state, double strength);

    void Contributed(int index, double weight, double value, ContributionSource source, string? sourceId);
}

/// <summary>The fast path's sink: it keeps nothing.</summary>
internal struct NoSink : IScoreSink
{
    public readonly bool WantsDetail => false;

    public readonly void Answered(int index, SignalState state, double strength)
    {
    }

    public readonly void Contributed(int index, double weight, double value, ContributionSource source, string? sourceId)
    {
    }
}

/// <summary>The full path's sink: every signal's state, strength, weight, value and where it came from, for the assessment.</summary>
internal sealed class CollectingSink : IScoreSink
{
    public CollectingSink(int n)
    {
        States = new SignalState[n];
        Strengths = new double[n];
        Weights = new double[n];
        Values = new double[n];
        Sources = new ContributionSource[n];
        SourceIds = new string?[n];
        HasValue = new bool[n];
    }

    public bool WantsDetail => true;

    public SignalState[] States { get; }

    public double[] Strengths { get; }

    public double[] Weights { get; }

    public double[] Values { get; }

    public ContributionSource[] Sources { get; }

    public string?[] SourceIds { get; }

    public bool[] HasValue { get; }

    public void Answered(int index, SignalState state, double strength)
    {
        States[index] = state;
        Strengths[index] = strength;
    }

    public void Contributed(int index, double weight, double value, ContributionSource source, string? sourceId)
    {
        Weights[index] = weight;
        Values[index] = value;
        Sources[index] = source;
        SourceIds[index] = sourceId;
        HasValue[index] = true;
    }
}

/// <summary>Records the state and strength of every signal the scorecard saw, with or without a weight (for the outcome fitter).</summary>
internal sealed class StateSink : IScoreSink
{
    public StateSink(int n)
    {
        States = new SignalState[n];
        Strengths = new double[n];
    }

    public bool WantsDetail => false;

    public SignalState[] States { get; }

    public double[] Strengths { get; }

    public void Answered(int index, SignalState state, double strength)
    {
        States[index] = state;
        Strengths[index] = strength;
    }

    public void Contributed(int index, double weight, double value, ContributionSource source, string? sourceId)
    {
    }
}

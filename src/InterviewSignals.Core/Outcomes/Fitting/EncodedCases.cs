using System;
using System.Collections.Generic;
using InterviewSignals.Evaluation;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Outcomes;

/// <summary>
/// Labelled cases in a compact form: per case, its outcome and the few weights it touches, each as a feature number
/// (2 bytes) and an index into a table of distinct multipliers (4 bytes), so that 100,000 cases of two dozen answered
/// signs take about 15 MB. Feature 0 is the base score (every case has it; not stored); feature 1 + 2i is signal i
/// present, 2 + 2i signal i absent. A multiplier comes as a pair: what a positive weight is multiplied by, and what a
/// negative one is (a modifier may scale one direction only).
/// </summary>
internal sealed class EncodedCases
{
    private readonly Dictionary<(double, double), int> _valueIndex = new();
    private readonly List<double> _values = new() { 1.0, 1.0 };
    private int[] _start = new int[1024];
    private ushort[] _feature = new ushort[16 * 1024];
    private int[] _value = new int[16 * 1024];
    private bool[] _offer = new bool[1024];
    private int _entries;

    public EncodedCases(int signals)
    {
        Features = 1 + (2 * signals);
        Support = new long[Features];
        Directional = new bool[Features];
        _valueIndex[(1.0, 1.0)] = 0;
    }

    /// <summary>Gets the number of features: the base score and two per signal.</summary>
    public int Features { get; }

    /// <summary>Gets the number of cases.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the number of offers.</summary>
    public int Offers { get; private set; }

    /// <summary>Gets, per feature, the number of cases that have it.</summary>
    public long[] Support { get; }

    /// <summary>Gets, per feature, whether some case multiplies a positive weight differently from a negative one.</summary>
    public bool[] Directional { get; }

    /// <summary>Gets the first entry of each case, and one past the last entry of the last case.</summary>
    public int[] Start => _start;

    /// <summary>Gets the feature of each entry.</summary>
    public ushort[] Feature => _feature;

    /// <summary>Gets the multiplier pair of each entry, as an index into <see cref="Values"/> (positive at 2v, negative at 2v + 1).</summary>
    public int[] Value => _value;

    /// <summary>Gets the outcome of each case.</summary>
    public bool[] Offer => _offer;

    /// <summary>Gets the distinct multiplier pairs, flattened.</summary>
    public double[] Values { get; private set; } = Array.Empty<double>();

    public static int PresentFeature(int signal) => 1 + (2 * signal);

    /// <summary>Adds a case from the evaluator's reading of it.</summary>
    public void Add(CaseEncoding e, bool offer)
    {
        if (Count + 2 > _start.Length)
        {
            Array.Resize(ref _start, _start.Length * 2);
            Array.Resize(ref _offer, _offer.Length * 2);
        }

        _start[Count] = _entries;
        _offer[Count] = offer;
        for (var i = 0; i < e.States.Length; i++)
        {
            if (e.States[i] == SignalState.Unknown || (e.Positive[i] == 0 && e.Negative[i] == 0))
            {
                continue;
            }

            var feature = PresentFeature(i) + (e.States[i] == SignalState.Absent ? 1 : 0);
            if (_entries == _feature.Length)
            {
                Array.Resize(ref _feature, _feature.Length * 2);
                Array.Resize(ref _value, _value.Length * 2);
            }

            _feature[_entries] = (ushort)feature;
            _value[_entries] = ValueOf(e.Positive[i], e.Negative[i]);
            Directional[feature] |= e.Positive[i] != e.Negative[i];
            Support[feature]++;
            _entries++;
        }

        Count++;
        Offers += offer ? 1 : 0;
        Support[0]++;
        _start[Count] = _entries;
    }

    /// <summary>Freezes the multiplier table for the fit.</summary>
    public void Seal() => Values = _values.ToArray();

    private int ValueOf(double positive, double negative)
    {
        // Most answers are plain: strength 1, no modifier.
        if (positive == 1.0 && negative == 1.0)
        {
            return 0;
        }

        if (!_valueIndex.TryGetValue((positive, negative), out var index))
        {
            index = _values.Count / 2;
            _valueIndex[(positive, negative)] = index;
            _values.Add(positive);
            _values.Add(negative);
        }

        return index;
    }
}

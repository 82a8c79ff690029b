using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Evaluation;
using InterviewSignals.Internal;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Outcomes;

/// <summary>
/// Holds a set's outlooks against real outcomes, one case at a time, in memory that does not grow with the number of
/// cases: outlooks are counted in 10,000 bins (so outlooks closer than 0.0001 count as ties), scores in bins of 0.01
/// log-odds points for the calibration fit, and each signal's answers in a small table. Add every case, then call
/// <see cref="Report"/>. Not thread-safe: use one per thread and <see cref="Merge"/> them.
/// </summary>
public sealed class OutcomeCheck
{
    /// <summary>Gets how many bins the outlook is counted in.</summary>
    public static int OutlookBins => 10_000;

    private const double ScoreRange = 30;
    private const double ScoreStep = 0.01;
    private const int ScoreBins = (int)(2 * ScoreRange / ScoreStep) + 1;
    private const double Epsilon = 1e-15;

    private readonly SignalSet _set;
    private readonly Dictionary<string, int> _signalIndex;
    private readonly OutcomeCheckOptions _options;
    private readonly long[] _offers = new long[OutlookBins];
    private readonly long[] _noOffers = new long[OutlookBins];
    private readonly double[] _outlookSum = new double[OutlookBins];
    private readonly long[] _scoreOffers = new long[ScoreBins];
    private readonly long[] _scoreNoOffers = new long[ScoreBins];
    private readonly double[] _scoreSum = new double[ScoreBins];
    private readonly long[,] _signals;
    private readonly long[,] _bands = new long[4, 2];
    private readonly bool[] _counted;
    private double _brier;
    private double _logLoss;
    private long _leftOut;

    /// <summary>Starts a check of a set's outlooks against outcomes.</summary>
    /// <param name="set">The set whose assessments will be added.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>An empty check; add assessments with their outcomes, then <see cref="Report"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is <see langword="null"/>.</exception>
    public static OutcomeCheck Create(SignalSet set, OutcomeCheckOptions? options = null) => new(set, options);

    private OutcomeCheck(SignalSet set, OutcomeCheckOptions? options)
    {
        _set = Guard.NotNull(set);
        _options = options ?? OutcomeCheckOptions.Default;
        if (_options.BootstrapReplicates < 0)
        {
            throw new ArgumentException(OutcomeMessages.BootstrapReplicatesNegative(_options.BootstrapReplicates), nameof(options));
        }

        _signalIndex = set.Signals.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _signals = new long[set.Signals.Count, 4];
        _counted = new bool[set.Signals.Count];
    }

    /// <summary>Gets the number of cases added with an outcome.</summary>
    public long Cases => Offers + NoOffers;

    private long Offers { get; set; }

    private long NoOffers { get; set; }

    /// <summary>Adds a case: an assessment and its outcome.</summary>
    /// <param name="assessment">The assessment, made with this check's set.</param>
    /// <param name="offer"><see langword="true"/> for an offer, <see langword="false"/> for none, <see langword="null"/> when the candidate withdrew or the outcome is unknown (counted and left out).</param>
    /// <param name="observation">The observation it was made from, so that signals answered with no weight are counted too; or <see langword="null"/> to count the contributions only.</param>
    /// <exception cref="SignalSetMismatchException">The assessment was made with another set, or the observation for a set this one does not extend.</exception>
    public void Add(Assessment assessment, bool? offer, Observation? observation = null)
    {
        Guard.NotNull(assessment);
        SignalSetMismatchException.ThrowIfOther(SignalSetMismatchException.MadeWith.Assessment, assessment.SignalSet, _set.Reference);
        observation?.ThrowIfMadeForOther(_set);

        if (offer is not { } o)
        {
            _leftOut++;
            return;
        }

        // The calibration fit reads the outlook's own log-odds: the calibrated score when the set has a calibration.
        AddScore(assessment.CalibratedScore ?? assessment.Score, assessment.Outlook, o);
        _bands[(int)assessment.Band, o ? 0 : 1]++;
        // One scratch row of "already counted" marks, cleared per case: adding a case allocates nothing.
        var counted = _counted;
        Array.Clear(counted, 0, counted.Length);
        var contributions = assessment.Contributions;
        for (var i = 0; i < contributions.Count; i++)
        {
            Count(contributions[i].SignalId, contributions[i].State, o, counted);
        }

        if (observation is not null)
        {
            foreach (var pair in observation.Signals)
            {
                Count(pair.Key, pair.Value.State, o, counted);
            }
        }
    }

    /// <summary>Adds a case known only by its outlook, for hosts that stored outlooks rather than assessments. Such cases count in every measure except the bands and the signal table.</summary>
    /// <param name="outlook">The outlook, from 0 to 1.</param>
    /// <param name="offer">The outcome, or <see langword="null"/> when it is neither.</param>
    /// <exception cref="ArgumentOutOfRangeException">The outlook is not between 0 and 1.</exception>
    public void Add(double outlook, bool? offer)
    {
        if (double.IsNaN(outlook) || outlook < 0 || outlook > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(outlook), outlook, OutcomeMessages.OutlookOutOfRange(outlook));
        }

        if (offer is not { } o)
        {
            _leftOut++;
            return;
        }

        var clipped = Math.Min(1 - Epsilon, Math.Max(Epsilon, outlook));
        AddScore(Math.Log(clipped / (1 - clipped)), outlook, o);
    }

    /// <summary>Adds the cases another check of the same set has counted, for checks split across threads.</summary>
    /// <param name="other">The other check.</param>
    /// <exception cref="SignalSetMismatchException">The other check is of another set.</exception>
    public void Merge(OutcomeCheck other)
    {
        Guard.NotNull(other);
        SignalSetMismatchException.ThrowIfOther(SignalSetMismatchException.MadeWith.Assessment, other._set.Reference, _set.Reference);

        for (var i = 0; i < OutlookBins; i++)
        {
            (_offers[i], _noOffers[i], _outlookSum[i]) = (_offers[i] + other._offers[i], _noOffers[i] + other._noOffers[i], _outlookSum[i] + other._outlookSum[i]);
        }

        for (var i = 0; i < ScoreBins; i++)
        {
            (_scoreOffers[i], _scoreNoOffers[i], _scoreSum[i]) = (_scoreOffers[i] + other._scoreOffers[i], _scoreNoOffers[i] + other._scoreNoOffers[i], _scoreSum[i] + other._scoreSum[i]);
        }

        for (var i = 0; i < _signals.GetLength(0); i++)
        {
            for (var k = 0; k < 4; k++)
            {
                _signals[i, k] += other._signals[i, k];
            }
        }

        for (var b = 0; b < 4; b++)
        {
            _bands[b, 0] += other._bands[b, 0];
            _bands[b, 1] += other._bands[b, 1];
        }

        (_brier, _logLoss, _leftOut, Offers, NoOffers) = (_brier + other._brier, _logLoss + other._logLoss, _leftOut + other._leftOut, Offers + other.Offers, NoOffers + other.NoOffers);
    }

    /// <summary>Computes the report from the cases added so far. The bootstrap is seeded, so the same cases give the same report.</summary>
    /// <returns>The report.</returns>
    public OutcomeReport Report()
    {
        var n = Cases;
        var both = Offers > 0 && NoOffers > 0;
        var baseRate = n == 0 ? (double?)null : (double)Offers / n;
        var auc = both ? Roc.Auc(_offers, _noOffers, Offers, NoOffers) : (double?)null;
        var (lower, upper) = both && _options.BootstrapReplicates > 0 ? Roc.BootstrapInterval(_offers, _noOffers, Offers, NoOffers, _options.BootstrapReplicates, _options.Seed) : ((double?)null, (double?)null);
        var brier = n == 0 ? (double?)null : _brier / n;
        var reference = baseRate is { } r ? r * (1 - r) : 0;
        var (intercept, slope) = Calibration.Fit(_scoreOffers, _scoreNoOffers, _scoreSum);
        return new OutcomeReport
        {
            SignalSet = _set.Reference,
            Cases = n,
            Offers = Offers,
            LeftOut = _leftOut,
            BaseRate = baseRate,
            Auc = auc,
            AucLower = lower,
            AucUpper = upper,
            Brier = brier,
            BrierSkill = brier is { } b && reference > 0 ? 1 - (b / reference) : null,
            LogLoss = n == 0 ? null : _logLoss / n,
            CalibrationIntercept = intercept,
            CalibrationSlope = slope,
            Reliability = ReliabilityTable(),
            Bands = BandTable(),
            Signals = SignalTable(baseRate),
            Roc = both ? Roc.Points(_offers, _noOffers, Offers, NoOffers) : Array.Empty<RocPoint>(),
        };
    }

    private void AddScore(double score, double outlook, bool offer)
    {
        var bin = Math.Min(OutlookBins - 1, (int)(outlook * OutlookBins));
        (offer ? _offers : _noOffers)[bin]++;
        _outlookSum[bin] += outlook;
        var s = Math.Min(ScoreRange, Math.Max(-ScoreRange, score));
        var scoreBin = (int)Math.Round((s + ScoreRange) / ScoreStep);
        (offer ? _scoreOffers : _scoreNoOffers)[scoreBin]++;
        _scoreSum[scoreBin] += s;
        var y = offer ? 1.0 : 0.0;
        _brier += (outlook - y) * (outlook - y);
        var p = Math.Min(1 - Epsilon, Math.Max(Epsilon, outlook));
        _logLoss -= offer ? Math.Log(p) : Math.Log(1 - p);
        if (offer)
        {
            Offers++;
        }
        else
        {
            NoOffers++;
        }
    }

    /// <summary>Counts a signal's state once per case: present or absent, in the offer or the no-offer column.</summary>
    private void Count(string id, SignalState state, bool offer, bool[] counted)
    {
        if (state == SignalState.Unknown || !_signalIndex.TryGetValue(id, out var i) || counted[i])
        {
            return;
        }

        counted[i] = true;
        _signals[i, (state == SignalState.Present ? 0 : 2) + (offer ? 0 : 1)]++;
    }

    /// <summary>Deciles of the outlook by the cases in them: bins are gathered in order until a tenth of the cases is reached.</summary>
    private List<ReliabilityBin> ReliabilityTable()
    {
        var table = new List<ReliabilityBin>();
        var n = Cases;
        long cases = 0, offers = 0, seen = 0;
        double sum = 0;
        var from = -1;
        for (var i = 0; i < OutlookBins; i++)
        {
            var here = _offers[i] + _noOffers[i];
            if (here == 0)
            {
                continue;
            }

            from = from < 0 ? i : from;
            (cases, offers, sum, seen) = (cases + here, offers + _offers[i], sum + _outlookSum[i], seen + here);
            if (seen * 10 >= (table.Count + 1) * n || seen == n)
            {
                table.Add(new ReliabilityBin((double)from / OutlookBins, (double)(i + 1) / OutlookBins, cases, sum / cases, (double)offers / cases));
                (cases, offers, sum, from) = (0, 0, 0, -1);
            }
        }

        return table;
    }

    private List<BandOutcome> BandTable()
    {
        var table = new List<BandOutcome>();
        foreach (var band in new[] { OutlookBand.Encouraging, OutlookBand.Mixed, OutlookBand.Concerning, OutlookBand.TooEarlyToTell })
        {
            var (offers, none) = (_bands[(int)band, 0], _bands[(int)band, 1]);
            if (offers + none > 0)
            {
                var name = band.ToString();
                table.Add(new BandOutcome(char.ToLowerInvariant(name[0]) + name.Substring(1), offers + none, offers, (double)offers / (offers + none)));
            }
        }

        return table;
    }

    private List<SignalOutcome> SignalTable(double? baseRate)
    {
        var table = new List<SignalOutcome>();
        for (var i = 0; i < _set.Signals.Count; i++)
        {
            var (pw, pn, aw, an) = (_signals[i, 0], _signals[i, 1], _signals[i, 2], _signals[i, 3]);
            if (pw + pn + aw + an == 0)
            {
                continue;
            }

            double? lift = pw + pn > 0 && baseRate is > 0 ? (double)pw / (pw + pn) / baseRate : null;
            double? logOdds = pw + pn > 0 && aw + an > 0 ? Math.Log((pw + 0.5) * (an + 0.5) / ((pn + 0.5) * (aw + 0.5))) : null;
            table.Add(new SignalOutcome(_set.Signals[i].Id, pw, pn, aw, an, lift, logOdds));
        }

        return table;
    }
}

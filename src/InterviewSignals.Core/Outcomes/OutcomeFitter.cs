using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Compilation;
using InterviewSignals.Evaluation;
using InterviewSignals.Internal;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Outcomes;

/// <summary>
/// Fits a set's weights to labelled cases, openly: penalised logistic regression whose Gaussian prior is centred on the
/// set's own weights (for the built-in sets, the career articles'), so that the cases move a weight only as far as their
/// evidence goes. It fits the weight of each signal state (present, absent; derived signals included) and the base
/// score; rules, modifiers and band thresholds stay as the set defines them. One prior strength is chosen from
/// <see cref="OutcomeFitterOptions.PriorStrengths"/> by k-fold cross-validation, and the held-out measures before and
/// after are recorded with every weight's prior, fitted value, support and standard error in a new set that extends the
/// original (<see cref="SignalSet.Fit"/>); every explanation made with it says so.
/// <para>
/// Guards: at least <see cref="MinimumCases"/> cases and <see cref="MinimumPerOutcome"/> of each outcome; no set that
/// keeps items keyed to protected characteristics; a state seen in fewer than
/// <see cref="OutcomeFitterOptions.MinimumSupport"/> cases keeps its prior; a weight that would take the opposite sign
/// to its prior is held at zero unless <see cref="OutcomeFitterOptions.AllowSignChange"/> is set. Cases are kept in a
/// compact encoded form (a few bytes per answered sign). Not thread-safe: use one per thread.
/// </para>
/// </summary>
public sealed class OutcomeFitter
{
    /// <summary>Gets the fewest cases weights are fitted on.</summary>
    public static int MinimumCases => 200;

    /// <summary>Gets the fewest cases of each outcome (offer, no offer) weights are fitted on.</summary>
    public static int MinimumPerOutcome => 50;

    private readonly SignalSet _set;
    private readonly OutcomeFitterOptions _options;
    private readonly SignalSetEvaluator _evaluator;
    private readonly CaseEncoding _scratch;
    private readonly EncodedCases _cases;
    private readonly OutcomeCheck _before;

    /// <summary>Starts fitting a set.</summary>
    /// <param name="set">The set whose weights are the prior and will be fitted.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>An empty fit; add observations with their outcomes, then <see cref="Fit"/>.</returns>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public static OutcomeFitter Create(SignalSet set, OutcomeFitterOptions? options = null) => new(set, options);

    private OutcomeFitter(SignalSet set, OutcomeFitterOptions? options)
    {
        _set = Guard.NotNull(set);
        _options = options ?? OutcomeFitterOptions.Default;
        var problems = _options.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(OutcomeMessages.FitOptionsInvalid(string.Join("\n  ", problems)), nameof(options));
        }

        _evaluator = new SignalSetEvaluator(set, _options.Evaluator);
        _scratch = new CaseEncoding(set);
        _cases = new EncodedCases(set.Signals.Count);
        _before = OutcomeCheck.Create(set, new OutcomeCheckOptions { BootstrapReplicates = 0 });
    }

    /// <summary>Gets the number of cases with an outcome.</summary>
    public int Cases => _cases.Count;

    /// <summary>Gets the number of cases left out (withdrew or unknown).</summary>
    public long LeftOut { get; private set; }

    /// <summary>Adds a case: an observation, weighed as the set weighs it (answers, evidence providers, rules), and its outcome.</summary>
    /// <param name="observation">The observation, for example a text's reading (<c>TextReading.ToObservation</c>).</param>
    /// <param name="offer">The outcome, or <see langword="null"/> when the candidate withdrew or it is unknown (left out).</param>
    /// <exception cref="ObservationException">The observation does not fit the set; every problem is listed.</exception>
    /// <exception cref="SignalSetMismatchException">The observation was made for another set.</exception>
    public void Add(Observation observation, bool? offer)
    {
        Guard.NotNull(observation);
        observation.ThrowIfMadeForOther(_set);
        if (offer is not { } o)
        {
            LeftOut++;
            return;
        }

        _evaluator.Encode(observation, _scratch);
        _cases.Add(_scratch, o);
        _before.Add(_scratch.Outlook, o);
    }

    /// <summary>Fits the weights and returns the new set: it extends the original, is called <c>{id}-fitted</c>, overrides the weights the cases moved, and records the fit.</summary>
    /// <param name="description">What the data is, in the words of whoever supplies it; every explanation shows it.</param>
    /// <param name="date">When it was fitted; kept to the second.</param>
    /// <returns>The fitted set. Write it with <c>SignalSetJson.ToExtendingJson(fitted, set)</c>.</returns>
    /// <exception cref="FitRefusedException">Too few cases, too few of an outcome, a set with waived protected characteristics, or a fit that does not settle.</exception>
    public SignalSet Fit(string description, DateTimeOffset date)
    {
        Guard.NotNullOrWhiteSpace(description);
        Refuse();
        _cases.Seal();
        var prior = Prior();
        var result = CrossValidatedFit.Run(_cases, prior, Speakable(), _options);
        var after = OutcomeCheck.Create(_set, new OutcomeCheckOptions { BootstrapReplicates = 0 });
        for (var c = 0; c < _cases.Count; c++)
        {
            after.Add(CompiledSet.Logistic(result.HeldOutScores[c]), _cases.Offer[c]);
        }

        var path = result.Path;
        var baseFitted = Round(path.Weights[0]);
        var weights = FittedWeights(prior, result);
        var fit = new SetFit
        {
            FittedOn = _set.Reference,
            Cases = _cases.Count,
            Offers = _cases.Offers,
            Description = description,

            // Kept to the second, as the set format writes it, so that a set read back is equal to the one written.
            Date = date.AddTicks(-(date.Ticks % TimeSpan.TicksPerSecond)),
            PriorStrength = result.Strength,
            Grid = result.Grid,
            Folds = _options.Folds,
            Seed = _options.Seed,
            MinimumSupport = _options.MinimumSupport,
            AllowSignChange = _options.AllowSignChange,
            FitPrevalence = _options.FitPrevalence,
            Before = Metrics(_before.Report()),
            After = Metrics(after.Report()),
            BasePrior = prior[0],
            BaseFitted = baseFitted,
            BaseStandardError = Round(result.StandardErrors[0], 4),
            Weights = weights,
        };
        return Build(fit, weights);
    }

    private void Refuse()
    {
        if (_set.Waivers.Count > 0)
        {
            throw new FitRefusedException("protected-characteristic", OutcomeMessages.FitProtectedCharacteristic(string.Join(", ", _set.Waivers.Select(w => $"'{w.ItemId}' ({w.Characteristic})"))));
        }

        if (_cases.Count < MinimumCases)
        {
            throw new FitRefusedException("too-few-cases", OutcomeMessages.FitTooFewCases(_cases.Count, MinimumCases));
        }

        if (_cases.Offers < MinimumPerOutcome || _cases.Count - _cases.Offers < MinimumPerOutcome)
        {
            throw new FitRefusedException("too-few-of-an-outcome", OutcomeMessages.FitTooFewOfAnOutcome(_cases.Offers, _cases.Count - _cases.Offers, MinimumPerOutcome));
        }
    }

    /// <summary>The prior: the base score and every weight of the set, in feature order.</summary>
    private double[] Prior()
    {
        var prior = new double[_cases.Features];
        prior[0] = Math.Log(_set.BaseRate / (1 - _set.BaseRate));
        for (var i = 0; i < _set.Signals.Count; i++)
        {
            prior[EncodedCases.PresentFeature(i)] = _set.Signals[i].Weights.Present;
            prior[EncodedCases.PresentFeature(i) + 1] = _set.Signals[i].Weights.Absent;
        }

        return prior;
    }

    /// <summary>Which weights an explanation could give a reason for: the base score, and every state with its text.</summary>
    private bool[] Speakable()
    {
        var speakable = new bool[_cases.Features];
        speakable[0] = true;
        for (var i = 0; i < _set.Signals.Count; i++)
        {
            speakable[EncodedCases.PresentFeature(i)] = !string.IsNullOrWhiteSpace(_set.Signals[i].PresentText);
            speakable[EncodedCases.PresentFeature(i) + 1] = !string.IsNullOrWhiteSpace(_set.Signals[i].AbsentText);
        }

        return speakable;
    }

    private List<FittedWeight> FittedWeights(double[] prior, FitResult result)
    {
        var weights = new List<FittedWeight>(_set.Signals.Count * 2);
        for (var i = 0; i < _set.Signals.Count; i++)
        {
            foreach (var state in new[] { SignalState.Present, SignalState.Absent })
            {
                var j = EncodedCases.PresentFeature(i) + (state == SignalState.Absent ? 1 : 0);
                var status = result.Path.Status[j];
                var fitted = status is FittedWeightStatus.TooFewCases or FittedWeightStatus.NoText ? prior[j] : Round(result.Path.Weights[j]);
                if (status == FittedWeightStatus.Fitted && prior[j] != 0 && fitted != 0 && Math.Sign(fitted) != Math.Sign(prior[j]))
                {
                    status = FittedWeightStatus.SignChanged;
                }

                weights.Add(new FittedWeight
                {
                    SignalId = _set.Signals[i].Id,
                    State = state,
                    Prior = prior[j],
                    Fitted = fitted,
                    Support = _cases.Support[j],
                    StandardError = result.Path.Fixed[j] ? null : Round(result.StandardErrors[j], 4),
                    Status = status,
                });
            }
        }

        return weights;
    }

    private SignalSet Build(SetFit fit, List<FittedWeight> weights)
    {
        var builder = SignalSet.CreateBuilder(_set.Id + "-fitted", _set.Version)
            .Extend(_set)
            .WithTitle(_set.Title + " (fitted)")
            .WithBaseRate(CompiledSet.Logistic(fit.BaseFitted))
            .WithFit(fit);
        for (var i = 0; i < _set.Signals.Count; i++)
        {
            var (present, absent) = (weights[2 * i].Fitted, weights[(2 * i) + 1].Fitted);
            if (!new SignalWeights(present, absent).Equals(_set.Signals[i].Weights))
            {
                builder.OverrideWeights(_set.Signals[i].Id, present, absent);
            }

            if (_options.FitPrevalence && Prevalence(i) is { } prevalence)
            {
                builder.OverridePrevalence(_set.Signals[i].Id, prevalence);
            }
        }

        return builder.Build();
    }

    /// <summary>How often an asked signal was present among the cases that answered it, smoothed by half a case each way and kept within 0.01 and 0.99; none when too few answered.</summary>
    private double? Prevalence(int i)
    {
        var signal = _set.Signals[i];
        if (signal.Question is null || _set.Rules.Any(r => r.Signal == signal.Id))
        {
            return null;
        }

        var present = (double)_cases.Support[EncodedCases.PresentFeature(i)];
        var answered = present + _cases.Support[EncodedCases.PresentFeature(i) + 1];
        return answered < _options.MinimumSupport ? null : Math.Min(0.99, Math.Max(0.01, Round((present + 0.5) / (answered + 1))));
    }

    private static CalibrationMetrics Metrics(OutcomeReport r) => new(r.Auc, r.Brier, r.LogLoss, r.CalibrationIntercept, r.CalibrationSlope);

    /// <summary>Weights are written to a thousandth of a log-odds point; adding 0 turns a negative zero into zero.</summary>
    private static double Round(double value, int digits = 3) => Math.Round(value, digits, MidpointRounding.AwayFromZero) + 0.0;
}

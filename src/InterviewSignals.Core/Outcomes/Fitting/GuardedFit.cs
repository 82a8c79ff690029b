using System;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Outcomes;

/// <summary>
/// One fit at one prior strength with the guards applied: a weight whose state the training cases saw too rarely keeps
/// its prior; a weight that would take the opposite sign to its prior is held at zero (unless sign changes are allowed),
/// all such at once, and the rest refitted until none would; a weight beyond the format's limit is held at the limit.
/// A weight the articles left at zero has no sign to keep, and one the set has no sentence for stays at zero, since no
/// explanation could give its reason. Each weight reads the multiplier for its own sign.
/// </summary>
internal sealed class GuardedFit
{
    /// <summary>The base score's limit: the logit of the largest base rate a set may declare (0.99).</summary>
    public const double BaseLimit = 4.595;

    private const int MaxFlips = 3;

    private readonly PenalisedLogistic _model;
    private readonly double[] _prior;
    private readonly bool[] _directional;
    private readonly bool[] _speakable;
    private readonly int _minimumSupport;
    private readonly bool _allowSignChange;

    public GuardedFit(PenalisedLogistic model, double[] prior, bool[] directional, bool[] speakable, int minimumSupport, bool allowSignChange)
    {
        _model = model;
        _prior = prior;
        _directional = directional;
        _speakable = speakable;
        _minimumSupport = minimumSupport;
        _allowSignChange = allowSignChange;
    }

    public void FitAt(FitPath path, long[] support, double strength, double tolerance)
    {
        Reset(path, support);
        for (var round = 0; round <= _prior.Length; round++)
        {
            _model.Minimise(path, strength, tolerance);
            if (!Check(path))
            {
                return;
            }
        }
    }

    private void Reset(FitPath path, long[] support)
    {
        for (var j = 0; j < _prior.Length; j++)
        {
            path.Flips[j] = 0;
            if (!_speakable[j])
            {
                path.Fix(j, _prior[j], FittedWeightStatus.NoText);
                continue;
            }

            if (j > 0 && support[j] < _minimumSupport)
            {
                path.Fix(j, _prior[j], FittedWeightStatus.TooFewCases);
                continue;
            }

            if (path.Status[j] == FittedWeightStatus.TooFewCases)
            {
                path.Move(j, _prior[j]);
            }

            path.Free(j);

            // The column follows the sign the weight starts from (the last solution's), else its prior's.
            var start = path.Weights[j] != 0 ? path.Weights[j] : _prior[j];
            path.Column(j, start < 0 ? (byte)1 : start > 0 ? (byte)0 : path.Negative[j], _directional[j]);
        }
    }

    /// <summary>Applies the guards to a solution; returns whether anything changed, so that the rest must be refitted.</summary>
    private bool Check(FitPath path)
    {
        var changed = false;
        for (var j = 0; j < _prior.Length; j++)
        {
            if (path.Fixed[j])
            {
                continue;
            }

            var w = path.Weights[j];

            // The base score has no direction to keep: it is where the cases' offer rate puts it.
            if (j > 0 && _prior[j] != 0 && w != 0 && Math.Sign(w) != Math.Sign(_prior[j]) && !_allowSignChange)
            {
                path.Fix(j, 0, FittedWeightStatus.HeldAtZero);
                changed = true;
                continue;
            }

            var limit = j == 0 ? BaseLimit : SignalSet.MaxWeight;
            if (Math.Abs(w) > limit)
            {
                path.Fix(j, Math.Sign(w) * limit, FittedWeightStatus.AtLimit);
                changed = true;
            }

            var column = w < 0 ? (byte)1 : w > 0 ? (byte)0 : path.Negative[j];
            if (column == path.Negative[j])
            {
                continue;
            }

            path.Column(j, column, _directional[j]);
            if (_directional[j])
            {
                // The weight now reads the other multiplier, which moves the fit: refit, and give up on a weight that keeps flipping.
                changed = true;
                if (++path.Flips[j] > MaxFlips)
                {
                    path.Fix(j, 0, FittedWeightStatus.HeldAtZero);
                }
            }
        }

        return changed;
    }
}

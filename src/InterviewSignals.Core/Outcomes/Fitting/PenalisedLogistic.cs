using System;
using System.Collections.Generic;

namespace InterviewSignals.Outcomes;

/// <summary>
/// Logistic regression with a Gaussian prior centred on the set's weights, minimised by Newton's method (IRLS): the
/// negative log-likelihood of the training cases plus strength / 2 × Σ (w − prior)² over the weights; the base score
/// has a flat prior (the cases' own offer rate decides it, so that the prior strength is chosen for the weights alone,
/// not to let the base rate move). The Hessian is the costly part (a pass over every case's pairs of weights), so it
/// is kept from step to step and recomputed only when the steps stop shrinking fast: a chord method that ends with
/// exact Newton steps. Fixed weights (too few cases, held at zero, at the limit) stay where they are put.
/// </summary>
internal sealed partial class PenalisedLogistic
{
    private const int MaxIterations = 200;

    private readonly EncodedCases _d;
    private readonly double[] _prior;
    private readonly FoldAssignment _folds;
    private readonly int _p;
    private readonly double[] _gradient;
    private readonly double[] _trial;
    private readonly double[] _trialGradient;
    private readonly double[] _trialData;
    private readonly double[] _foldLoss;
    private readonly double[][] _foldGradient;
    private readonly double[] _step;
    private readonly int[] _caseFeatures;
    private readonly double[] _caseValues;

    public PenalisedLogistic(EncodedCases data, double[] prior, FoldAssignment folds)
    {
        _d = data;
        _prior = prior;
        _folds = folds;
        _p = data.Features;
        _gradient = new double[_p];
        _trial = new double[_p];
        _trialGradient = new double[_p];
        _trialData = new double[_p];
        _foldLoss = new double[folds.Count];
        _foldGradient = new double[folds.Count][];
        for (var f = 0; f < folds.Count; f++)
        {
            _foldGradient[f] = new double[_p];
        }

        _step = new double[_p];
        _caseFeatures = new int[_p];
        _caseValues = new double[_p];
    }

    public int Features => _p;

    /// <summary>Minimises the penalised loss over the path's training cases, from the path's weights, in place.</summary>
    public void Minimise(FitPath path, double strength, double tolerance)
    {
        var objective = StartingObjective(path, strength);
        var previous = double.PositiveInfinity;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            if (!path.HessianValid)
            {
                Hessian(path);
            }

            var exact = path.HessianAge == 0;
            var size = NewtonStep(path, strength);
            
            if (size < tolerance)
            {
                return;
            }

            var before = objective;
            var accepted = LineSearch(path, strength, ref objective, exact);
            if (double.IsNaN(objective) || double.IsInfinity(objective))
            {
                throw new FitRefusedException("cannot-fit", OutcomeMessages.FitCannotFit());
            }

            if (!accepted)
            {
                if (exact)
                {
                    // An exact Newton direction that no longer descends: the loss is flat to rounding.
                    return;
                }

                path.HessianValid = false;
                continue;
            }

            if (before - objective <= 1e-15 * Math.Abs(before))
            {
                // The loss no longer falls by more than rounding: this is the minimum.
                return;
            }

            // A kept Hessian whose steps shrink too slowly is recomputed.
            path.HessianAge++;
            if (!exact && size > 0.25 * previous)
            {
                path.HessianValid = false;
            }

            previous = size;
        }

        throw new FitRefusedException("cannot-fit", OutcomeMessages.FitCannotFit());
    }

    /// <summary>Backtracks along the step until the loss falls enough (Armijo); a step from a kept Hessian gets one try.</summary>
    private bool LineSearch(FitPath path, double strength, ref double objective, bool exact)
    {
        var w = path.Weights;
        var slope = Dot(_gradient, _step);
        for (var t = 1.0; t >= 1e-10; t /= 2)
        {
            for (var j = 0; j < _p; j++)
            {
                _trial[j] = w[j] + (t * _step[j]);
            }

            var data = DataLoss(path, _trial, _trialData);
            Array.Copy(_trialData, _trialGradient, _p);
            var trial = data + Penalty(path, strength, _trial, _trialGradient);
            if (trial <= objective + (1e-4 * t * slope))
            {
                Array.Copy(_trial, w, _p);
                path.Remember(data, _trialData, _foldLoss, _foldGradient);
                Array.Copy(_trialGradient, _gradient, _p);
                objective = trial;
                return true;
            }

            if (!exact)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The penalised loss and its gradient at the path's weights, from the data part kept since they last changed when there is one.</summary>
    private double StartingObjective(FitPath path, double strength)
    {
        if (!path.DataValid)
        {
            path.Remember(DataLoss(path, path.Weights, path.DataGradient), path.DataGradient, _foldLoss, _foldGradient);
        }

        Array.Copy(path.DataGradient, _gradient, _p);
        return path.DataLoss + Penalty(path, strength, path.Weights, _gradient);
    }

    /// <summary>Adds the prior's part to a data gradient (and zeroes it for fixed weights); returns the prior's part of the loss.</summary>
    private double Penalty(FitPath path, double strength, double[] w, double[] gradient)
    {
        double loss = 0;
        for (var j = 0; j < _p; j++)
        {
            if (path.Fixed[j])
            {
                gradient[j] = 0;
                continue;
            }

            if (j == 0)
            {
                continue;
            }

            var d = w[j] - _prior[j];
            loss += 0.5 * strength * d * d;
            gradient[j] += strength * d;
        }

        return loss;
    }

    /// <summary>Solves (H + strength I) step = −gradient over the free weights; returns the largest component.</summary>
    private double NewtonStep(FitPath path, double strength)
    {
        var (a, free) = FactorSystem(path, strength);
        var m = free.Count;
        var rhs = path.Rhs(m);
        for (var r = 0; r < m; r++)
        {
            rhs[r] = -_gradient[free[r]];
        }

        Cholesky.Solve(a, m, rhs);
        Array.Clear(_step, 0, _p);
        double size = 0;
        for (var r = 0; r < m; r++)
        {
            _step[free[r]] = rhs[r];
            size = Math.Max(size, Math.Abs(rhs[r]));
        }

        return size;
    }

    /// <summary>The Cholesky factor of H + strength I over the free weights (the prior adds nothing for the base score).</summary>
    private (double[] Factor, List<int> Free) FactorSystem(FitPath path, double strength)
    {
        var free = path.FreeIndices();
        var m = free.Count;
        var a = path.System(m);
        var h = path.Hessian;
        for (var r = 0; r < m; r++)
        {
            for (var c = 0; c <= r; c++)
            {
                a[(r * m) + c] = h[(free[r] * _p) + free[c]] + (r == c && free[r] != 0 ? strength : 0);
            }
        }

        Cholesky.Factor(a, m);
        return (a, free);
    }

    /// <summary>The posterior standard errors of the free weights: the square roots of the diagonal of (H + strength I)⁻¹ at the solution.</summary>
    public double[] StandardErrors(FitPath path, double strength)
    {
        Hessian(path);
        var (a, free) = FactorSystem(path, strength);
        var errors = new double[_p];
        var unit = new double[free.Count];
        for (var r = 0; r < free.Count; r++)
        {
            Array.Clear(unit, 0, unit.Length);
            unit[r] = 1;
            Cholesky.Solve(a, free.Count, unit);
            errors[free[r]] = Math.Sqrt(unit[r]);
        }

        return errors;
    }

    private double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (var j = 0; j < _p; j++)
        {
            s += a[j] * b[j];
        }

        return s;
    }
}

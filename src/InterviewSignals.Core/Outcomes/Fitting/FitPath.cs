using System;
using System.Collections.Generic;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Outcomes;

/// <summary>
/// The state of one fit as the prior strength weakens: the weights (each solution starts the next), which are fixed and
/// why, which column each weight reads (a modifier may scale positive and negative weights differently), and the kept
/// Hessian. One path per held-out fold, and one for every case.
/// </summary>
internal sealed class FitPath
{
    private readonly List<int> _free = new();
    private double[] _system = Array.Empty<double>();
    private double[] _rhs = Array.Empty<double>();
    private bool _freeDirty = true;
    private double[]? _foldLoss;
    private double[][]? _foldGradient;
    private double[][]? _foldHessians;

    public FitPath(double[] prior, int heldOut)
    {
        var p = prior.Length;
        HeldOut = heldOut;
        Weights = (double[])prior.Clone();
        Fixed = new bool[p];
        Status = new FittedWeightStatus[p];
        Negative = new byte[p];
        Flips = new int[p];
        Hessian = new double[p * p];
        DataGradient = new double[p];
        for (var j = 0; j < p; j++)
        {
            Negative[j] = prior[j] < 0 ? (byte)1 : (byte)0;
        }
    }

    /// <summary>The solution as it stands (weights, what is fixed and why, columns), to go back to with <see cref="Restore"/>.</summary>
    public Solution Keep() => new((double[])Weights.Clone(), (bool[])Fixed.Clone(), (FittedWeightStatus[])Status.Clone(), (byte[])Negative.Clone());

    /// <summary>Goes back to a kept solution; the kept Hessian and data part no longer apply.</summary>
    public void Restore(Solution solution)
    {
        Array.Copy(solution.Weights, Weights, Weights.Length);
        Array.Copy(solution.Fixed, Fixed, Fixed.Length);
        Array.Copy(solution.Status, Status, Status.Length);
        Array.Copy(solution.Negative, Negative, Negative.Length);
        (HessianValid, DataValid, _freeDirty) = (false, false, true);
    }

    /// <summary>
    /// Starts from the every-case path's solution, with its Hessian less this fold's part (the Hessian of this path's
    /// training cases, at the point the other's was taken): a close start whose steps need no Hessian of their own.
    /// </summary>
    public void StartFrom(FitPath other)
    {
        Array.Copy(other.Weights, Weights, Weights.Length);
        Array.Copy(other.Fixed, Fixed, Fixed.Length);
        Array.Copy(other.Status, Status, Status.Length);
        Array.Copy(other.Negative, Negative, Negative.Length);
        HessianValid = other.HessianValid && other._foldHessians is not null;
        if (HessianValid)
        {
            var part = other._foldHessians![HeldOut];
            for (var i = 0; i < Hessian.Length; i++)
            {
                Hessian[i] = other.Hessian[i] - part[i];
            }
        }

        HessianAge = other.HessianAge;
        _freeDirty = true;

        // The data part over the other folds is the whole less this fold's part, at the same weights.
        DataValid = other.DataValid && other._foldGradient is not null;
        if (DataValid)
        {
            DataLoss = other.DataLoss - other._foldLoss![HeldOut];
            for (var j = 0; j < DataGradient.Length; j++)
            {
                DataGradient[j] = other.DataGradient[j] - other._foldGradient![HeldOut][j];
            }
        }
    }

    /// <summary>Gets the fold left out of training, or -1 when every case trains.</summary>
    public int HeldOut { get; }

    public double[] Weights { get; }

    public bool[] Fixed { get; }

    public FittedWeightStatus[] Status { get; }

    /// <summary>Gets, per weight, 1 when it reads the multiplier of a negative weight, 0 for a positive one.</summary>
    public byte[] Negative { get; }

    /// <summary>Gets how often each weight has changed column in the current fit; one that keeps changing is held at zero.</summary>
    public int[] Flips { get; }

    public double[] Hessian { get; }

    /// <summary>Gets the data part of the loss at <see cref="Weights"/>, valid while <see cref="DataValid"/>: a new prior strength changes only the prior's part.</summary>
    public double DataLoss { get; private set; }

    public double[] DataGradient { get; }

    public bool DataValid { get; private set; }

    /// <summary>Gets the per-fold parts of the Hessian (over every case), allocated on first use.</summary>
    public double[][] FoldHessians(int folds)
    {
        if (_foldHessians is null)
        {
            _foldHessians = new double[folds][];
            for (var f = 0; f < folds; f++)
            {
                _foldHessians[f] = new double[Hessian.Length];
            }
        }

        return _foldHessians;
    }

    /// <summary>Keeps the data part at the current weights; over every case, each fold's part too.</summary>
    public void Remember(double loss, double[] gradient, double[] foldLoss, double[][] foldGradient)
    {
        DataLoss = loss;
        if (!ReferenceEquals(gradient, DataGradient))
        {
            Array.Copy(gradient, DataGradient, DataGradient.Length);
        }

        if (HeldOut < 0)
        {
            _foldLoss = (double[])foldLoss.Clone();
            _foldGradient = Array.ConvertAll(foldGradient, g => (double[])g.Clone());
        }

        DataValid = true;
    }

    /// <summary>Puts a weight somewhere other than where the last step left it.</summary>
    public void Move(int j, double value)
    {
        if (Weights[j] != value)
        {
            Weights[j] = value;
            DataValid = false;
        }
    }

    /// <summary>Makes a weight read the multiplier for positive (0) or negative (1) weights.</summary>
    public void Column(int j, byte column, bool matters)
    {
        if (Negative[j] != column)
        {
            Negative[j] = column;
            if (matters)
            {
                DataValid = false;
                HessianValid = false;
            }
        }
    }

    public bool HessianValid { get; set; }

    public int HessianAge { get; set; }

    public void Fix(int j, double value, FittedWeightStatus status)
    {
        Fixed[j] = true;
        Move(j, value);
        Status[j] = status;
        _freeDirty = true;
    }

    public void Free(int j)
    {
        if (Fixed[j])
        {
            Fixed[j] = false;
            _freeDirty = true;
        }

        Status[j] = FittedWeightStatus.Fitted;
    }

    public List<int> FreeIndices()
    {
        if (_freeDirty)
        {
            _free.Clear();
            for (var j = 0; j < Fixed.Length; j++)
            {
                if (!Fixed[j])
                {
                    _free.Add(j);
                }
            }

            _freeDirty = false;
        }

        return _free;
    }

    /// <summary>Scratch for the m × m Newton system.</summary>
    public double[] System(int m) => _system.Length >= m * m ? _system : _system = new double[m * m];

    public double[] Rhs(int m) => _rhs.Length >= m ? _rhs : _rhs = new double[m];

    /// <summary>A kept solution.</summary>
    internal sealed record Solution(double[] Weights, bool[] Fixed, FittedWeightStatus[] Status, byte[] Negative);
}

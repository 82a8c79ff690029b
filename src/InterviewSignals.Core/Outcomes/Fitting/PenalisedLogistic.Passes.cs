using System;
using System.Runtime.CompilerServices;

namespace InterviewSignals.Outcomes;

/// <summary>
/// The passes over the cases: a case's score, the loss with its gradient, and the Hessian. Each reads a case's entries
/// once (<see cref="Gather"/>): their features and multipliers wait in a small buffer while the case's chance is worked
/// out. Over every case, each fold's part is kept as well, so that a fold's fit can start from that solution without a
/// pass of its own.
/// </summary>
internal sealed partial class PenalisedLogistic
{
    /// <summary>The linear predictor of one case: base score plus weight × multiplier over its entries.</summary>
    public double Eta(int c, double[] w, byte[] negative) => Gather(c, w, negative, out _);

    /// <summary>A case's linear predictor, its features and multipliers left in the buffers (<paramref name="k"/> of them).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Gather(int c, double[] w, byte[] negative, out int k)
    {
        var feature = _d.Feature;
        var value = _d.Value;
        var x = _d.Values;
        var (fs, xs) = (_caseFeatures, _caseValues);

        // Two running sums, so that each addition need not wait for the one before.
        double eta = w[0], odd = 0;
        var end = _d.Start[c + 1];
        var e = _d.Start[c];
        k = 0;
        for (; e + 1 < end; e += 2)
        {
            int j = feature[e], i = feature[e + 1];
            var xe = x[(value[e] << 1) | negative[j]];
            var xi = x[(value[e + 1] << 1) | negative[i]];
            eta += w[j] * xe;
            odd += w[i] * xi;
            (fs[k], xs[k], fs[k + 1], xs[k + 1]) = (j, xe, i, xi);
            k += 2;
        }

        if (e < end)
        {
            int j = feature[e];
            var xe = x[(value[e] << 1) | negative[j]];
            eta += w[j] * xe;
            (fs[k], xs[k]) = (j, xe);
            k++;
        }

        return eta + odd;
    }

    /// <summary>The negative log-likelihood of the path's training cases and its gradient, at <paramref name="w"/>.</summary>
    private double DataLoss(FitPath path, double[] w, double[] gradient)
    {
        var offer = _d.Offer;
        var (fs, xs) = (_caseFeatures, _caseValues);
        var byFold = path.HeldOut < 0;
        var of = _folds.Of;
        Array.Clear(gradient, 0, _p);
        Array.Clear(_foldLoss, 0, _foldLoss.Length);
        foreach (var g in _foldGradient)
        {
            Array.Clear(g, 0, _p);
        }

        double loss = 0;
        foreach (var c in _folds.Training(path.HeldOut))
        {
            var eta = Gather(c, w, path.Negative, out var k);
            double p, here;
            if (eta > 0)
            {
                var z = Math.Exp(-eta);
                p = 1 / (1 + z);
                here = eta + Math.Log(1 + z);
            }
            else
            {
                var z = Math.Exp(eta);
                p = z / (1 + z);
                here = Math.Log(1 + z);
            }

            var r = p;
            if (offer[c])
            {
                here -= eta;
                r = p - 1;
            }

            var into = gradient;
            if (byFold)
            {
                _foldLoss[of[c]] += here;
                into = _foldGradient[of[c]];
            }

            loss += here;
            into[0] += r;
            for (var a = 0; a < k; a++)
            {
                into[fs[a]] += r * xs[a];
            }
        }

        if (byFold)
        {
            foreach (var g in _foldGradient)
            {
                for (var j = 0; j < _p; j++)
                {
                    gradient[j] += g[j];
                }
            }
        }

        return loss;
    }

    /// <summary>The Hessian of the data part, Σ p(1 − p) x xᵀ over the path's training cases, at its weights.</summary>
    public void Hessian(FitPath path)
    {
        var parts = path.HeldOut < 0 ? path.FoldHessians(_folds.Count) : null;
        var h = path.Hessian;
        Array.Clear(h, 0, h.Length);
        foreach (var part in parts ?? Array.Empty<double[]>())
        {
            Array.Clear(part, 0, part.Length);
        }

        var (fs, xs) = (_caseFeatures, _caseValues);
        var of = _folds.Of;
        foreach (var c in _folds.Training(path.HeldOut))
        {
            var eta = Gather(c, path.Weights, path.Negative, out var k);
            var p = 1 / (1 + Math.Exp(-eta));
            var wc = p * (1 - p);
            var into = parts is null ? h : parts[of[c]];
            into[0] += wc;

            // Features of a case come in increasing order, so every pair lands in the upper triangle.
            for (var a = 0; a < k; a++)
            {
                var wa = wc * xs[a];
                var row = fs[a] * _p;
                into[fs[a]] += wa;
                for (var b = a; b < k; b++)
                {
                    into[row + fs[b]] += wa * xs[b];
                }
            }
        }

        if (parts is null)
        {
            Mirror(h);
        }
        else
        {
            foreach (var part in parts)
            {
                Mirror(part);
                for (var i = 0; i < h.Length; i++)
                {
                    h[i] += part[i];
                }
            }
        }

        path.HessianValid = true;
        path.HessianAge = 0;
    }

    private void Mirror(double[] h)
    {
        for (var a = 0; a < _p; a++)
        {
            for (var b = a + 1; b < _p; b++)
            {
                h[(b * _p) + a] = h[(a * _p) + b];
            }
        }
    }
}

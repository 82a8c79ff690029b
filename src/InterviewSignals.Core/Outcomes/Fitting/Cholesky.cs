using System;

namespace InterviewSignals.Outcomes;

/// <summary>The Cholesky factorisation of a symmetric positive definite matrix (row-major, lower triangle used), and solving with it.</summary>
internal static class Cholesky
{
    /// <summary>Replaces the lower triangle of <paramref name="a"/> with L, where L Lᵀ = A.</summary>
    public static void Factor(double[] a, int n)
    {
        for (var j = 0; j < n; j++)
        {
            var d = a[(j * n) + j];
            for (var k = 0; k < j; k++)
            {
                d -= a[(j * n) + k] * a[(j * n) + k];
            }

            // The prior adds its strength to the diagonal, so the matrix is positive definite; rounding is the only risk.
            d = Math.Sqrt(Math.Max(d, 1e-300));
            a[(j * n) + j] = d;
            for (var i = j + 1; i < n; i++)
            {
                var s = a[(i * n) + j];
                for (var k = 0; k < j; k++)
                {
                    s -= a[(i * n) + k] * a[(j * n) + k];
                }

                a[(i * n) + j] = s / d;
            }
        }
    }

    /// <summary>Solves L Lᵀ x = b in place.</summary>
    public static void Solve(double[] l, int n, double[] b)
    {
        for (var i = 0; i < n; i++)
        {
            var s = b[i];
            for (var k = 0; k < i; k++)
            {
                s -= l[(i * n) + k] * b[k];
            }

            b[i] = s / l[(i * n) + i];
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var s = b[i];
            for (var k = i + 1; k < n; k++)
            {
                s -= l[(k * n) + i] * b[k];
            }

            b[i] = s / l[(i * n) + i];
        }
    }
}

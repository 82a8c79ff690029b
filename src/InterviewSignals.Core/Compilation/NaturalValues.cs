using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Compilation;

/// <summary>
/// The values a fact's answer is assumed to take in the planner's priors, each equally likely: every choice, yes and
/// no, and for numbers and dates (days before the as-of instant) one value on each side of every threshold the set's
/// conditions compare it with, plus the point itself where a condition tests equality and the middle of a ramp. A fact
/// compared with another fact borrows the other's thresholds.
/// </summary>
internal sealed class NaturalValues
{
    private readonly FactKind _kind;
    private readonly FactValue[] _fixed;
    private readonly double[] _daysAgo;

    private NaturalValues(FactKind kind, FactValue[] values, double[] daysAgo)
    {
        _kind = kind;
        _fixed = values;
        _daysAgo = daysAgo;
    }

    /// <summary>The values as of an instant (dates are counted back from it).</summary>
    public FactValue[] Values(DateTimeOffset asOf)
    {
        if (_kind != FactKind.Date)
        {
            return _fixed;
        }

        var values = new FactValue[_daysAgo.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = FactValue.FromDate(asOf.AddDays(-_daysAgo[i]));
        }

        return values;
    }

    /// <summary>The natural values of every fact of a set.</summary>
    public static Dictionary<string, NaturalValues> For(SignalSet set)
    {
        // Thresholds on each fact's own axis (its number, or days since a date), and links between two facts' axes.
        var cuts = set.Facts.ToDictionary(f => f.Id, _ => new SortedSet<double>(), StringComparer.Ordinal);
        var points = set.Facts.ToDictionary(f => f.Id, _ => new SortedSet<double>(), StringComparer.Ordinal);
        var links = new List<(string A, string B, double Offset)>(); // a value v of B's axis is v + Offset on A's axis
        var roots = set.Rules.Select(r => r.When).Concat(set.Modifiers.Select(m => m.When));
        if (set.TooEarlyWhen is not null)
        {
            roots = roots.Append(set.TooEarlyWhen);
        }

        void Relate(Operand axis, Operand other, bool equality)
        {
            if (axis.Kind == OperandKind.Constant || axis.Fact is null || !cuts.TryGetValue(axis.Fact, out var axisCuts))
            {
                return;
            }

            if (other.Kind == OperandKind.Constant && other.Value.Kind == FactKind.Number)
            {
                axisCuts.Add(other.Value.Number - axis.Add);
                if (equality)
                {
                    points[axis.Fact].Add(other.Value.Number - axis.Add);
                }
            }
            else if (other.Kind != OperandKind.Constant && other.Fact is not null && cuts.ContainsKey(other.Fact))
            {
                links.Add((axis.Fact, other.Fact, other.Add - axis.Add)); // only comparisons link: a ramp between facts does not
            }
        }

        foreach (var root in roots)
        {
            foreach (var c in ConditionWalker.Descendants(root))
            {
                switch (c)
                {
                    case CompareCondition x:
                        var equality = x.Operator is ComparisonOperator.Equal or ComparisonOperator.NotEqual;
                        Relate(x.Left, x.Right, equality);
                        Relate(x.Right, x.Left, equality);
                        break;
                    case RampCondition r when r.From.Kind == OperandKind.Constant && r.To.Kind == OperandKind.Constant:
                        // A ramp between two constants: both ends are thresholds, and its middle a value of its own.
                        Relate(r.Input, r.From, false);
                        Relate(r.Input, r.To, false);
                        if (r.Input.Fact is not null && points.TryGetValue(r.Input.Fact, out var middle))
                        {
                            middle.Add(((r.From.Value.Number + r.To.Value.Number) / 2) - r.Input.Add);
                        }

                        break;
                }
            }
        }

        // One round of borrowing: a fact compared with another takes the other's thresholds, moved by the offset.
        var own = cuts.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        foreach (var (a, b, offset) in links)
        {
            foreach (var v in own[b])
            {
                cuts[a].Add(v + offset);
            }
        }

        var result = new Dictionary<string, NaturalValues>(StringComparer.Ordinal);
        foreach (var f in set.Facts)
        {
            result[f.Id] = f.Kind switch
            {
                FactKind.Boolean => new NaturalValues(f.Kind, new[] { FactValue.FromBoolean(true), FactValue.FromBoolean(false) }, Array.Empty<double>()),
                FactKind.Choice => new NaturalValues(f.Kind, f.Choices.Select(FactValue.FromChoice).ToArray(), Array.Empty<double>()),
                FactKind.Date => new NaturalValues(f.Kind, Array.Empty<FactValue>(), Around(cuts[f.Id], points[f.Id], f.AllowFuture ? double.NegativeInfinity : 0, double.PositiveInfinity)),
                _ => new NaturalValues(f.Kind, Around(cuts[f.Id], points[f.Id], f.Minimum ?? double.NegativeInfinity, f.Maximum ?? double.PositiveInfinity).Select(FactValue.FromNumber).ToArray(), Array.Empty<double>()),
            };
        }

        return result;
    }

    /// <summary>One value below the lowest threshold, one between each two, one above the highest (twice as far out), and the given points; within [min, max].</summary>
    private static double[] Around(SortedSet<double> cuts, SortedSet<double> points, double min, double max)
    {
        if (cuts.Count == 0)
        {
            return new[] { Clamp(0, min, max) };
        }

        var c = cuts.ToArray();
        var spread = Math.Max(1, Math.Max((c[c.Length - 1] - c[0]) / 2, Math.Abs(c[0]) / 2));
        // Above the highest threshold reaches as far again: long waits and long interviews are common, not edge cases.
        var values = new SortedSet<double> { Clamp(c[0] - spread, min, max), Clamp(c[c.Length - 1] + Math.Max(spread, Math.Abs(c[c.Length - 1])), min, max) };
        for (var i = 1; i < c.Length; i++)
        {
            values.Add(Clamp((c[i - 1] + c[i]) / 2, min, max));
        }

        foreach (var p in points)
        {
            values.Add(Clamp(p, min, max));
        }

        return values.ToArray();
    }

    private static double Clamp(double v, double min, double max) => v < min ? min : v > max ? max : v;
}

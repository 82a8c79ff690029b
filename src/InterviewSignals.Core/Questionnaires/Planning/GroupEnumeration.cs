using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using InterviewSignals.Compilation;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Questionnaires;

/// <summary>
/// The joint enumeration of a fact group: every combination of its free facts' natural values (and "skipped"), with
/// the change of expected score each brings, overall and per value of each fact. An unchanged group reuses its last result.
/// </summary>
internal static class GroupEnumeration
{
    /// <summary>Enumerates a fact group's free facts jointly; null when none of them is free.</summary>
    public static GroupResult? Group(PlanningModel model, PlannerState st, int k)
    {
        var group = model.Groups[k];
        var free = new List<int>(group.Facts.Length);
        foreach (var f in group.Facts)
        {
            if (st.FactFree[f])
            {
                free.Add(f);
            }
        }

        if (free.Count == 0)
        {
            return null;
        }

        // A group's enumeration depends only on its own facts, signals and outside modifiers, so an unchanged group
        // (the common case: most answers are to signals of no group) reuses the last result.
        var key = GroupKey.Of(model, st, k);
        var cached = Volatile.Read(ref model.GroupCache[k]);
        if (cached is not null && cached.Key.Equals(key))
        {
            return cached.Result;
        }

        var result = EnumerateGroup(model, st, k, free, st.Scratch);
        Volatile.Write(ref model.GroupCache[k], new GroupEntry(key, result));
        return result;
    }

    private static GroupResult EnumerateGroup(PlanningModel model, PlannerState st, int k, List<int> free, Dictionary<string, FactValue> scratch)
    {
        var group = model.Groups[k];

        var u = model.Options.UnsureRate;
        var values = new FactValue[free.Count][];
        var combos = 1L;
        for (var j = 0; j < free.Count; j++)
        {
            values[j] = model.Facts[free[j]].Natural.Values(st.AsOf);
            combos *= values[j].Length + 1;
        }

        var g = new GroupResult(k, free.ToArray(), values.Select(v => v.Length + 1).ToArray());
        if (combos > 4096)
        {
            // Too many to enumerate: counted as no change (documented limit); too early stays as it is today.
            g.TooEarly = st.TooEarlyNow ? 1 : 0;
            return g;
        }

        var ctx = new EvalContext(scratch, st.AsOf);
        double baseline = 0;
        foreach (var i in group.Signals)
        {
            baseline += st.ExpectedNow(i);
        }

        var nowBaseline = 0.0;
        foreach (var i in group.Signals)
        {
            nowBaseline += st.ConcreteNow(i);
        }

        Span<int> pick = stackalloc int[free.Count];
        Span<int> before = stackalloc int[free.Count];
        before.Fill(-1);
        var ids = new string[free.Count];
        for (var j = 0; j < ids.Length; j++)
        {
            ids[j] = model.Facts[free[j]].Definition.Id;
        }

        double sumP = 0, sumM = 0, sumS = 0, sumT = 0;
        for (var n = 0L; n < combos; n++)
        {
            // Decode the combination; the last index of each fact means "skipped".
            var rest = n;
            var prob = 1.0;
            var set = 0;
            for (var j = 0; j < free.Count; j++)
            {
                var count = values[j].Length + 1;
                pick[j] = (int)(rest % count);
                rest /= count;
                var skipped = pick[j] == values[j].Length;
                prob *= skipped ? u : (1 - u) / values[j].Length;
                set += skipped ? 0 : 1;
                if (pick[j] != before[j])
                {
                    // Counting through the combinations changes the first fact every time, the others seldom.
                    before[j] = pick[j];
                    if (skipped)
                    {
                        scratch.Remove(ids[j]);
                    }
                    else
                    {
                        scratch[ids[j]] = values[j][pick[j]];
                    }
                }
            }

            if (prob <= 0)
            {
                continue;
            }

            double expected = 0, concrete = 0;
            foreach (var i in group.Signals)
            {
                if (st.Kinds[i] is SignalKind.Free or SignalKind.Supplied)
                {
                    expected += st.Expected(i, ctx); // nothing yet as things stand
                }
                else
                {
                    var value = st.Concrete(i, ctx);
                    expected += value;
                    concrete += value;
                }
            }

            var delta = expected - baseline;
            var tooEarly = k == model.TooEarlyGroup && model.Compiled.TooEarly!.Eval(ctx) > 0 ? 1.0 : 0.0;
            sumP += prob;
            sumM += prob * delta;
            sumS += prob * delta * delta;
            sumT += prob * tooEarly;
            for (var j = 0; j < free.Count; j++)
            {
                ref var acc = ref g.ByValue[j][pick[j]];
                acc.P += prob;
                acc.M += prob * delta;
                acc.S += prob * delta * delta;
                acc.T += prob * tooEarly;
                if (set == 1 && pick[j] < values[j].Length)
                {
                    // This fact alone answered: how the score of the answers so far would move.
                    acc.Alone = true;
                    acc.AloneDelta = concrete - nowBaseline;
                    acc.AloneTooEarly = tooEarly > 0;
                }
            }
        }

        foreach (var f in free)
        {
            scratch.Remove(model.Facts[f].Definition.Id);
        }

        g.Total = Moments.FromSums(sumP, sumM, sumS);
        g.TooEarly = sumT / sumP;
        return g;
    }
}

internal struct ValueTally
{
    public double P;
    public double M;
    public double S;
    public double T;
    public bool Alone;
    public double AloneDelta;
    public bool AloneTooEarly;
}

/// <summary>A fact group's joint enumeration: the change of the expected score it brings, overall and per value of each free fact.</summary>
internal sealed class GroupResult
{
    public GroupResult(int index, int[] facts, int[] valueCounts)
    {
        Index = index;
        Facts = facts;
        ValueCount = valueCounts;
        ByValue = valueCounts.Select(n => new ValueTally[n]).ToArray();
    }

    public int Index { get; }

    public int[] Facts { get; }

    public int[] ValueCount { get; }

    public ValueTally[][] ByValue { get; }

    public Moments Total { get; set; }

    public double TooEarly { get; set; }
}

/// <summary>Everything a group's enumeration reads, so that equal keys give equal results.</summary>
internal sealed class GroupKey : IEquatable<GroupKey>
{
    private readonly double[] _numbers;
    private readonly string?[] _texts;

    private GroupKey(double[] numbers, string?[] texts)
    {
        _numbers = numbers;
        _texts = texts;
    }

    public static GroupKey Of(PlanningModel p, PlannerState st, int k)
    {
        var group = p.Groups[k];
        var numbers = new List<double>(16);
        var texts = new string?[group.Facts.Length + group.OutsideFacts.Length];
        for (var j = 0; j < texts.Length; j++)
        {
            var f = j < group.Facts.Length ? group.Facts[j] : group.OutsideFacts[j - group.Facts.Length];
            if (st.FactFree[f] && j < group.Facts.Length)
            {
                numbers.Add(0);
            }
            else if (!st.Context.Facts.TryGetValue(p.Facts[f].Definition.Id, out var v))
            {
                numbers.Add(1);
            }
            else
            {
                numbers.Add(2);
                // A date counts by its distance from the as-of instant (free dates are placed from it, too).
                numbers.Add(v.Kind switch { FactKind.Date => (st.AsOf - v.Date).TotalDays, FactKind.Choice => 0, _ => v.Number });
                texts[j] = v.Kind == FactKind.Choice ? v.Choice : null;
            }
        }

        foreach (var i in group.Signals)
        {
            numbers.Add((int)st.Kinds[i]);
            numbers.Add((int)st.States[i]);
            numbers.Add(st.Strengths[i]);
        }

        return new GroupKey(numbers.ToArray(), texts);
    }

    public bool Equals(GroupKey? other)
    {
        if (other is null || other._numbers.Length != _numbers.Length)
        {
            return false;
        }

        for (var i = 0; i < _numbers.Length; i++)
        {
            if (!_numbers[i].Equals(other._numbers[i]))
            {
                return false;
            }
        }

        for (var i = 0; i < _texts.Length; i++)
        {
            if (!string.Equals(_texts[i], other._texts[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as GroupKey);

    public override int GetHashCode() => _numbers.Length;
}

internal sealed class GroupEntry
{
    public GroupEntry(GroupKey key, GroupResult result)
    {
        Key = key;
        Result = result;
    }

    public GroupKey Key { get; }

    public GroupResult Result { get; }
}

using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Compilation;
using InterviewSignals.Evaluation;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Questionnaires;

/// <summary>
/// What the planner knows of one set before any answer: the set's compiled form, which questions can be asked, each
/// signal's prior, the questionnaire's order, and the fact groups (facts read by one condition belong together and are
/// enumerated jointly). Built once per planner; the last enumeration of each group is cached here.
/// </summary>
internal sealed class PlanningModel
{
    public PlanningModel(SignalSet set, QuestionPlannerOptions options)
    {
        Options = options;
        Compiled = CompiledSet.Of(set);
        var supplied = new HashSet<string>(options.SuppliedSignals, StringComparer.Ordinal);
        var n = Compiled.Signals.Length;
        AskableSignal = new bool[n];
        Supplied = new bool[n];
        Prevalence = new double[n];
        for (var i = 0; i < n; i++)
        {
            var s = Compiled.Signals[i];
            Supplied[i] = supplied.Contains(s.Id) && !s.Derived;
            AskableSignal[i] = !s.Derived && !Supplied[i] && s.Definition.Question is not null;
            Prevalence[i] = s.Definition.Prevalence ?? SignalDefinition.DefaultPrevalence;
        }

        // Every condition that reads facts: rules, modifiers and the too-early condition.
        var roots = new List<(Condition When, int Signal, int Modifier)>();
        roots.AddRange(set.Rules.Select((r, i) => (r.When, Compiled.Rules[i].SignalIndex, -1)));
        roots.AddRange(set.Modifiers.Select((m, i) => (m.When, -1, i)));
        if (set.TooEarlyWhen is not null)
        {
            roots.Add((set.TooEarlyWhen, -1, -1)); // neither a rule nor a modifier: the too-early condition
        }

        FactIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var f = 0; f < set.Facts.Count; f++)
        {
            FactIndex[set.Facts[f].Id] = f;
        }

        // Facts read by one condition belong together (union-find); each group is enumerated jointly.
        var parent = Enumerable.Range(0, set.Facts.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var referenced = new bool[set.Facts.Count];
        foreach (var root in roots)
        {
            var ids = ConditionWalker.FactsIn(root.When).Where(FactIndex.ContainsKey).Select(id => FactIndex[id]).ToList();
            foreach (var f in ids)
            {
                referenced[f] = true;
                parent[Find(f)] = Find(ids[0]);
            }
        }

        var natural = Compiled.Natural;
        Facts = new FactSlot[set.Facts.Count];
        var groupOf = new Dictionary<int, int>();
        var groups = new List<(List<int> Facts, HashSet<int> Signals)>();
        for (var f = 0; f < Facts.Length; f++)
        {
            var def = set.Facts[f];
            var askable = referenced[f] && def.Question is not null;
            var group = -1;
            if (referenced[f])
            {
                if (!groupOf.TryGetValue(Find(f), out group))
                {
                    group = groups.Count;
                    groupOf[Find(f)] = group;
                    groups.Add((new List<int>(), new HashSet<int>()));
                }

                groups[group].Facts.Add(f);
            }

            Facts[f] = new FactSlot(def, askable, group, natural[def.Id]);
        }

        TooEarlyGroup = -1;
        foreach (var root in roots)
        {
            var ids = ConditionWalker.FactsIn(root.When).Where(FactIndex.ContainsKey).ToList();
            if (ids.Count == 0)
            {
                continue;
            }

            var k = Facts[FactIndex[ids[0]]].Group;
            if (root.Signal >= 0)
            {
                groups[k].Signals.Add(root.Signal);
            }
            else if (root.Modifier >= 0)
            {
                for (var i = 0; i < n; i++)
                {
                    if (Array.IndexOf(Compiled.Signals[i].Modifiers, root.Modifier) >= 0)
                    {
                        groups[k].Signals.Add(i);
                    }
                }
            }
            else
            {
                TooEarlyGroup = k;
            }
        }

        Groups = groups.Select(c =>
        {
            var signals = c.Signals.OrderBy(i => i).ToArray();
            // Facts of other groups that the group's signals read through their rules or modifiers: fixed while it is enumerated.
            var own = new HashSet<int>(c.Facts);
            var conditions = signals.SelectMany(i => Compiled.Signals[i].Rules.Select(r => set.Rules[r].When).Concat(Compiled.Signals[i].Modifiers.Select(m => set.Modifiers[m].When)));
            var outside = conditions.SelectMany(ConditionWalker.FactsIn).Where(FactIndex.ContainsKey).Select(id => FactIndex[id])
                .Where(f => !own.Contains(f)).Distinct().OrderBy(f => f).ToArray();
            return new FactGroup(c.Facts.ToArray(), signals, outside);
        }).ToArray();
        GroupCache = new GroupEntry?[Groups.Length];
        MaxRules = Compiled.Signals.Length == 0 ? 0 : Compiled.Signals.Max(s => s.Rules.Length);

        // The questionnaire's order: by phase, facts before signals, each in the set's order.
        SignalOrder = new int[n];
        FactOrder = new int[set.Facts.Count];
        var order = 0;
        foreach (var phase in new[] { InterviewPhase.During, InterviewPhase.Closing, InterviewPhase.After })
        {
            for (var f = 0; f < set.Facts.Count; f++)
            {
                FactOrder[f] = set.Facts[f].Phase == phase ? order++ : FactOrder[f];
            }

            for (var i = 0; i < n; i++)
            {
                SignalOrder[i] = set.Signals[i].Phase == phase ? order++ : SignalOrder[i];
            }
        }
    }

    /// <summary>Gets the set the planner asks about.</summary>

    public CompiledSet Compiled { get; }

    public QuestionPlannerOptions Options { get; }

    public FactSlot[] Facts { get; }

    public Dictionary<string, int> FactIndex { get; }

    public FactGroup[] Groups { get; }

    /// <summary>Gets, per signal, whether the questionnaire asks it (not derived, not supplied by the host, with a question).</summary>
    public bool[] AskableSignal { get; }

    /// <summary>Gets, per signal, whether the host supplies it (an evidence provider), so it is never asked.</summary>
    public bool[] Supplied { get; }

    public double[] Prevalence { get; }

    public int[] SignalOrder { get; }

    public int[] FactOrder { get; }

    /// <summary>Gets the group whose facts decide the too-early condition, or -1.</summary>
    public int TooEarlyGroup { get; }

    public int MaxRules { get; }

    /// <summary>Gets the last enumeration of each group, reused while its key is unchanged.</summary>
    public GroupEntry?[] GroupCache { get; }

    /// <summary>The concrete contribution of a signal with a given weight and strength under the facts of <paramref name="ctx"/>.</summary>
    public double Contribution(CompiledSignal s, double weight, double strength, in EvalContext ctx)
    {
        if (weight == 0 || strength == 0)
        {
            return 0;
        }

        var factor = 1.0;
        foreach (var m in s.Modifiers)
        {
            var mod = Compiled.Modifiers[m];
            if (!mod.AppliesTo(weight))
            {
                continue;
            }

            var d = mod.Node.Eval(ctx);
            if (d > 0)
            {
                factor *= Compiled.EffectiveFactor(m, d);
            }
        }

        return CompiledSet.ContributionValue(weight, strength, factor);
    }

    /// <summary>The band the answers so far would have with another score and a signal more answered.</summary>
    public OutlookBand BandNow(PlannerState st, double score, double reach)
    {
        var coverage = Compiled.Coverage(st.Covered + reach);
        return coverage < Compiled.Set.Bands.MinimumCoverage || st.TooEarlyNow ? OutlookBand.TooEarlyToTell : Compiled.IndexBand(score);
    }
}

/// <summary>A fact as the planner sees it: whether it is asked, its group (-1 when no condition reads it) and its natural values.</summary>
internal readonly struct FactSlot
{
    public FactSlot(FactDefinition definition, bool askable, int group, NaturalValues natural)
    {
        Definition = definition;
        Askable = askable;
        Group = group;
        Natural = natural;
    }

    public FactDefinition Definition { get; }

    public bool Askable { get; }

    public int Group { get; }

    public NaturalValues Natural { get; }
}

/// <summary>Facts that appear together in a condition, with the signals whose contribution they can change.</summary>
internal sealed class FactGroup
{
    public FactGroup(int[] facts, int[] signals, int[] outsideFacts)
    {
        Facts = facts;
        Signals = signals;
        OutsideFacts = outsideFacts;
    }

    public int[] Facts { get; }

    /// <summary>Gets the signals whose contribution the group's facts can change (through rules or modifiers).</summary>
    public int[] Signals { get; }

    /// <summary>Gets the facts of other groups that the group's signals read (through rules or modifiers): part of its state.</summary>
    public int[] OutsideFacts { get; }
}

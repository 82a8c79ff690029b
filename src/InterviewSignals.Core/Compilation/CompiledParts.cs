using InterviewSignals.Taxonomy;

namespace InterviewSignals.Compilation;

/// <summary>A signal as the compiled set holds it: its weights, and the rules and modifiers that concern it, by index.</summary>
internal sealed class CompiledSignal
{
    public CompiledSignal(SignalDefinition def, int[] rules, int[] modifiers)
    {
        Definition = def;
        Id = def.Id;
        Present = def.Weights.Present;
        Absent = def.Weights.Absent;
        Reach = def.Weights.Reach;
        Rules = rules;
        Modifiers = modifiers;
    }

    public SignalDefinition Definition { get; }

    public string Id { get; }

    public double Present { get; }

    public double Absent { get; }

    public double Reach { get; }

    public int[] Rules { get; }

    public int[] Modifiers { get; }

    public bool Derived => Rules.Length > 0;
}

internal sealed class CompiledRule
{
    public CompiledRule(RuleDefinition def, int signalIndex, Node node)
    {
        Definition = def;
        SignalIndex = signalIndex;
        Node = node;
    }

    public RuleDefinition Definition { get; }

    public int SignalIndex { get; }

    public Node Node { get; }
}

internal sealed class CompiledModifier
{
    public CompiledModifier(ModifierDefinition def, Node node)
    {
        Definition = def;
        Node = node;
    }

    public ModifierDefinition Definition { get; }

    public Node Node { get; }

    public bool AppliesTo(double weight) => Definition.Direction switch
    {
        ModifierDirection.Positive => weight > 0,
        ModifierDirection.Negative => weight < 0,
        _ => true,
    };
}

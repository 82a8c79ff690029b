namespace InterviewSignals.Taxonomy;

/// <summary>A linear ramp from 0 to 1.</summary>
public sealed class RampCondition : Condition
{
    /// <summary>Initializes a new instance of the <see cref="RampCondition"/> class.</summary>
    /// <param name="input">The value ramped.</param>
    /// <param name="from">Where the ramp starts (degree 0).</param>
    /// <param name="to">Where the ramp ends (degree 1).</param>
    public RampCondition(Operand input, Operand from, Operand to)
    {
        Input = Internal.Guard.NotNull(input);
        From = Internal.Guard.NotNull(from);
        To = Internal.Guard.NotNull(to);
    }

    /// <summary>Gets the value ramped.</summary>
    public Operand Input { get; }

    /// <summary>Gets where the ramp starts (degree 0).</summary>
    public Operand From { get; }

    /// <summary>Gets where the ramp ends (degree 1).</summary>
    public Operand To { get; }
}

using System.Text.Json.Serialization;

namespace InterviewSignals.Evaluation;

/// <summary>A modifier factor applied to one contribution.</summary>
public sealed record ModifierFactor
{
    /// <summary>Initializes a new instance of the <see cref="ModifierFactor"/> record.</summary>
    /// <param name="modifierId">The modifier id.</param>
    /// <param name="factor">The factor.</param>
    [JsonConstructor]
    internal ModifierFactor(string modifierId, double factor)
    {
        ModifierId = modifierId;
        Factor = factor;
    }

    /// <summary>Gets the modifier id.</summary>
    public string ModifierId { get; }

    /// <summary>Gets the factor.</summary>
    public double Factor { get; }

    /// <summary>Deconstructs the record into its parts.</summary>
    /// <param name="modifierId">The modifier id.</param>
    /// <param name="factor">The factor.</param>
    public void Deconstruct(out string modifierId, out double factor)
    {
        modifierId = ModifierId;
        factor = Factor;
    }
}


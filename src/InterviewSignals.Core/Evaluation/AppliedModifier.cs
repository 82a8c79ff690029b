using System.Text.Json.Serialization;

namespace InterviewSignals.Evaluation;

/// <summary>A modifier whose condition held.</summary>
public sealed record AppliedModifier
{
    /// <summary>Initializes a new instance of the <see cref="AppliedModifier"/> record.</summary>
    /// <param name="modifierId">The modifier id.</param>
    /// <param name="degree">How fully the condition held, from 0 to 1.</param>
    /// <param name="factor">The factor applied to targeted contributions: 1 + (declared factor − 1) × degree.</param>
    /// <param name="affectedSignals">How many contributions it scaled.</param>
    [JsonConstructor]
    internal AppliedModifier(string modifierId, double degree, double factor, int affectedSignals)
    {
        ModifierId = modifierId;
        Degree = degree;
        Factor = factor;
        AffectedSignals = affectedSignals;
    }

    /// <summary>Gets the modifier id.</summary>
    public string ModifierId { get; }

    /// <summary>Gets how fully the condition held, from 0 to 1.</summary>
    public double Degree { get; }

    /// <summary>Gets the factor applied to targeted contributions: 1 + (declared factor − 1) × degree.</summary>
    public double Factor { get; }

    /// <summary>Gets how many contributions it scaled.</summary>
    public int AffectedSignals { get; }

    /// <summary>Deconstructs the record into its parts.</summary>
    /// <param name="modifierId">The modifier id.</param>
    /// <param name="degree">How fully the condition held, from 0 to 1.</param>
    /// <param name="factor">The factor applied to targeted contributions: 1 + (declared factor − 1) × degree.</param>
    /// <param name="affectedSignals">How many contributions it scaled.</param>
    public void Deconstruct(out string modifierId, out double degree, out double factor, out int affectedSignals)
    {
        modifierId = ModifierId;
        degree = Degree;
        factor = Factor;
        affectedSignals = AffectedSignals;
    }
}


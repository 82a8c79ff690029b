using System.Text.Json.Serialization;

namespace InterviewSignals.Evaluation;

/// <summary>How much of the set was answered and whether the evidence agrees.</summary>
public sealed record Confidence
{
    /// <summary>Initializes a new instance of the <see cref="Confidence"/> record.</summary>
    /// <param name="coverage">The share of the set's total reach (largest weight magnitude per signal) that was answered or derived, from 0 to 1.</param>
    /// <param name="conflicting">Whether strong evidence points both ways (at least one log-odds point each way).</param>
    /// <param name="level">The resulting level.</param>
    [JsonConstructor]
    internal Confidence(double coverage, bool conflicting, ConfidenceLevel level)
    {
        Coverage = coverage;
        Conflicting = conflicting;
        Level = level;
    }

    /// <summary>Gets the share of the set's total reach (largest weight magnitude per signal) that was answered or derived, from 0 to 1.</summary>
    public double Coverage { get; }

    /// <summary>Gets whether strong evidence points both ways (at least one log-odds point each way).</summary>
    public bool Conflicting { get; }

    /// <summary>Gets the resulting level.</summary>
    public ConfidenceLevel Level { get; }

    /// <summary>Deconstructs the record into its parts.</summary>
    /// <param name="coverage">The share of the set's total reach (largest weight magnitude per signal) that was answered or derived, from 0 to 1.</param>
    /// <param name="conflicting">Whether strong evidence points both ways (at least one log-odds point each way).</param>
    /// <param name="level">The resulting level.</param>
    public void Deconstruct(out double coverage, out bool conflicting, out ConfidenceLevel level)
    {
        coverage = Coverage;
        conflicting = Conflicting;
        level = Level;
    }
}


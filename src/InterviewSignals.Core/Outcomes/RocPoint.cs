using System.Text.Json.Serialization;

namespace InterviewSignals.Outcomes;

/// <summary>A point of the ROC curve.</summary>
public sealed record RocPoint
{
    /// <summary>Initializes a new instance of the <see cref="RocPoint"/> record.</summary>
    /// <param name="falsePositiveRate">The share of no-offer cases at or above the threshold.</param>
    /// <param name="truePositiveRate">The share of offer cases at or above the threshold.</param>
    [JsonConstructor]
    internal RocPoint(double falsePositiveRate, double truePositiveRate)
    {
        FalsePositiveRate = falsePositiveRate;
        TruePositiveRate = truePositiveRate;
    }

    /// <summary>Gets the share of no-offer cases at or above the threshold.</summary>
    public double FalsePositiveRate { get; }

    /// <summary>Gets the share of offer cases at or above the threshold.</summary>
    public double TruePositiveRate { get; }

    /// <summary>Deconstructs the record into its parts.</summary>
    /// <param name="falsePositiveRate">The share of no-offer cases at or above the threshold.</param>
    /// <param name="truePositiveRate">The share of offer cases at or above the threshold.</param>
    public void Deconstruct(out double falsePositiveRate, out double truePositiveRate)
    {
        falsePositiveRate = FalsePositiveRate;
        truePositiveRate = TruePositiveRate;
    }
}


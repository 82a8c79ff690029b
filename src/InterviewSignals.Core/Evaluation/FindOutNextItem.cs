using System.Text.Json.Serialization;

namespace InterviewSignals.Evaluation;

/// <summary>An unknown signal worth finding out about, with where each answer would leave the outlook.</summary>
public sealed record FindOutNextItem
{
    /// <summary>Results are built by the library; a host reads them.</summary>
    [JsonConstructor]
    internal FindOutNextItem()
    {
    }

    /// <summary>Gets the signal id.</summary>
    [JsonInclude]
    [JsonRequired]
    public string SignalId { get; internal init; } = null!;

    /// <summary>Gets the question to ask.</summary>
    [JsonInclude]
    [JsonRequired]
    public string Question { get; internal init; } = null!;

    /// <summary>Gets the score if the sign turned out present.</summary>
    [JsonInclude]
    [JsonRequired]
    public double ScoreIfPresent { get; internal init; }

    /// <summary>Gets the band if the sign turned out present.</summary>
    [JsonInclude]
    [JsonRequired]
    public OutlookBand BandIfPresent { get; internal init; }

    /// <summary>Gets the score if the sign turned out absent.</summary>
    [JsonInclude]
    [JsonRequired]
    public double ScoreIfAbsent { get; internal init; }

    /// <summary>Gets the band if the sign turned out absent.</summary>
    [JsonInclude]
    [JsonRequired]
    public OutlookBand BandIfAbsent { get; internal init; }

    /// <summary>Gets the largest move either answer would make to the score, in log-odds points.</summary>
    [JsonInclude]
    [JsonRequired]
    public double Reach { get; internal init; }
}

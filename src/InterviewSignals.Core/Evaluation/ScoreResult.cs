namespace InterviewSignals.Evaluation;

/// <summary>The score and band alone, computed without allocating.</summary>
public readonly record struct ScoreResult
{
    /// <summary>Initializes a new instance of the <see cref="ScoreResult"/> struct.</summary>
    /// <param name="score">The score in log-odds points.</param>
    /// <param name="outlook">The outlook index from 0 to 1.</param>
    /// <param name="band">The band.</param>
    /// <param name="coverage">The share of the set's reach that was answered or derived.</param>
    internal ScoreResult(double score, double outlook, OutlookBand band, double coverage)
    {
        Score = score;
        Outlook = outlook;
        Band = band;
        Coverage = coverage;
    }

    /// <summary>Gets the score in log-odds points.</summary>
    public double Score { get; }

    /// <summary>Gets the outlook index from 0 to 1.</summary>
    public double Outlook { get; }

    /// <summary>Gets the band.</summary>
    public OutlookBand Band { get; }

    /// <summary>Gets the share of the set's reach that was answered or derived.</summary>
    public double Coverage { get; }

    /// <summary>Deconstructs the struct into its parts.</summary>
    /// <param name="score">The score in log-odds points.</param>
    /// <param name="outlook">The outlook index from 0 to 1.</param>
    /// <param name="band">The band.</param>
    /// <param name="coverage">The share of the set's reach that was answered or derived.</param>
    public void Deconstruct(out double score, out double outlook, out OutlookBand band, out double coverage)
    {
        score = Score;
        outlook = Outlook;
        band = Band;
        coverage = Coverage;
    }
}


using System.Text.Json.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Evaluation;

/// <summary>A change the candidate can still make.</summary>
public sealed record SuggestedChange
{
    /// <summary>Initializes a new instance of the <see cref="SuggestedChange"/> record.</summary>
    /// <param name="signalId">The signal id.</param>
    /// <param name="from">The current state.</param>
    /// <param name="gain">How far making the sign present would raise the score, in log-odds points.</param>
    [JsonConstructor]
    internal SuggestedChange(string signalId, SignalState from, double gain)
    {
        SignalId = signalId;
        From = from;
        Gain = gain;
    }

    /// <summary>Gets the signal id.</summary>
    public string SignalId { get; }

    /// <summary>Gets the current state.</summary>
    public SignalState From { get; }

    /// <summary>Gets how far making the sign present would raise the score, in log-odds points.</summary>
    public double Gain { get; }

    /// <summary>Deconstructs the record into its parts.</summary>
    /// <param name="signalId">The signal id.</param>
    /// <param name="from">The current state.</param>
    /// <param name="gain">How far making the sign present would raise the score, in log-odds points.</param>
    public void Deconstruct(out string signalId, out SignalState from, out double gain)
    {
        signalId = SignalId;
        from = From;
        gain = Gain;
    }
}


using System.Text.Json.Serialization;

namespace InterviewSignals.Outcomes;

/// <summary>
/// How one signal was answered in each outcome group. <see cref="PresentLift"/> is the offer rate when it was
/// present divided by the base rate (above 1: offers were more common with it). <see cref="ObservedLogOddsRatio"/> is
/// the log of the odds ratio of an offer with the sign present against absent, with half a case added to each cell:
/// a figure for a set author to compare with the declared weights, never applied to them.
/// </summary>
public sealed record SignalOutcome
{
    /// <summary>Initializes a new instance of the <see cref="SignalOutcome"/> record.</summary>
    /// <param name="id">The signal id.</param>
    /// <param name="presentWithOffer">Present, and an offer followed.</param>
    /// <param name="presentWithoutOffer">Present, and no offer.</param>
    /// <param name="absentWithOffer">Absent, and an offer followed.</param>
    /// <param name="absentWithoutOffer">Absent, and no offer.</param>
    /// <param name="presentLift">The lift when present, or <see langword="null"/> when it never was.</param>
    /// <param name="observedLogOddsRatio">The observed log odds ratio, present against absent, or <see langword="null"/> when it was never both.</param>
    [JsonConstructor]
    internal SignalOutcome(string id, long presentWithOffer, long presentWithoutOffer, long absentWithOffer, long absentWithoutOffer, double? presentLift, double? observedLogOddsRatio)
    {
        Id = id;
        PresentWithOffer = presentWithOffer;
        PresentWithoutOffer = presentWithoutOffer;
        AbsentWithOffer = absentWithOffer;
        AbsentWithoutOffer = absentWithoutOffer;
        PresentLift = presentLift;
        ObservedLogOddsRatio = observedLogOddsRatio;
    }

    /// <summary>Gets the signal id.</summary>
    public string Id { get; }

    /// <summary>Gets present, and an offer followed.</summary>
    public long PresentWithOffer { get; }

    /// <summary>Gets present, and no offer.</summary>
    public long PresentWithoutOffer { get; }

    /// <summary>Gets absent, and an offer followed.</summary>
    public long AbsentWithOffer { get; }

    /// <summary>Gets absent, and no offer.</summary>
    public long AbsentWithoutOffer { get; }

    /// <summary>Gets the lift when present, or <see langword="null"/> when it never was.</summary>
    public double? PresentLift { get; }

    /// <summary>Gets the observed log odds ratio, present against absent, or <see langword="null"/> when it was never both.</summary>
    public double? ObservedLogOddsRatio { get; }

    /// <summary>Deconstructs the record into its parts.</summary>
    /// <param name="id">The signal id.</param>
    /// <param name="presentWithOffer">Present, and an offer followed.</param>
    /// <param name="presentWithoutOffer">Present, and no offer.</param>
    /// <param name="absentWithOffer">Absent, and an offer followed.</param>
    /// <param name="absentWithoutOffer">Absent, and no offer.</param>
    /// <param name="presentLift">The lift when present, or <see langword="null"/> when it never was.</param>
    /// <param name="observedLogOddsRatio">The observed log odds ratio, present against absent, or <see langword="null"/> when it was never both.</param>
    public void Deconstruct(out string id, out long presentWithOffer, out long presentWithoutOffer, out long absentWithOffer, out long absentWithoutOffer, out double? presentLift, out double? observedLogOddsRatio)
    {
        id = Id;
        presentWithOffer = PresentWithOffer;
        presentWithoutOffer = PresentWithoutOffer;
        absentWithOffer = AbsentWithOffer;
        absentWithoutOffer = AbsentWithoutOffer;
        presentLift = PresentLift;
        observedLogOddsRatio = ObservedLogOddsRatio;
    }
}


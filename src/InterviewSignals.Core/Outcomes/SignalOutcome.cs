namespace InterviewSignals.Outcomes;

/// <summary>
/// How one signal was answered in each outcome group. <see cref="PresentLift"/> is the offer rate when it was
/// present divided by the base rate (above 1: offers were more common with it). <see cref="ObservedLogOddsRatio"/> is
/// the log of the odds ratio of an offer with the sign present against absent, with half a case added to each cell:
/// a figure for a set author to compare with the declared weights, never applied to them.
/// </summary>
/// <param name="Id">The signal id.</param>
/// <param name="PresentWithOffer">Present, and an offer followed.</param>
/// <param name="PresentWithoutOffer">Present, and no offer.</param>
/// <param name="AbsentWithOffer">Absent, and an offer followed.</param>
/// <param name="AbsentWithoutOffer">Absent, and no offer.</param>
/// <param name="PresentLift">The lift when present, or <see langword="null"/> when it never was.</param>
/// <param name="ObservedLogOddsRatio">The observed log odds ratio, present against absent, or <see langword="null"/> when it was never both.</param>
public sealed record SignalOutcome(string Id, long PresentWithOffer, long PresentWithoutOffer, long AbsentWithOffer, long AbsentWithoutOffer, double? PresentLift, double? ObservedLogOddsRatio);

namespace InterviewSignals.Outcomes;

/// <summary>The observed offer rate in one band.</summary>
/// <param name="Band">The band, as the assessment's <c>band</c> writes it.</param>
/// <param name="Cases">The number of cases in the band.</param>
/// <param name="Offers">How many led to an offer.</param>
/// <param name="OfferRate">The share that led to an offer.</param>
public sealed record BandOutcome(string Band, long Cases, long Offers, double OfferRate);

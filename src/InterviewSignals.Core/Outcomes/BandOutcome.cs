using System.Text.Json.Serialization;

namespace InterviewSignals.Outcomes;

/// <summary>The observed offer rate in one band.</summary>
public sealed record BandOutcome
{
    /// <summary>Initializes a new instance of the <see cref="BandOutcome"/> record.</summary>
    /// <param name="band">The band, as the assessment's <c>band</c> writes it.</param>
    /// <param name="cases">The number of cases in the band.</param>
    /// <param name="offers">How many led to an offer.</param>
    /// <param name="offerRate">The share that led to an offer.</param>
    [JsonConstructor]
    internal BandOutcome(string band, long cases, long offers, double offerRate)
    {
        Band = band;
        Cases = cases;
        Offers = offers;
        OfferRate = offerRate;
    }

    /// <summary>Gets the band, as the assessment's <c>band</c> writes it.</summary>
    public string Band { get; }

    /// <summary>Gets the number of cases in the band.</summary>
    public long Cases { get; }

    /// <summary>Gets how many led to an offer.</summary>
    public long Offers { get; }

    /// <summary>Gets the share that led to an offer.</summary>
    public double OfferRate { get; }

    /// <summary>Deconstructs the record into its parts.</summary>
    /// <param name="band">The band, as the assessment's <c>band</c> writes it.</param>
    /// <param name="cases">The number of cases in the band.</param>
    /// <param name="offers">How many led to an offer.</param>
    /// <param name="offerRate">The share that led to an offer.</param>
    public void Deconstruct(out string band, out long cases, out long offers, out double offerRate)
    {
        band = Band;
        cases = Cases;
        offers = Offers;
        offerRate = OfferRate;
    }
}


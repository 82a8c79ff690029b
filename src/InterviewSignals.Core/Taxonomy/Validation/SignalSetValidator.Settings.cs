
namespace InterviewSignals.Taxonomy;

/// <summary>The set's settings: its bands and its calibration.</summary>
internal static partial class SignalSetValidator
{
    private static void ValidateBands(ValidationContext v, OutlookBands b)
    {
        if (b is null)
        {
            v.Error(SignalSetErrorCodes.MissingProperty, "$.bands", TaxonomyMessages.SetNeedsOutlookBands());
            return;
        }

        if (!(b.ConcerningBelow > 0 && b.ConcerningBelow <= b.EncouragingFrom && b.EncouragingFrom < 1))
        {
            v.Error(SignalSetErrorCodes.InvalidValue, "$.bands", TaxonomyMessages.BandsNeedConcerningBelowEncouragingFromTheyAre(Num(b.ConcerningBelow), Num(b.EncouragingFrom)));
        }

        if (double.IsNaN(b.MinimumCoverage) || b.MinimumCoverage < 0 || b.MinimumCoverage > 1)
        {
            v.Error(SignalSetErrorCodes.InvalidValue, "$.bands.minimumCoverage", TaxonomyMessages.MinimumCoverageBetween(Num(b.MinimumCoverage)));
        }
    }

    /// <summary>A calibration must keep the order of scores (slope above 0), be finite, and say what it was fitted on.</summary>
    private static void ValidateCalibration(ValidationContext v, SetCalibration? c)
    {
        if (c is null)
        {
            return;
        }

        if (double.IsNaN(c.Intercept) || double.IsInfinity(c.Intercept) || double.IsNaN(c.Slope) || double.IsInfinity(c.Slope))
        {
            v.Error(SignalSetErrorCodes.InvalidValue, "$.calibration", TaxonomyMessages.CalibrationNotFinite());
        }
        else if (!(c.Slope > 0))
        {
            v.Error(SignalSetErrorCodes.InvalidValue, "$.calibration.slope", TaxonomyMessages.CalibrationSlopeNotPositive(Num(c.Slope)));
        }

        if (c.Cases < 1 || c.Offers < 0 || c.Offers > c.Cases)
        {
            v.Error(SignalSetErrorCodes.InvalidValue, "$.calibration.cases", TaxonomyMessages.CalibrationCasesInvalid(c.Cases, c.Offers));
        }

        if (string.IsNullOrWhiteSpace(c.Description))
        {
            v.Error(SignalSetErrorCodes.MissingText, "$.calibration.description", TaxonomyMessages.CalibrationNeedsDescription());
        }
    }
}

namespace InterviewSignals.Taxonomy;

/// <summary>What became of one weight when a set was fitted to outcomes.</summary>
public enum FittedWeightStatus
{
    /// <summary>Fitted: the prior moved as far as the cases support.</summary>
    Fitted,

    /// <summary>Kept at its prior: the state was seen in fewer cases than the fit's minimum support.</summary>
    TooFewCases,

    /// <summary>Held at zero: the cases would turn its sign against the articles', which the fit was not allowed to do.</summary>
    HeldAtZero,

    /// <summary>Fitted with the opposite sign to the articles', which the fit was allowed to do (and reports).</summary>
    SignChanged,

    /// <summary>Kept at zero: the set has no sentence for the state (its <c>texts</c>), so no explanation could give the reason. Add the text and fit again.</summary>
    NoText,

    /// <summary>Fitted up to the largest weight a set allows (<see cref="SignalSet.MaxWeight"/>) and held there.</summary>
    AtLimit,
}

namespace InterviewSignals.Taxonomy;

/// <summary>A waiver that a set applied, with the characteristic it concerned.</summary>
/// <param name="ItemId">The id of the fact or signal.</param>
/// <param name="Characteristic">The protected characteristic or proxy it is keyed to.</param>
/// <param name="Justification">The host's justification.</param>
public sealed record AppliedWaiver(string ItemId, string Characteristic, string Justification);

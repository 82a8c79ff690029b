namespace InterviewSignals.Taxonomy;

/// <summary>
/// A host's written decision to keep one fact or signal that the loader would otherwise refuse because it is keyed
/// to a protected characteristic or a usual proxy for one. Every assessment made with the set carries the waiver.
/// </summary>
/// <param name="ItemId">The id of the fact or signal.</param>
/// <param name="Justification">Why the item is needed and how it is kept from affecting people unfairly; at least 20 characters.</param>
public sealed record ProtectedCharacteristicWaiver(string ItemId, string Justification);

using InterviewSignals.Timelines;

namespace AtsIntegration.Vendors;

/// <summary>What one delivery says, in the library's words: the vendor's own identity of it, the application and candidate as the vendor spells them, the events, and what must be erased.</summary>
public sealed record Delivery
{
    /// <summary>Gets the source system: <c>greenhouse</c>, <c>lever</c> or <c>ashby</c>.</summary>
    public required string Source { get; init; }

    /// <summary>Gets the vendor's own identity of the delivery, the same on every redelivery.</summary>
    public required string Key { get; init; }

    /// <summary>Gets the vendor's event type, such as <c>candidate_stage_change</c>.</summary>
    public required string EventType { get; init; }

    /// <summary>Gets the application id as the vendor spells it, or <see langword="null"/> when the delivery names none (an interview cancelled by id only, an erasure).</summary>
    public string? ApplicationId { get; init; }

    /// <summary>Gets the candidate id as the vendor spells it, when the delivery gives it.</summary>
    public string? CandidateId { get; init; }

    /// <summary>Gets the events the delivery maps to.</summary>
    public IReadOnlyList<ApplicationEvent> Events { get; init; } = [];

    /// <summary>Gets the applications and candidates whose data must be purged.</summary>
    public IReadOnlyList<Erasure> Erase { get; init; } = [];

    /// <summary>Gets the raw bytes to keep for audit when they are a part of the request body (one interview of a batch); otherwise the whole body is kept.</summary>
    public byte[]? Raw { get; init; }
}

/// <summary>An application, a candidate, or both, whose data must be purged.</summary>
public sealed record Erasure(string? ApplicationId, string? CandidateId);

/// <summary>The outcome of reading a verified body: deliveries to store, nothing to store (and why), or a body that lacks what it needs.</summary>
public sealed record DeliveryRead(IReadOnlyList<Delivery> Deliveries, string? IgnoredBecause = null, string? Problem = null)
{
    public static DeliveryRead Of(params Delivery[] deliveries) => new(deliveries);

    public static DeliveryRead Ignore(string why) => new([], IgnoredBecause: why);

    public static DeliveryRead Invalid(string problem) => new([], Problem: problem);
}

using System.Text.Json.Serialization;

namespace InterviewSignals.Taxonomy;

/// <summary>A waiver that a set applied, with the characteristic it concerned.</summary>
public sealed record AppliedWaiver
{
    /// <summary>Initializes a new instance of the <see cref="AppliedWaiver"/> record.</summary>
    /// <param name="itemId">The id of the fact or signal.</param>
    /// <param name="characteristic">The protected characteristic or proxy it is keyed to.</param>
    /// <param name="justification">The host's justification.</param>
    [JsonConstructor]
    internal AppliedWaiver(string itemId, string characteristic, string justification)
    {
        ItemId = itemId;
        Characteristic = characteristic;
        Justification = justification;
    }

    /// <summary>Gets the id of the fact or signal.</summary>
    public string ItemId { get; }

    /// <summary>Gets the protected characteristic or proxy it is keyed to.</summary>
    public string Characteristic { get; }

    /// <summary>Gets the host's justification.</summary>
    public string Justification { get; }

    /// <summary>Deconstructs the record into its parts.</summary>
    /// <param name="itemId">The id of the fact or signal.</param>
    /// <param name="characteristic">The protected characteristic or proxy it is keyed to.</param>
    /// <param name="justification">The host's justification.</param>
    public void Deconstruct(out string itemId, out string characteristic, out string justification)
    {
        itemId = ItemId;
        characteristic = Characteristic;
        justification = Justification;
    }
}


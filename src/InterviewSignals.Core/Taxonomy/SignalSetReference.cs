namespace InterviewSignals.Taxonomy;

/// <summary>Identifies one exact signal set: id, version and content hash.</summary>
public sealed record SignalSetReference
{
    /// <summary>Initializes a new instance of the <see cref="SignalSetReference"/> record.</summary>
    /// <param name="id">The set id.</param>
    /// <param name="version">The set version.</param>
    /// <param name="contentHash">The content hash.</param>
    public SignalSetReference(string id, string version, string contentHash)
    {
        Id = id;
        Version = version;
        ContentHash = contentHash;
    }

    /// <summary>Gets the set id.</summary>
    public string Id { get; }

    /// <summary>Gets the set version.</summary>
    public string Version { get; }

    /// <summary>Gets the content hash.</summary>
    public string ContentHash { get; }

    /// <summary>Deconstructs the record into its parts.</summary>
    /// <param name="id">The set id.</param>
    /// <param name="version">The set version.</param>
    /// <param name="contentHash">The content hash.</param>
    public void Deconstruct(out string id, out string version, out string contentHash)
    {
        id = Id;
        version = Version;
        contentHash = ContentHash;
    }
}


using System.Collections.Generic;

namespace InterviewSignals.Internal;

/// <summary>
/// Ordinal string equality with a cheap, non-randomised hash, for the reader's look-ups of short words: tables built
/// from a set's cues and a language's rules, never from keys an outsider chooses, so a fixed hash is safe here.
/// </summary>
internal sealed class FastOrdinal : IEqualityComparer<string>
{
    public static readonly FastOrdinal Instance = new();

    public bool Equals(string? x, string? y) => string.Equals(x, y, System.StringComparison.Ordinal);

    public int GetHashCode(string obj)
    {
        var hash = 5381u;
        foreach (var c in obj)
        {
            hash = ((hash << 5) + hash) ^ c;
        }

        return (int)hash;
    }
}

/// <summary>
/// Ordinal string equality with a hash of the length and three characters, for the planner's scratch table of fact
/// values: a handful of a set's own fact ids, looked up many times per plan, where hashing every character dominates.
/// </summary>
internal sealed class FewKeys : IEqualityComparer<string>
{
    public static readonly FewKeys Instance = new();

    public bool Equals(string? x, string? y) => ReferenceEquals(x, y) || string.Equals(x, y, System.StringComparison.Ordinal);

    public int GetHashCode(string obj)
    {
        var n = obj.Length;
        return n == 0 ? 0 : (n * 31) ^ (obj[0] << 8) ^ (obj[n >> 1] << 16) ^ (obj[n - 1] << 24);
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace InterviewSignals.Internal;

/// <summary>The form of a language tag, checked without culture data; shared by the texts and by the cues a set declares per language.</summary>
internal static class LanguageTagSyntax
{
    public static bool IsWellFormed([NotNullWhen(true)] string? tag)
    {
        if (string.IsNullOrEmpty(tag))
        {
            return false;
        }

        var parts = tag!.Split('-');
        if (parts[0].Length is < 2 or > 8 || !parts[0].All(IsAsciiLetter))
        {
            return false;
        }

        return parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(c => IsAsciiLetter(c) || c is >= '0' and <= '9'));
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}

using System.Text.Json;

namespace AtsIntegration;

/// <summary>How one ATS customer's fields map to facts and signals: stage names differ from customer to customer.</summary>
public sealed record Mapping(string CompanySize, IReadOnlyList<string> ClosedStages, IReadOnlyList<string> StageOrder)
{
    public static Mapping Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        return new Mapping(
            root.GetProperty("companySize").GetString()!,
            root.GetProperty("closedStages").EnumerateArray().Select(e => e.GetString()!).ToList(),
            root.GetProperty("stageOrder").EnumerateArray().Select(e => e.GetString()!).ToList());
    }

    public bool IsOpen(string stage) => !ClosedStages.Contains(stage, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a stage change moved the application forward (an invitation to a further round).</summary>
    public bool IsAdvance(string from, string to)
    {
        var a = IndexOf(from);
        var b = IndexOf(to);
        return a >= 0 && b > a;
    }

    private int IndexOf(string stage)
    {
        for (var i = 0; i < StageOrder.Count; i++)
        {
            if (string.Equals(StageOrder[i], stage, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}

namespace InterviewSignals.Taxonomy;

/// <summary>Which contributions a modifier scales.</summary>
public enum ModifierDirection
{
    /// <summary>Contributions of either sign.</summary>
    Both,

    /// <summary>Only contributions that raise the outlook.</summary>
    Positive,

    /// <summary>Only contributions that lower the outlook.</summary>
    Negative,
}

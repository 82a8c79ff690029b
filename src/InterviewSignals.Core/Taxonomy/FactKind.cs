namespace InterviewSignals.Taxonomy;

/// <summary>The kind of value a context fact holds.</summary>
public enum FactKind
{
    /// <summary>A number, optionally with a unit and bounds.</summary>
    Number,

    /// <summary>Yes or no.</summary>
    Boolean,

    /// <summary>One of a declared list of choices.</summary>
    Choice,

    /// <summary>A calendar date (an instant, compared by days).</summary>
    Date,
}

namespace InterviewSignals.Taxonomy;

/// <summary>What the text reader proposes when the words of one text give a fact different values.</summary>
public enum TextConflictResolution
{
    /// <summary>Nothing: the reading reports a fact conflict and leaves the value to the person.</summary>
    Report,

    /// <summary>The value stated first: for one interview's length, the first length a story gives is usually the interview it tells.</summary>
    FirstStated,

    /// <summary>The value stated last: for whether anyone wrote back, a story ends with where things stand ("no word for a week, then they called").</summary>
    LastStated,
}

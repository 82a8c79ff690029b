using InterviewSignals.Evaluation;

namespace InterviewSignals.Explanations;

/// <summary>An assessment with its explanation, as the command-line tool and hosts that store both write them: <c>{"assessment": …, "explanation": …}</c>.</summary>
public sealed record ExplainedAssessment
{
    /// <summary>Initializes a new instance of the <see cref="ExplainedAssessment"/> record.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="explanation">Its explanation.</param>
    /// <exception cref="System.ArgumentNullException">Either is <see langword="null"/>.</exception>
    public ExplainedAssessment(Assessment assessment, Explanation explanation)
    {
        Assessment = Internal.Guard.NotNull(assessment);
        Explanation = Internal.Guard.NotNull(explanation);
    }

    /// <summary>Gets the assessment.</summary>
    public Assessment Assessment { get; }

    /// <summary>Gets its explanation.</summary>
    public Explanation Explanation { get; }

    /// <summary>Deconstructs the record into its parts.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="explanation">Its explanation.</param>
    public void Deconstruct(out Assessment assessment, out Explanation explanation)
    {
        assessment = Assessment;
        explanation = Explanation;
    }
}


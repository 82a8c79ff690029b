using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;

namespace InterviewSignals.Tests.Evaluation;

public class InterviewEvaluatorOptionsTests
{
    [Fact]
    public void Every_invalid_option_is_named_in_one_error()
    {
        var options = new InterviewEvaluatorOptions { MaxFindOutNext = -1, TimeProvider = null!, EvidenceProviders = new IEvidenceProvider[] { null! } };

        var ex = Assert.Throws<ArgumentException>(() => InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook, options));

        Assert.Equal("options", ex.ParamName);
        Assert.StartsWith(
            "The evaluator options are invalid:\n  TimeProvider must not be null; use TimeProvider.System or a fake clock.\n  EvidenceProviders[0] is null.\n  MaxFindOutNext must be 0 or more; it is -1.",
            ex.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_find_out_next_items_is_allowed()
    {
        var evaluator = InterviewEvaluator.Create(BuiltInSignalSets.InterviewOutlook, new InterviewEvaluatorOptions { MaxFindOutNext = 0 });
        Assert.Empty(evaluator.Assess(InterviewSignals.Observations.Observation.CreateBuilder().Build()).FindOutNext);
    }
}

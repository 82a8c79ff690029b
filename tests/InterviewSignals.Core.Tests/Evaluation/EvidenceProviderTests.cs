using InterviewSignals.Evaluation;
using InterviewSignals.Observations;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;

namespace InterviewSignals.Tests.Evaluation;

public class EvidenceProviderTests
{
    private sealed class AtsRecord : EvidenceProvider
    {
        public AtsRecord()
            : base("ats-record")
        {
        }

        public override void Provide(EvidenceContext context, EvidenceSink sink) => sink.Answer("b", SignalState.Present, 0.5);
    }

    [Fact]
    public void A_provider_answers_unknown_signals_and_is_traced()
    {
        var evaluator = InterviewEvaluator.Create(TestSets.Tiny(), new InterviewEvaluatorOptions { EvidenceProviders = new[] { new AtsRecord() } });
        var a = evaluator.Assess(Observation.CreateBuilder().Build());

        var c = Assert.Single(a.Contributions);
        Assert.Equal(("b", ContributionSource.EvidenceProvider, "ats-record", 0.25), (c.SignalId, c.Source, c.SourceId, c.Value));
        Assert.Equal(a.Score, evaluator.Score(Observation.CreateBuilder().Build()).Score);
    }

    [Fact]
    public void The_person_s_own_answer_wins_over_a_provider()
    {
        var evaluator = InterviewEvaluator.Create(TestSets.Tiny(), new InterviewEvaluatorOptions { EvidenceProviders = new[] { new AtsRecord() } });
        var a = evaluator.Assess(Observation.CreateBuilder().Absent("b").Build());
        Assert.Empty(a.Contributions);
    }

    [Fact]
    public void A_failing_provider_surfaces_as_its_own_exception_never_as_a_low_score()
    {
        var boom = new InvalidOperationException("database down");
        var evaluator = InterviewEvaluator.Create(TestSets.Tiny(), new InterviewEvaluatorOptions { EvidenceProviders = new[] { EvidenceProvider.Create("crm", (_, _) => throw boom) } });

        var ex = Assert.Throws<EvidenceProviderException>(() => evaluator.Assess(Observation.CreateBuilder().Build()));
        Assert.Equal("crm", ex.ProviderName);
        Assert.Same(boom, ex.InnerException);
        Assert.Equal("The evidence provider 'crm' failed: database down", ex.Message);
        Assert.Throws<EvidenceProviderException>(() => evaluator.Score(Observation.CreateBuilder().Build()));
    }

    [Fact]
    public void A_provider_that_answers_an_unknown_signal_is_a_fault()
    {
        var evaluator = InterviewEvaluator.Create(TestSets.Tiny(), new InterviewEvaluatorOptions { EvidenceProviders = new[] { EvidenceProvider.Create("typo", (_, sink) => sink.Answer("zz", SignalState.Present)) } });
        var ex = Assert.Throws<EvidenceProviderException>(() => evaluator.Assess(Observation.CreateBuilder().Build()));
        Assert.Equal("The evidence provider 'typo' failed: The provider answered signal 'zz', which the set 'tiny' does not declare.", ex.Message);
    }
}

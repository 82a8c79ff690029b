using System;
using System.Linq;
using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Hosting;
using InterviewSignals.Questionnaires;
using InterviewSignals.Reading;
using Microsoft.Extensions.DependencyInjection.Extensions;
using InterviewSignals.Texts;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers InterviewSignals services.</summary>
public static class InterviewSignalsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the registry (with the built-in sets), the evaluator factory, the explanation generator, the texts and
    /// <see cref="IInterviewAssessor"/>, all as thread-safe singletons with <c>TryAdd</c>; and the default set's
    /// <see cref="IInterviewTextReader"/> and <see cref="QuestionPlanner"/> (any set's by id from
    /// <see cref="ISignalSetRegistry.GetReader"/> and <see cref="ISignalSetRegistry.GetPlanner"/>, made once per set).
    /// Calling it again returns a builder for the same registration.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the registration, or <see langword="null"/>.</param>
    /// <returns>A builder to add sets and replace parts.</returns>
    public static InterviewSignalsBuilder AddInterviewSignals(this IServiceCollection services, Action<InterviewSignalsBuilder>? configure = null)
    {
        InterviewSignals.Internal.Guard.NotNull(services);
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(InterviewSignalsBuilder))?.ImplementationInstance as InterviewSignalsBuilder;
        var builder = existing ?? new InterviewSignalsBuilder(services);
        if (existing is null)
        {
            services.AddSingleton(builder);
            services.TryAddSingleton(TimeProvider.System);
            services.TryAddSingleton<ITextProvider>(sp => builder.BuildTexts(TextCatalog.Default));
            services.TryAddSingleton<IExplanationGenerator>(sp => ExplanationGenerator.Create(sp.GetRequiredService<ITextProvider>()));
            services.TryAddSingleton<IInterviewEvaluatorFactory>(sp => new InterviewEvaluatorFactory(new InterviewEvaluatorOptions
            {
                TimeProvider = sp.GetRequiredService<TimeProvider>(),
                EvidenceProviders = sp.GetServices<IEvidenceProvider>().ToArray(),
            }));
            services.TryAddSingleton<ISignalSetRegistry>(sp => new SignalSetRegistry(
                BuiltInSignalSets.All.Concat(builder.SetFactories.Select(f => f(sp))),
                builder.DefaultSetId ?? BuiltInSignalSets.InterviewOutlookId,
                sp.GetRequiredService<IInterviewEvaluatorFactory>(),
                builder.ReaderOptions,
                PlannerOptions(builder.PlannerOptions, sp.GetRequiredService<TimeProvider>())));
            services.TryAddSingleton<IInterviewAssessor, InterviewAssessor>();

            // The default set's reader and planner, looked up on each resolution so that a replaced set is seen at once;
            // each set's reader and planner is made once and kept by the registry.
            services.TryAddTransient<IInterviewTextReader>(sp => sp.GetRequiredService<ISignalSetRegistry>().GetReader());
            services.TryAddTransient(sp => sp.GetRequiredService<ISignalSetRegistry>().GetPlanner());
        }

        configure?.Invoke(builder);
        return builder;
    }

    private static QuestionPlannerOptions PlannerOptions(QuestionPlannerOptions? configured, TimeProvider clock)
    {
        var options = configured ?? QuestionPlannerOptions.Default;
        return ReferenceEquals(options.TimeProvider, TimeProvider.System) ? options with { TimeProvider = clock } : options;
    }
}

using System;
using System.Collections.Generic;
#if NET8_0_OR_GREATER
using System.Diagnostics.CodeAnalysis;
#endif
using System.IO;
using System.Reflection;
using InterviewSignals.BuiltIn;
using InterviewSignals.Evaluation;
using InterviewSignals.Questionnaires;
using InterviewSignals.Reading;
using InterviewSignals.Explanations;
using InterviewSignals.Hosting;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;
using Microsoft.Extensions.DependencyInjection.Extensions;
using InterviewSignals.Texts;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Configures InterviewSignals in a service collection: adds sets, chooses the default, replaces parts.</summary>
public sealed class InterviewSignalsBuilder
{
    private readonly List<Func<IServiceProvider, SignalSet>> _sets = new();
    private readonly List<Func<TextCatalog, TextCatalog>> _texts = new();

    internal InterviewSignalsBuilder(IServiceCollection services) => Services = services;

    /// <summary>Gets the service collection.</summary>
    public IServiceCollection Services { get; }

    internal IReadOnlyList<Func<IServiceProvider, SignalSet>> SetFactories => _sets;

    internal string? DefaultSetId { get; private set; }

    internal TextReaderOptions? ReaderOptions { get; private set; }

    internal QuestionPlannerOptions? PlannerOptions { get; private set; }

    /// <summary>Adds a set built in code.</summary>
    /// <param name="set">The set.</param>
    /// <returns>This builder.</returns>
    public InterviewSignalsBuilder AddSignalSet(SignalSet set)
    {
        InterviewSignals.Internal.Guard.NotNull(set);
        _sets.Add(_ => set);
        return this;
    }

    /// <summary>Adds a set read from a JSON file when the registry is first resolved.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">The JSON options, or <see langword="null"/> for <see cref="BuiltInSignalSets.JsonOptions"/> (a set may extend a built-in set).</param>
    /// <returns>This builder.</returns>
    public InterviewSignalsBuilder AddSignalSetFile(string path, SignalSetJsonOptions? options = null)
    {
        InterviewSignals.Internal.Guard.NotNullOrWhiteSpace(path);
        _sets.Add(_ => SignalSetJson.LoadFile(path, options ?? BuiltInSignalSets.JsonOptions));
        return this;
    }

    /// <summary>Adds a set read from a stream when the registry is first resolved.</summary>
    /// <param name="openStream">Opens the stream; the stream is disposed after reading.</param>
    /// <param name="sourceName">A name for error positions.</param>
    /// <param name="options">The JSON options, or <see langword="null"/> for <see cref="BuiltInSignalSets.JsonOptions"/> (a set may extend a built-in set).</param>
    /// <returns>This builder.</returns>
    public InterviewSignalsBuilder AddSignalSetStream(Func<Stream> openStream, string? sourceName = null, SignalSetJsonOptions? options = null)
    {
        InterviewSignals.Internal.Guard.NotNull(openStream);
        _sets.Add(_ =>
        {
            using var stream = openStream();
            return SignalSetJson.Load(stream, options ?? BuiltInSignalSets.JsonOptions, sourceName);
        });
        return this;
    }

    /// <summary>Adds a set embedded as a resource in an assembly.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <param name="resourceName">The manifest resource name.</param>
    /// <param name="options">The JSON options, or <see langword="null"/> for <see cref="BuiltInSignalSets.JsonOptions"/> (a set may extend a built-in set).</param>
    /// <returns>This builder.</returns>
    public InterviewSignalsBuilder AddEmbeddedSignalSet(Assembly assembly, string resourceName, SignalSetJsonOptions? options = null)
    {
        InterviewSignals.Internal.Guard.NotNull(assembly);
        InterviewSignals.Internal.Guard.NotNullOrWhiteSpace(resourceName);
        return AddSignalSetStream(
            () => assembly.GetManifestResourceStream(resourceName) ?? throw new FileNotFoundException(RegistrationMessages.AssemblyNoResource(assembly.GetName().Name, resourceName)),
            resourceName,
            options);
    }

    /// <summary>Chooses the set used when callers name none.</summary>
    /// <param name="id">The set id.</param>
    /// <returns>This builder.</returns>
    public InterviewSignalsBuilder UseDefaultSignalSet(string id)
    {
        DefaultSetId = InterviewSignals.Internal.Guard.NotNullOrWhiteSpace(id);
        return this;
    }

    /// <summary>Changes the texts: add a culture, or override single texts of the built-in ones.</summary>
    /// <param name="configure">Returns the catalog to use, given the current one.</param>
    /// <returns>This builder.</returns>
    public InterviewSignalsBuilder ConfigureTexts(Func<TextCatalog, TextCatalog> configure)
    {
        _texts.Add(InterviewSignals.Internal.Guard.NotNull(configure));
        return this;
    }

    /// <summary>Changes how each set's text reader is made (the reading languages, the longest text), for the readers <see cref="ISignalSetRegistry.GetReader"/> hands out.</summary>
    /// <param name="configure">Returns the options to use, given the current ones.</param>
    /// <returns>This builder.</returns>
    public InterviewSignalsBuilder ConfigureReading(Func<TextReaderOptions, TextReaderOptions> configure)
    {
        InterviewSignals.Internal.Guard.NotNull(configure);
        ReaderOptions = InterviewSignals.Internal.Guard.NotNull(configure(ReaderOptions ?? TextReaderOptions.Default));
        return this;
    }

    /// <summary>
    /// Changes how each set's question planner is made, for the planners <see cref="ISignalSetRegistry.GetPlanner"/>
    /// hands out. Unless the options name a clock of their own, planners use the registered <see cref="TimeProvider"/>.
    /// </summary>
    /// <param name="configure">Returns the options to use, given the current ones.</param>
    /// <returns>This builder.</returns>
    public InterviewSignalsBuilder ConfigurePlanning(Func<QuestionPlannerOptions, QuestionPlannerOptions> configure)
    {
        InterviewSignals.Internal.Guard.NotNull(configure);
        PlannerOptions = InterviewSignals.Internal.Guard.NotNull(configure(PlannerOptions ?? QuestionPlannerOptions.Default));
        return this;
    }

    /// <summary>Replaces the text provider altogether.</summary>
    /// <param name="texts">The provider.</param>
    /// <returns>This builder.</returns>
    public InterviewSignalsBuilder UseTexts(ITextProvider texts)
    {
        InterviewSignals.Internal.Guard.NotNull(texts);
        Services.Replace(ServiceDescriptor.Singleton(texts));
        return this;
    }

    /// <summary>Replaces the explanation generator.</summary>
    /// <typeparam name="TGenerator">The generator type; registered as a singleton.</typeparam>
    /// <returns>This builder.</returns>
#if NET8_0_OR_GREATER
    public InterviewSignalsBuilder UseExplanationGenerator<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TGenerator>()
#else
    public InterviewSignalsBuilder UseExplanationGenerator<TGenerator>()
#endif
        where TGenerator : class, IExplanationGenerator
    {
        Services.Replace(ServiceDescriptor.Singleton<IExplanationGenerator, TGenerator>());
        return this;
    }

    /// <summary>Replaces how sets are compiled into evaluators.</summary>
    /// <typeparam name="TFactory">The factory type; registered as a singleton.</typeparam>
    /// <returns>This builder.</returns>
#if NET8_0_OR_GREATER
    public InterviewSignalsBuilder UseEvaluatorFactory<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TFactory>()
#else
    public InterviewSignalsBuilder UseEvaluatorFactory<TFactory>()
#endif
        where TFactory : class, IInterviewEvaluatorFactory
    {
        Services.Replace(ServiceDescriptor.Singleton<IInterviewEvaluatorFactory, TFactory>());
        return this;
    }

    /// <summary>Adds an evidence provider that the default evaluator factory runs for every observation.</summary>
    /// <typeparam name="TProvider">The provider type; registered as a singleton.</typeparam>
    /// <returns>This builder.</returns>
#if NET8_0_OR_GREATER
    public InterviewSignalsBuilder AddEvidenceProvider<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TProvider>()
#else
    public InterviewSignalsBuilder AddEvidenceProvider<TProvider>()
#endif
        where TProvider : class, IEvidenceProvider
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IEvidenceProvider, TProvider>());
        return this;
    }

    /// <summary>Adds an evidence provider instance.</summary>
    /// <param name="provider">The provider.</param>
    /// <returns>This builder.</returns>
    public InterviewSignalsBuilder AddEvidenceProvider(IEvidenceProvider provider)
    {
        Services.AddSingleton(InterviewSignals.Internal.Guard.NotNull(provider));
        return this;
    }

    internal TextCatalog BuildTexts(TextCatalog catalog)
    {
        foreach (var f in _texts)
        {
            catalog = f(catalog);
        }

        return catalog;
    }
}

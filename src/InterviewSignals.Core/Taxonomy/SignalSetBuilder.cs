using System;
using System.Collections.Generic;
using System.Linq;

namespace InterviewSignals.Taxonomy;

/// <summary>
/// Builds an immutable <see cref="SignalSet"/> in code. <see cref="Build"/> validates the whole set and reports
/// every problem in one <see cref="SignalSetException"/>. A builder builds once; afterwards it is frozen.
/// </summary>
public sealed partial class SignalSetBuilder
{
    private readonly Snapshot _s;
    private readonly Dictionary<string, SignalWeights> _overrides = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _prevalenceOverrides = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _prevalenceOrigins = new(StringComparer.Ordinal);
    private readonly List<string> _disabled = new();
    private readonly List<ProtectedCharacteristicWaiver> _waivers = new();
    private readonly Dictionary<object, string> _origins = new(ReferenceComparer.Instance);
    private SignalSetLimits _limits = SignalSetLimits.Default;
    private bool _built;
    private Dictionary<(string Language, string Source), Cues.ParsedCue>? _parsedCues;

    /// <summary>Initializes a new instance of the <see cref="SignalSetBuilder"/> class.</summary>
    /// <param name="id">The kebab-case id.</param>
    /// <param name="version">The semantic version, for example <c>1.0.0</c>.</param>
    public SignalSetBuilder(string id, string version)
    {
        _s = new Snapshot { Id = Internal.Guard.NotNull(id), Version = Internal.Guard.NotNull(version) };
    }

    /// <summary>Sets the title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder WithTitle(string title) => Set(() => _s.Title = Internal.Guard.NotNull(title));

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder WithDescription(string description) => Set(() => _s.Description = Internal.Guard.NotNull(description));

    /// <summary>Sets the intended use.</summary>
    /// <param name="use">The use.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder WithIntendedUse(IntendedUse use) => Set(() => _s.IntendedUse = use);

    /// <summary>Sets the base rate: the outlook index when nothing is known.</summary>
    /// <param name="baseRate">Between 0.01 and 0.99.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder WithBaseRate(double baseRate) => Set(() => _s.BaseRate = baseRate);

    /// <summary>Sets the outlook bands.</summary>
    /// <param name="bands">The bands.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder WithBands(OutlookBands bands) => Set(() => _s.Bands = Internal.Guard.NotNull(bands));

    /// <summary>Sets the condition under which it is too early to tell.</summary>
    /// <param name="condition">The condition, or <see langword="null"/> for none.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder WithTooEarlyWhen(Condition? condition) => Set(() => _s.TooEarlyWhen = condition);

    /// <summary>Sets the limits the set is validated against.</summary>
    /// <param name="limits">The limits.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder WithLimits(SignalSetLimits limits) => Set(() => _limits = Internal.Guard.NotNull(limits));

    /// <summary>Adds a category.</summary>
    /// <param name="id">The kebab-case id.</param>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder AddCategory(string id, string title) => AddCategory(new CategoryDefinition(id, title));

    /// <summary>Adds a category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder AddCategory(CategoryDefinition category) => Set(() => _s.Categories.Add(Internal.Guard.NotNull(category)));

    /// <summary>Adds a cited document.</summary>
    /// <param name="id">The kebab-case id.</param>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder AddDocument(string id, string title) => AddDocument(new SourceDocument(id, title));

    /// <summary>Adds a cited document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder AddDocument(SourceDocument document) => Set(() => _s.Documents.Add(Internal.Guard.NotNull(document)));

    /// <summary>Adds a fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder AddFact(FactDefinition fact) => Set(() => _s.Facts.Add(Internal.Guard.NotNull(fact)));

    /// <summary>Adds a signal.</summary>
    /// <param name="signal">The signal.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder AddSignal(SignalDefinition signal) => Set(() => _s.Signals.Add(Internal.Guard.NotNull(signal)));

    /// <summary>Adds a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder AddRule(RuleDefinition rule) => Set(() => _s.Rules.Add(Internal.Guard.NotNull(rule)));

    /// <summary>Adds a modifier.</summary>
    /// <param name="modifier">The modifier.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder AddModifier(ModifierDefinition modifier) => Set(() => _s.Modifiers.Add(Internal.Guard.NotNull(modifier)));

    /// <summary>Adds a note.</summary>
    /// <param name="note">The note.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder AddNote(string note) => Set(() => _s.Notes.Add(Internal.Guard.NotNull(note)));

    /// <summary>
    /// Declares a word class for the cues of one language (used as <c>@name</c>); a class of the same name and language
    /// that the set already has (from the set it extends) gains these words.
    /// </summary>
    /// <param name="language">The language tag, such as <c>en</c>.</param>
    /// <param name="name">The name, without the <c>@</c>.</param>
    /// <param name="words">The members: words, <c>stem*</c> or <c>=exact</c> forms.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder AddWordClass(string language, string name, params string[] words) => AddWordClass(new WordClass(language, name, Internal.Guard.NotNull(words)));

    /// <summary>Declares a word class; a class of the same name and language that the set already has gains its words.</summary>
    /// <param name="wordClass">The class.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder AddWordClass(WordClass wordClass)
    {
        Internal.Guard.NotNull(wordClass);
        return Set(() =>
        {
            var at = _s.WordClasses.FindIndex(c => string.Equals(c.Language, wordClass.Language, StringComparison.Ordinal) && string.Equals(c.Name, wordClass.Name, StringComparison.Ordinal));
            if (at < 0)
            {
                _s.WordClasses.Add(wordClass);
            }
            else
            {
                _s.WordClasses[at] = _s.WordClasses[at] with { Words = _s.WordClasses[at].Words.Concat(wordClass.Words).Distinct(StringComparer.Ordinal).ToArray() };
                _origins[_s.WordClasses[at]] = OriginOf(wordClass) ?? string.Empty;
            }
        });
    }

    /// <summary>
    /// Starts from another set: its categories, documents, facts, signals, rules and modifiers come first, and its
    /// title, intended use, base rate, bands and too-early condition apply unless this builder sets its own.
    /// Call it before adding items of your own.
    /// </summary>
    /// <param name="baseSet">The set to extend.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder Extend(SignalSet baseSet)
    {
        Internal.Guard.NotNull(baseSet);
        return Set(() =>
        {
            if (_s.BasedOn is not null)
            {
                throw new InvalidOperationException(TaxonomyMessages.BuilderAlreadyExtendsSet(_s.BasedOn.Id));
            }

            _s.BasedOn = baseSet.Reference;
            _s.Ancestors.Add(baseSet.ContentHash);
            _s.Ancestors.AddRange(baseSet.AncestorHashes);
            _s.InheritedWaivers.AddRange(baseSet.Waivers);
            _s.Title = _s.Title.Length == 0 ? baseSet.Title : _s.Title;
            _s.Description = _s.Description.Length == 0 ? baseSet.Description : _s.Description;
            _s.IntendedUse = baseSet.IntendedUse;
            _s.BaseRate = baseSet.BaseRate;
            _s.Bands = baseSet.Bands;
            _s.TooEarlyWhen = baseSet.TooEarlyWhen;
            _s.Fit ??= baseSet.Fit;
            _s.Categories.InsertRange(0, baseSet.Categories);
            _s.Documents.InsertRange(0, baseSet.Documents);
            _s.Facts.InsertRange(0, baseSet.Facts);
            _s.Signals.InsertRange(0, baseSet.Signals);
            _s.Rules.InsertRange(0, baseSet.Rules);
            _s.Modifiers.InsertRange(0, baseSet.Modifiers);
            _s.WordClasses.InsertRange(0, baseSet.WordClasses);
        });
    }

    /// <summary>
    /// Records a recalibration fitted on outcomes (see <c>interview-signals calibrate</c>). It is not inherited: a set
    /// that extends a calibrated one has weights the calibration never saw.
    /// </summary>
    /// <param name="calibration">The calibration, or <see langword="null"/> for none.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder WithCalibration(SetCalibration? calibration) => Set(() => _s.Calibration = calibration);

    /// <summary>
    /// Records weights fitted to outcomes (see <c>interview-signals fit</c>). Unlike a calibration it is inherited by a
    /// set that extends this one, with the weights it describes; every weight it records must be the set's own.
    /// </summary>
    /// <param name="fit">The record, or <see langword="null"/> for none.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder WithFit(SetFit? fit) => Set(() => _s.Fit = fit);

    /// <summary>Replaces the prevalence of a signal (typically an inherited one): how common it is, the adaptive questionnaire's prior.</summary>
    /// <param name="signalId">The signal id.</param>
    /// <param name="prevalence">A share strictly between 0 and 1.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder OverridePrevalence(string signalId, double prevalence)
        => Set(() => _prevalenceOverrides[Internal.Guard.NotNull(signalId)] = prevalence);

    /// <summary>Replaces the weights of a signal (typically an inherited one).</summary>
    /// <param name="signalId">The signal id.</param>
    /// <param name="present">The weight when present.</param>
    /// <param name="absent">The weight when absent.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder OverrideWeights(string signalId, double present, double absent)
        => Set(() => _overrides[Internal.Guard.NotNull(signalId)] = new SignalWeights(present, absent));

    /// <summary>
    /// Keeps one fact or signal that is keyed to a protected characteristic or a usual proxy (age, gender, postal
    /// code…), which the set would otherwise refuse. Every assessment made with the set carries the waiver.
    /// </summary>
    /// <param name="itemId">The id of the fact or signal.</param>
    /// <param name="justification">Why it is needed and how unfair use is prevented; at least 20 characters.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder WaiveProtectedCharacteristic(string itemId, string justification)
        => Set(() => _waivers.Add(new ProtectedCharacteristicWaiver(Internal.Guard.NotNull(itemId), Internal.Guard.NotNull(justification))));

    /// <summary>Removes a signal, the rules that set it and its mentions in modifiers.</summary>
    /// <param name="signalId">The signal id.</param>
    /// <returns>This builder.</returns>
    public SignalSetBuilder Disable(string signalId) => Set(() => _disabled.Add(Internal.Guard.NotNull(signalId)));

    /// <summary>Validates and builds the set. The builder is frozen afterwards.</summary>
    /// <returns>The immutable set.</returns>
    /// <exception cref="SignalSetException">The set is not valid; every problem is listed.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built a set.</exception>
    public SignalSet Build()
    {
        var errors = new List<InputError>();
        return TryBuild(errors) ?? throw new SignalSetException(errors);
    }

    /// <summary>Validates and builds the set, or adds every problem to <paramref name="errors"/> and returns <see langword="null"/>; the builder is frozen either way.</summary>
    internal SignalSet? TryBuild(List<InputError> errors)
    {
        var problems = ValidateAndFreeze();
        if (problems.Count > 0)
        {
            errors.AddRange(problems);
            return null;
        }

        return new SignalSet(_s, SetDocumentJson.ComputeHash(_s), _parsedCues!);
    }

    /// <summary>Freezes the builder and returns every problem, without building (used when the JSON already had errors of its own).</summary>
    internal List<InputError> ValidateAndFreeze()
    {
        ThrowIfBuilt();
        _built = true;
        var errors = new List<InputError>();
        ApplyOverridesAndDisables(errors);
        _parsedCues = SignalSetValidator.Validate(_s, _limits, OriginOf, errors);
        SignalSetValidator.CheckProtectedCharacteristics(_s, _waivers, OriginOf, errors, ReportUnusedWaivers);
        return errors;
    }

    internal void SetOrigin(object item, string path) => _origins[item] = path;

    /// <summary>Gets or sets a value indicating whether a waiver for an item the set lacks is an error (host waivers given to a batch of files apply to some files only).</summary>
    internal bool ReportUnusedWaivers { get; set; } = true;

    internal void SetOverrideOrigin(string signalId, string path) => _origins[_overrides[signalId]] = path;

    internal void SetPrevalenceOverrideOrigin(string signalId, string path) => _prevalenceOrigins[signalId] = path;

    internal void BasedOnForImport(SignalSetReference reference)
    {
        _s.BasedOn = reference;
        _s.Ancestors.Add(reference.ContentHash);
    }

    internal string OverridePathPrefix { get; set; } = "$.overrides";

    internal string DisablePathPrefix { get; set; } = "$.disable";

    private string? OriginOf(object item) => _origins.TryGetValue(item, out var p) ? p : null;

    private SignalSetBuilder Set(Action change)
    {
        ThrowIfBuilt();
        change();
        return this;
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException(TaxonomyMessages.BuilderAlreadyBuilt());
        }
    }
}

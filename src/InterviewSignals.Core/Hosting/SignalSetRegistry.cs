using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using InterviewSignals.Evaluation;
using InterviewSignals.Questionnaires;
using InterviewSignals.Reading;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Hosting;

/// <summary>A thread-safe registry: readers take an immutable snapshot, writers swap in a new one. Replaced sets stay findable by their content hash for explaining stored assessments.</summary>
public sealed class SignalSetRegistry : ISignalSetRegistry
{
    private readonly IInterviewEvaluatorFactory _factory;
    private readonly object _gate = new();
    private readonly TextReaderOptions? _readerOptions;
    private readonly QuestionPlannerOptions? _plannerOptions;
    private Dictionary<string, Entry> _entries;
    private Dictionary<string, SignalSet> _byHash;
    private string _defaultSetId;

    /// <summary>Initializes a new instance of the <see cref="SignalSetRegistry"/> class, with the options its readers and planners are made with.</summary>
    /// <param name="sets">The sets; at least one; later sets replace earlier ones with the same id.</param>
    /// <param name="defaultSetId">The id used when a caller names no set, or <see langword="null"/> for the first set.</param>
    /// <param name="factory">Makes each set's evaluator, or <see langword="null"/> for the default one.</param>
    /// <param name="readerOptions">How each set's text reader is made, or <see langword="null"/> for the defaults.</param>
    /// <param name="plannerOptions">How each set's question planner is made, or <see langword="null"/> for the defaults; a supplied signal counts only for the sets that declare it.</param>
    /// <exception cref="ArgumentException">No set was given, or the default set is not among them.</exception>
    public SignalSetRegistry(IEnumerable<SignalSet> sets, string? defaultSetId = null, IInterviewEvaluatorFactory? factory = null, TextReaderOptions? readerOptions = null, QuestionPlannerOptions? plannerOptions = null)
    {
        _factory = factory ?? new InterviewEvaluatorFactory();
        _readerOptions = readerOptions;
        _plannerOptions = plannerOptions;
        var list = Internal.Guard.NotNull(sets).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException(HostingMessages.RegistryNeedsAtLeastOne(), nameof(sets));
        }

        _entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        _byHash = new Dictionary<string, SignalSet>(StringComparer.Ordinal);
        foreach (var set in list)
        {
            _entries[set.Id] = new Entry(_factory.Create(set), _readerOptions, _plannerOptions);
            _byHash[set.ContentHash] = set;
        }

        _defaultSetId = defaultSetId ?? list[0].Id;
        if (!_entries.ContainsKey(_defaultSetId))
        {
            throw new ArgumentException(HostingMessages.DefaultSetNotRegistered(_defaultSetId, string.Join(", ", _entries.Keys)), nameof(defaultSetId));
        }
    }

    /// <inheritdoc/>
    public string DefaultSetId => Volatile.Read(ref _defaultSetId);

    /// <inheritdoc/>
    public IReadOnlyList<SignalSetReference> Sets => Volatile.Read(ref _entries).Values.Select(e => e.Evaluator.SignalSet.Reference).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();

    /// <inheritdoc/>
    public SignalSet GetSet(string? id = null) => GetEvaluator(id).SignalSet;

    /// <inheritdoc/>
    public IInterviewEvaluator GetEvaluator(string? id = null) => Find(id).Evaluator;

    /// <inheritdoc/>
    public IInterviewTextReader GetReader(string? id = null) => Find(id).Reader.Value;

    /// <inheritdoc/>
    public QuestionPlanner GetPlanner(string? id = null) => Find(id).Planner.Value;

    private Entry Find(string? id)
    {
        var entries = Volatile.Read(ref _entries);
        id ??= DefaultSetId;
        if (entries.TryGetValue(id, out var entry))
        {
            return entry;
        }

        throw new KeyNotFoundException(HostingMessages.NoSuchSet(id, string.Join(", ", entries.Keys.OrderBy(k => k, StringComparer.Ordinal))));
    }

    /// <inheritdoc/>
    public void AddOrReplace(SignalSet set)
    {
        Internal.Guard.NotNull(set);
        var entry = new Entry(_factory.Create(set), _readerOptions, _plannerOptions);
        lock (_gate)
        {
            var copy = new Dictionary<string, Entry>(_entries, StringComparer.Ordinal) { [set.Id] = entry };
            var history = new Dictionary<string, SignalSet>(_byHash, StringComparer.Ordinal) { [set.ContentHash] = set };
            Volatile.Write(ref _byHash, history);
            Volatile.Write(ref _entries, copy);
        }
    }

    /// <inheritdoc/>
    public bool TryGetSet(SignalSetReference reference, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SignalSet? set)
    {
        Internal.Guard.NotNull(reference);
        return Volatile.Read(ref _byHash).TryGetValue(reference.ContentHash, out set)
            && string.Equals(set.Id, reference.Id, StringComparison.Ordinal)
            && string.Equals(set.Version, reference.Version, StringComparison.Ordinal);
    }

    /// <summary>Changes the default set.</summary>
    /// <param name="id">The id of a registered set.</param>
    /// <exception cref="KeyNotFoundException">No set has the id.</exception>
    public void SetDefault(string id)
    {
        GetEvaluator(Internal.Guard.NotNull(id));
        Volatile.Write(ref _defaultSetId, id);
    }

    /// <summary>One set's evaluator, with its reader and planner made on first use (both are views over the set's one compiled form).</summary>
    private sealed class Entry
    {
        public Entry(IInterviewEvaluator evaluator, TextReaderOptions? readerOptions = null, QuestionPlannerOptions? plannerOptions = null)
        {
            Evaluator = evaluator;
            Reader = new Lazy<IInterviewTextReader>(() => InterviewTextReader.Create(evaluator.SignalSet, readerOptions), LazyThreadSafetyMode.ExecutionAndPublication);
            Planner = new Lazy<QuestionPlanner>(() => QuestionPlanner.Create(evaluator.SignalSet, ForSet(plannerOptions, evaluator.SignalSet)), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public IInterviewEvaluator Evaluator { get; }

        /// <summary>The options are shared by every set; a supplied signal only counts for the sets that declare it.</summary>
        private static QuestionPlannerOptions? ForSet(QuestionPlannerOptions? options, SignalSet set)
            => options is null || options.SuppliedSignals.All(id => set.TryGetSignal(id, out _))
                ? options
                : options with { SuppliedSignals = options.SuppliedSignals.Where(id => set.TryGetSignal(id, out _)).ToArray() };

        public Lazy<IInterviewTextReader> Reader { get; }

        public Lazy<QuestionPlanner> Planner { get; }
    }
}

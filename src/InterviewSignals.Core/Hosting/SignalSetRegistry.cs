using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using InterviewSignals.Evaluation;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Hosting;

/// <summary>A thread-safe registry: readers take an immutable snapshot, writers swap in a new one. Replaced sets stay findable by their content hash for explaining stored assessments.</summary>
public sealed class SignalSetRegistry : ISignalSetRegistry
{
    private readonly IInterviewEvaluatorFactory _factory;
    private readonly object _gate = new();
    private Dictionary<string, IInterviewEvaluator> _entries;
    private Dictionary<string, SignalSet> _byHash;
    private string _defaultSetId;

    /// <summary>Initializes a new instance of the <see cref="SignalSetRegistry"/> class.</summary>
    /// <param name="sets">The sets; later sets replace earlier ones with the same id.</param>
    /// <param name="defaultSetId">The default set id, or <see langword="null"/> for the first set.</param>
    /// <param name="factory">The evaluator factory, or <see langword="null"/> for <see cref="InterviewEvaluatorFactory"/>.</param>
    public SignalSetRegistry(IEnumerable<SignalSet> sets, string? defaultSetId = null, IInterviewEvaluatorFactory? factory = null)
    {
        _factory = factory ?? new InterviewEvaluatorFactory();
        var list = Internal.Guard.NotNull(sets).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A registry needs at least one set.", nameof(sets));
        }

        _entries = new Dictionary<string, IInterviewEvaluator>(StringComparer.Ordinal);
        _byHash = new Dictionary<string, SignalSet>(StringComparer.Ordinal);
        foreach (var set in list)
        {
            _entries[set.Id] = _factory.Create(set);
            _byHash[set.ContentHash] = set;
        }

        _defaultSetId = defaultSetId ?? list[0].Id;
        if (!_entries.ContainsKey(_defaultSetId))
        {
            throw new ArgumentException($"The default set '{_defaultSetId}' is not among the sets registered ({string.Join(", ", _entries.Keys)}).", nameof(defaultSetId));
        }
    }

    /// <inheritdoc/>
    public string DefaultSetId => Volatile.Read(ref _defaultSetId);

    /// <inheritdoc/>
    public IReadOnlyList<SignalSetReference> Sets => Volatile.Read(ref _entries).Values.Select(e => e.SignalSet.Reference).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();

    /// <inheritdoc/>
    public SignalSet GetSet(string? id = null) => GetEvaluator(id).SignalSet;

    /// <inheritdoc/>
    public IInterviewEvaluator GetEvaluator(string? id = null)
    {
        var entries = Volatile.Read(ref _entries);
        id ??= DefaultSetId;
        if (entries.TryGetValue(id, out var evaluator))
        {
            return evaluator;
        }

        throw new KeyNotFoundException($"There is no signal set '{id}'; the sets registered are: {string.Join(", ", entries.Keys.OrderBy(k => k, StringComparer.Ordinal))}.");
    }

    /// <inheritdoc/>
    public void AddOrReplace(SignalSet set)
    {
        Internal.Guard.NotNull(set);
        var evaluator = _factory.Create(set);
        lock (_gate)
        {
            var copy = new Dictionary<string, IInterviewEvaluator>(_entries, StringComparer.Ordinal) { [set.Id] = evaluator };
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
}

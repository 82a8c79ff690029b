using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using InterviewSignals.Evaluation;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Hosting;

/// <summary>Creates evaluators for sets. Replace it to change how every set is evaluated.</summary>
public interface IInterviewEvaluatorFactory
{
    /// <summary>Compiles a set.</summary>
    /// <param name="set">The set.</param>
    /// <returns>An immutable, thread-safe evaluator.</returns>
    IInterviewEvaluator Create(SignalSet set);
}

/// <summary>The default factory: <see cref="InterviewEvaluator.Create"/> with fixed options.</summary>
public sealed class InterviewEvaluatorFactory : IInterviewEvaluatorFactory
{
    private readonly InterviewEvaluatorOptions _options;

    /// <summary>Initializes a new instance of the <see cref="InterviewEvaluatorFactory"/> class.</summary>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    public InterviewEvaluatorFactory(InterviewEvaluatorOptions? options = null) => _options = options ?? InterviewEvaluatorOptions.Default;

    /// <inheritdoc/>
    public IInterviewEvaluator Create(SignalSet set) => InterviewEvaluator.Create(set, _options);
}

/// <summary>The sets a host knows by id, each with its compiled evaluator. Sets can be replaced while assessments run.</summary>
public interface ISignalSetRegistry
{
    /// <summary>Gets the id used when a caller names no set.</summary>
    string DefaultSetId { get; }

    /// <summary>Gets the sets currently registered.</summary>
    IReadOnlyList<SignalSetReference> Sets { get; }

    /// <summary>Gets a set.</summary>
    /// <param name="id">The id, or <see langword="null"/> for the default set.</param>
    /// <returns>The set.</returns>
    /// <exception cref="KeyNotFoundException">No set has the id; the message lists the ids there are.</exception>
    SignalSet GetSet(string? id = null);

    /// <summary>Gets the evaluator of a set. A caller that holds it keeps weighing with that exact set, even if the set is replaced meanwhile.</summary>
    /// <param name="id">The id, or <see langword="null"/> for the default set.</param>
    /// <returns>The evaluator.</returns>
    /// <exception cref="KeyNotFoundException">No set has the id.</exception>
    IInterviewEvaluator GetEvaluator(string? id = null);

    /// <summary>Adds a set, or atomically replaces the set with the same id. The set is compiled before it becomes visible.</summary>
    /// <param name="set">The set.</param>
    void AddOrReplace(SignalSet set);
}

/// <summary>A thread-safe registry: readers take an immutable snapshot, writers swap in a new one.</summary>
public sealed class SignalSetRegistry : ISignalSetRegistry
{
    private readonly IInterviewEvaluatorFactory _factory;
    private readonly object _gate = new();
    private Dictionary<string, IInterviewEvaluator> _entries;
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
        foreach (var set in list)
        {
            _entries[set.Id] = _factory.Create(set);
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
            Volatile.Write(ref _entries, copy);
        }
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

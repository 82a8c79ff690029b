using System.Collections.Generic;
using InterviewSignals.Evaluation;
using InterviewSignals.Questionnaires;
using InterviewSignals.Reading;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Hosting;

/// <summary>The sets a host knows by id, each with its evaluator, text reader and question planner. Sets can be replaced while assessments run.</summary>
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

    /// <summary>
    /// Gets the text reader of a set, made on first use and kept, thread-safe. Like an evaluator, a reader a caller holds
    /// keeps reading with its exact set.
    /// </summary>
    /// <param name="id">The id, or <see langword="null"/> for the default set.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="KeyNotFoundException">No set has the id.</exception>
    IInterviewTextReader GetReader(string? id = null);

    /// <summary>Gets the question planner of a set, made on first use and kept, thread-safe.</summary>
    /// <param name="id">The id, or <see langword="null"/> for the default set.</param>
    /// <returns>The planner.</returns>
    /// <exception cref="KeyNotFoundException">No set has the id.</exception>
    QuestionPlanner GetPlanner(string? id = null);

    /// <summary>
    /// Finds the exact set an assessment names, by id, version and content hash, including versions that have since
    /// been replaced, so that a stored assessment can be explained weeks later with the weights that made it.
    /// </summary>
    /// <param name="reference">The reference, usually <c>Assessment.SignalSet</c>.</param>
    /// <param name="set">The set, when found.</param>
    /// <returns>Whether a set with that content hash was ever registered.</returns>
    bool TryGetSet(SignalSetReference reference, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SignalSet? set);

    /// <summary>Adds a set, or atomically replaces the set with the same id. The set is compiled before it becomes visible.</summary>
    /// <param name="set">The set.</param>
    void AddOrReplace(SignalSet set);
}

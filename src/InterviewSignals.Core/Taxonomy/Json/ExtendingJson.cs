using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace InterviewSignals.Taxonomy;

/// <summary>
/// What an extending document changes in the set it extends, read and written side by side: <c>overrides</c> (weights
/// and prevalences) and <c>disable</c>. A set is written this way as <c>extends</c>, the settings that differ, the
/// overrides, and its own notes, calibration and fit; read back with its base, it gives the same set and the same
/// hash. Sets that add, remove or rewrite items are written in full instead.
/// </summary>
internal static class ExtendingJson
{
    private static readonly SignalWeights NoWeights = new(0, 0);

    public static void Read(JsonObjectReader r, SignalSetBuilder builder, List<InputError> errors)
    {
        foreach (var (e, p) in r.Array("overrides"))
        {
            if (JsonObjectReader.Open(e, p, errors, "an override") is { } o)
            {
                var signal = o.String("signal");
                var w = SignalJson.ReadWeights(o, errors, out var wp);
                var prevalence = o.Number("prevalence");
                o.Finish();
                if (signal is not null && w is not null)
                {
                    builder.OverrideWeights(signal, w.Present, w.Absent);
                    builder.SetOverrideOrigin(signal, p);
                }

                if (signal is not null && prevalence is { } share)
                {
                    builder.OverridePrevalence(signal, share);
                    builder.SetPrevalenceOverrideOrigin(signal, p);
                }
            }
        }

        var disabled = r.Strings("disable");
        foreach (var d in disabled)
        {
            builder.Disable(d);
        }
    }

    public static void Write(Stream stream, SignalSet set, SignalSet baseSet, bool indented)
    {
        var problems = ExtendingProblems(set, baseSet);
        if (problems.Count > 0)
        {
            throw new ArgumentException(TaxonomyMessages.NotAnExtensionOf(set, baseSet, string.Join("; ", problems)), nameof(set));
        }

        using var w = JsonWriting.Open(stream, indented);
        w.WriteStartObject();
        w.WriteNumber("formatVersion", SignalSet.FormatVersion);
        w.WriteString("id", set.Id);
        w.WriteString("version", set.Version);
        w.WriteString("extends", baseSet.Id);
        Changed(w, "title", set.Title, baseSet.Title);
        Changed(w, "description", set.Description, baseSet.Description);
        if (set.IntendedUse != baseSet.IntendedUse)
        {
            w.WriteString("intendedUse", JsonNames.Name(JsonNames.Uses, set.IntendedUse));
        }

        if (!set.BaseRate.Equals(baseSet.BaseRate))
        {
            w.WriteNumber("baseRate", set.BaseRate);
        }

        if (!Equals(set.Bands, baseSet.Bands))
        {
            w.WriteStartObject("bands");
            w.WriteNumber("encouragingFrom", set.Bands.EncouragingFrom);
            w.WriteNumber("concerningBelow", set.Bands.ConcerningBelow);
            w.WriteNumber("minimumCoverage", set.Bands.MinimumCoverage);
            w.WriteEndObject();
        }

        if (set.Notes.Count > 0)
        {
            JsonWriting.Strings(w, "notes", set.Notes);
        }

        CalibrationJson.Write(w, set.Calibration);
        FitJson.Write(w, Equals(set.Fit, baseSet.Fit) ? null : set.Fit);
        WriteOverrides(w, set, baseSet);
        w.WriteEndObject();
    }

    private static void WriteOverrides(Utf8JsonWriter w, SignalSet set, SignalSet baseSet)
    {
        var changed = Enumerable.Range(0, set.Signals.Count).Where(i => !Equals(set.Signals[i].Weights, baseSet.Signals[i].Weights) || !Equals(set.Signals[i].Prevalence, baseSet.Signals[i].Prevalence)).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        w.WriteStartArray("overrides");
        foreach (var i in changed)
        {
            var x = set.Signals[i];
            w.WriteStartObject();
            w.WriteString("signal", x.Id);
            w.WriteStartObject("weights");
            w.WriteNumber("present", x.Weights.Present);
            w.WriteNumber("absent", x.Weights.Absent);
            w.WriteEndObject();
            if (x.Prevalence is { } prevalence && !Equals(x.Prevalence, baseSet.Signals[i].Prevalence))
            {
                w.WriteNumber("prevalence", prevalence);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>What an extending document cannot say: another base, or items added, removed or changed beyond their weights and prevalence.</summary>
    private static List<string> ExtendingProblems(SignalSet set, SignalSet baseSet)
    {
        var problems = new List<string>();
        if (!Equals(set.BasedOn, baseSet.Reference))
        {
            problems.Add("it does not extend that set");
            return problems;
        }

        void Same<T>(string what, IReadOnlyList<T> mine, IReadOnlyList<T> theirs)
        {
            if (!mine.SequenceEqual(theirs))
            {
                problems.Add(what);
            }
        }

        Same("its categories differ", set.Categories, baseSet.Categories);
        Same("its documents differ", set.Documents, baseSet.Documents);
        Same("its facts differ", set.Facts, baseSet.Facts);
        Same("its rules differ", set.Rules, baseSet.Rules);
        Same("its modifiers differ", set.Modifiers, baseSet.Modifiers);
        Same("its word classes differ", set.WordClasses, baseSet.WordClasses);
        Same("its signals differ beyond their weights and prevalence", set.Signals.Select(x => x with { Weights = NoWeights, Prevalence = null }).ToList(), baseSet.Signals.Select(x => x with { Weights = NoWeights, Prevalence = null }).ToList());
        if (!Equals(set.TooEarlyWhen, baseSet.TooEarlyWhen))
        {
            problems.Add("its too-early condition differs");
        }

        if (problems.Count == 0 && set.Signals.Where((x, i) => x.Prevalence is null && baseSet.Signals[i].Prevalence is not null).Any())
        {
            problems.Add("it removes a prevalence");
        }

        return problems;
    }

    private static void Changed(Utf8JsonWriter w, string name, string value, string inherited)
    {
        if (!string.Equals(value, inherited, StringComparison.Ordinal))
        {
            w.WriteString(name, value);
        }
    }
}

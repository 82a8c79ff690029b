using System;
using System.Collections.Generic;
using System.Linq;

namespace InterviewSignals.Taxonomy;

/// <content>Applying an extending set's overrides, disables and prevalence overrides to the signals it took over.</content>
public sealed partial class SignalSetBuilder
{
    private void ApplyOverridesAndDisables(List<InputError> errors)
    {
        var i = 0;
        foreach (var pair in _overrides)
        {
            var index = _s.Signals.FindIndex(x => x is not null && string.Equals(x.Id, pair.Key, StringComparison.Ordinal));
            var path = OriginOf(pair.Value) ?? $"{OverridePathPrefix}[{i}]";
            if (index < 0)
            {
                errors.Add(new InputError(SignalSetErrorCodes.UnknownReference, path + ".signal", TaxonomyMessages.OverrideNamesSignalSetDoesNot(pair.Key)));
            }
            else
            {
                var updated = _s.Signals[index] with { Weights = pair.Value };
                _origins[updated] = OriginOf(_s.Signals[index]) ?? path;
                _origins[updated.Weights] = path + ".weights";
                _s.Signals[index] = updated;
            }

            i++;
        }

        ApplyPrevalenceOverrides(errors);
        for (var d = 0; d < _disabled.Count; d++)
        {
            var id = _disabled[d];
            var removed = _s.Signals.RemoveAll(x => x is not null && string.Equals(x.Id, id, StringComparison.Ordinal));
            if (removed == 0)
            {
                errors.Add(new InputError(SignalSetErrorCodes.UnknownReference, $"{DisablePathPrefix}[{d}]", TaxonomyMessages.DisableNamesSignalSetDoesNot(id)));
                continue;
            }

            _s.Rules.RemoveAll(r => r is not null && string.Equals(r.Signal, id, StringComparison.Ordinal));
            for (var m = _s.Modifiers.Count - 1; m >= 0; m--)
            {
                var mod = _s.Modifiers[m];
                if (mod?.Signals is null || !mod.Signals.Contains(id, StringComparer.Ordinal))
                {
                    continue;
                }

                var remaining = mod.Signals.Where(x => !string.Equals(x, id, StringComparison.Ordinal)).ToArray();
                if (remaining.Length == 0 && (mod.Categories is null || mod.Categories.Count == 0))
                {
                    _s.Modifiers.RemoveAt(m);
                }
                else
                {
                    var updated = mod with { Signals = remaining };
                    _origins[updated] = OriginOf(mod) ?? string.Empty;
                    _s.Modifiers[m] = updated;
                }
            }
        }
    }

    /// <summary>Prevalence overrides, after the weight overrides; a share out of range is reported at the override, not at the inherited signal.</summary>
    private void ApplyPrevalenceOverrides(List<InputError> errors)
    {
        foreach (var pair in _prevalenceOverrides)
        {
            var index = _s.Signals.FindIndex(x => x is not null && string.Equals(x.Id, pair.Key, StringComparison.Ordinal));
            var path = _prevalenceOrigins.TryGetValue(pair.Key, out var p) ? p : OverridePathPrefix;
            if (index < 0)
            {
                errors.Add(new InputError(SignalSetErrorCodes.UnknownReference, path + ".signal", TaxonomyMessages.OverrideNamesSignalSetDoesNot(pair.Key)));
            }
            else if (!(pair.Value > 0 && pair.Value < 1))
            {
                errors.Add(new InputError(SignalSetErrorCodes.InvalidValue, path + ".prevalence", TaxonomyMessages.PrevalenceOutOfRange(pair.Key, SignalSetValidator.Num(pair.Value))));
            }
            else
            {
                var updated = _s.Signals[index] with { Prevalence = pair.Value };
                _origins[updated] = OriginOf(_s.Signals[index]) ?? path;
                _origins[updated.Weights] = OriginOf(_s.Signals[index].Weights) ?? path + ".weights";
                _s.Signals[index] = updated;
            }
        }
    }
}

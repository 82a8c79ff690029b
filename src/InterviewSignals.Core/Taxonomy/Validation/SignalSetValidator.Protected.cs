using System;
using System.Collections.Generic;
using System.Linq;

namespace InterviewSignals.Taxonomy;

/// <summary>Facts and signals keyed to protected characteristics: refused unless a host waived them in writing.</summary>
internal static partial class SignalSetValidator
{
    /// <summary>Refuses facts and signals keyed to protected characteristics unless a host waived them in writing.</summary>
    public static void CheckProtectedCharacteristics(SignalSetBuilder.Snapshot s, IReadOnlyList<ProtectedCharacteristicWaiver> waivers, Func<object, string?> originOf, List<InputError> errors, bool reportUnused)
    {
        var byId = new Dictionary<string, ProtectedCharacteristicWaiver>(StringComparer.Ordinal);
        foreach (var w in waivers)
        {
            byId[w.ItemId] = w;
        }

        var inherited = new HashSet<string>(s.InheritedWaivers.Select(w => w.ItemId), StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        s.Waivers.Clear();
        s.Waivers.AddRange(s.InheritedWaivers);
        var items = s.Facts.Where(f => f is not null).Select((f, i) => (Kind: "Fact", f.Id, f.Title, Path: originOf(f) ?? $"$.facts[{i}]"))
            .Concat(s.Signals.Where(x => x is not null).Select((x, i) => (Kind: "Signal", x.Id, x.Title, Path: originOf(x) ?? $"$.signals[{i}]")));
        foreach (var (kind, id, title, path) in items)
        {
            var characteristic = ProtectedCharacteristics.Match(id) ?? ProtectedCharacteristics.Match(title);
            if (characteristic is null || inherited.Contains(id ?? string.Empty))
            {
                continue;
            }

            if (id is not null && byId.TryGetValue(id, out var waiver))
            {
                used.Add(id);
                if (waiver.Justification is null || waiver.Justification.Trim().Length < 20)
                {
                    errors.Add(new InputError(SignalSetErrorCodes.ProtectedCharacteristic, path + ".id", TaxonomyMessages.WaiverNeedsWrittenJustificationLeastCharacters(id)));
                }
                else
                {
                    s.Waivers.Add(new AppliedWaiver(id, characteristic, waiver.Justification.Trim()));
                }

                continue;
            }

            errors.Add(new InputError(
                SignalSetErrorCodes.ProtectedCharacteristic,
                path + ".id",
                $"{kind} '{id}' is keyed to a protected characteristic or a usual proxy for one ({characteristic}). Signal sets must not weigh people by such characteristics; a host may waive this for one item with a written justification."));
        }

        foreach (var w in waivers.Where(w => reportUnused && !used.Contains(w.ItemId)))
        {
            errors.Add(new InputError(SignalSetErrorCodes.UnknownReference, "$", TaxonomyMessages.WaiverNamesNotFactSignalSet(w.ItemId)));
        }
    }
}

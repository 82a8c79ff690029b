using System.Collections.Generic;

namespace InterviewSignals.Taxonomy;

/// <content>The mutable state a builder collects before it validates and freezes it.</content>
public sealed partial class SignalSetBuilder
{
    internal sealed class Snapshot
    {
        public string Id { get; set; } = string.Empty;

        public string Version { get; set; } = string.Empty;

        public string Title { get; set; } = string.Empty;

        public string Description { get; set; } = string.Empty;

        public IntendedUse IntendedUse { get; set; }

        public double BaseRate { get; set; } = 0.5;

        public OutlookBands Bands { get; set; } = OutlookBands.Default;

        public Condition? TooEarlyWhen { get; set; }

        public SignalSetReference? BasedOn { get; set; }

        /// <summary>The content hashes of the set this one extends, that set's base, and so on.</summary>
        public List<string> Ancestors { get; } = new();

        public SetCalibration? Calibration { get; set; }

        public SetFit? Fit { get; set; }

        public List<CategoryDefinition> Categories { get; } = new();

        public List<SourceDocument> Documents { get; } = new();

        public List<FactDefinition> Facts { get; } = new();

        public List<SignalDefinition> Signals { get; } = new();

        public List<RuleDefinition> Rules { get; } = new();

        public List<ModifierDefinition> Modifiers { get; } = new();

        public List<string> Notes { get; } = new();

        public List<WordClass> WordClasses { get; } = new();

        public List<AppliedWaiver> InheritedWaivers { get; } = new();

        public List<AppliedWaiver> Waivers { get; } = new();
    }

    private sealed class ReferenceComparer : IEqualityComparer<object>
    {
        public static readonly ReferenceComparer Instance = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}

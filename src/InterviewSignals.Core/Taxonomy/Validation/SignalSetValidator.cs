using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace InterviewSignals.Taxonomy;

/// <summary>Checks a whole set and records every problem with the path it was found at.</summary>
internal static partial class SignalSetValidator
{
    private static readonly Regex SemVer = new(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant);

    /// <summary>Checks the set; returns every cue that parsed, by language key and text, for the matcher to build on.</summary>
    public static Dictionary<(string Language, string Source), Cues.ParsedCue> Validate(SignalSetBuilder.Snapshot s, SignalSetLimits limits, Func<object, string?> originOf, List<InputError> errors)
    {
        var v = new ValidationContext(limits, originOf, errors) { WordClasses = s.WordClasses };
        v.Id(s.Id, "$.id");
        if (s.Version.Length == 0)
        {
            v.Error(SignalSetErrorCodes.MissingProperty, "$.version", TaxonomyMessages.SetNeedsVersionSuch());
        }
        else if (!SemVer.IsMatch(s.Version))
        {
            v.Error(SignalSetErrorCodes.InvalidValue, "$.version", TaxonomyMessages.VersionNotSemanticVersionSuch(s.Version));
        }

        v.Text(s.Title, "$.title", TaxonomyMessages.SetNeedsTitle());
        v.Length(s.Description, "$.description");
        if (double.IsNaN(s.BaseRate) || s.BaseRate < 0.01 || s.BaseRate > 0.99)
        {
            v.Error(SignalSetErrorCodes.InvalidValue, "$.baseRate", TaxonomyMessages.BaseRateBetween(Num(s.BaseRate)));
        }

        ValidateBands(v, s.Bands);
        ValidateWordClasses(v, s.WordClasses);
        ValidateCalibration(v, s.Calibration);
        ValidateFit(v, s);
        v.Count(s.Signals.Count, limits.MaxSignals, "$.signals", "signals");
        v.Count(s.Facts.Count, limits.MaxFacts, "$.facts", "facts");
        v.Count(s.Rules.Count, limits.MaxRules, "$.rules", "rules");
        v.Count(s.Modifiers.Count, limits.MaxModifiers, "$.modifiers", "modifiers");

        var categories = v.UniqueIds(s.Categories, c => c.Id, "$.categories", "category");
        foreach (var (c, path) in v.Items(s.Categories, "$.categories"))
        {
            v.Text(c.Title, path + ".title", TaxonomyMessages.CategoryNeedsTitle(c.Id));
        }

        var documents = v.UniqueIds(s.Documents, d => d.Id, "$.documents", "document");
        foreach (var (d, path) in v.Items(s.Documents, "$.documents"))
        {
            v.Text(d.Title, path + ".title", TaxonomyMessages.DocumentNeedsTitle(d.Id));
        }

        var facts = new Dictionary<string, FactDefinition>(StringComparer.Ordinal);
        v.UniqueIds(s.Facts, f => f.Id, "$.facts", "fact");
        foreach (var (f, path) in v.Items(s.Facts, "$.facts"))
        {
            facts[f.Id] = f;
            ValidateFact(v, f, path);
        }

        v.UniqueIds(s.Signals, x => x.Id, "$.signals", "signal");
        var signals = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (x, path) in v.Items(s.Signals, "$.signals"))
        {
            signals.Add(x.Id);
            ValidateSignal(v, x, path, categories, documents);
        }

        v.UniqueIds(s.Rules, r => r.Id, "$.rules", "rule");
        foreach (var (r, path) in v.Items(s.Rules, "$.rules"))
        {
            ValidateRule(v, r, path, signals, facts);
        }

        v.UniqueIds(s.Modifiers, m => m.Id, "$.modifiers", "modifier");
        foreach (var (m, path) in v.Items(s.Modifiers, "$.modifiers"))
        {
            ValidateModifier(v, m, path, signals, categories, documents, facts);
        }

        if (s.TooEarlyWhen is not null)
        {
            ValidateCondition(v, s.TooEarlyWhen, "$.tooEarlyWhen", facts, 1);
        }

        for (var n = 0; n < s.Notes.Count; n++)
        {
            v.Length(s.Notes[n], $"$.notes[{n}]");
        }

        return v.Parsed;
    }

    internal static string Num(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    internal static string Kind(FactKind k) => k switch
    {
        FactKind.Number => "number",
        FactKind.Boolean => "boolean",
        FactKind.Choice => "choice",
        _ => "date",
    };
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using InterviewSignals.Internal;

namespace InterviewSignals.Taxonomy;

/// <summary>Checks a whole set and records every problem with the path it was found at.</summary>
internal static partial class SignalSetValidator
{
    private static readonly Regex KebabId = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex SemVer = new(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant);

    /// <summary>Checks the set; returns every cue that parsed, by language key and text, for the matcher to build on.</summary>
    public static Dictionary<(string Language, string Source), Cues.ParsedCue> Validate(SignalSetBuilder.Snapshot s, SignalSetLimits limits, Func<object, string?> originOf, List<SignalSetError> errors)
    {
        var v = new Context(limits, originOf, errors) { WordClasses = s.WordClasses };
        v.Id(s.Id, "$.id");
        if (s.Version.Length == 0)
        {
            v.Error(SignalSetErrorCodes.MissingProperty, "$.version", Messages.SetNeedsVersionSuch());
        }
        else if (!SemVer.IsMatch(s.Version))
        {
            v.Error(SignalSetErrorCodes.InvalidValue, "$.version", Messages.VersionNotSemanticVersionSuch(s.Version));
        }

        v.Text(s.Title, "$.title", Messages.SetNeedsTitle());
        v.Length(s.Description, "$.description");
        if (double.IsNaN(s.BaseRate) || s.BaseRate < 0.01 || s.BaseRate > 0.99)
        {
            v.Error(SignalSetErrorCodes.InvalidValue, "$.baseRate", Messages.BaseRateBetween(Num(s.BaseRate)));
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
            v.Text(c.Title, path + ".title", Messages.CategoryNeedsTitle(c.Id));
        }

        var documents = v.UniqueIds(s.Documents, d => d.Id, "$.documents", "document");
        foreach (var (d, path) in v.Items(s.Documents, "$.documents"))
        {
            v.Text(d.Title, path + ".title", Messages.DocumentNeedsTitle(d.Id));
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

    /// <summary>Refuses facts and signals keyed to protected characteristics unless a host waived them in writing.</summary>
    public static void CheckProtectedCharacteristics(SignalSetBuilder.Snapshot s, IReadOnlyList<ProtectedCharacteristicWaiver> waivers, Func<object, string?> originOf, List<SignalSetError> errors, bool reportUnused)
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
                    errors.Add(new SignalSetError(SignalSetErrorCodes.ProtectedCharacteristic, path + ".id", Messages.WaiverNeedsWrittenJustificationLeastCharacters(id)));
                }
                else
                {
                    s.Waivers.Add(new AppliedWaiver(id, characteristic, waiver.Justification.Trim()));
                }

                continue;
            }

            errors.Add(new SignalSetError(
                SignalSetErrorCodes.ProtectedCharacteristic,
                path + ".id",
                $"{kind} '{id}' is keyed to a protected characteristic or a usual proxy for one ({characteristic}). Signal sets must not weigh people by such characteristics; a host may waive this for one item with a written justification."));
        }

        foreach (var w in waivers.Where(w => reportUnused && !used.Contains(w.ItemId)))
        {
            errors.Add(new SignalSetError(SignalSetErrorCodes.UnknownReference, "$", Messages.WaiverNamesNotFactSignalSet(w.ItemId)));
        }
    }

    private static void ValidateBands(Context v, OutlookBands b)
    {
        if (b is null)
        {
            v.Error(SignalSetErrorCodes.MissingProperty, "$.bands", Messages.SetNeedsOutlookBands());
            return;
        }

        if (!(b.ConcerningBelow > 0 && b.ConcerningBelow <= b.EncouragingFrom && b.EncouragingFrom < 1))
        {
            v.Error(SignalSetErrorCodes.InvalidValue, "$.bands", Messages.BandsNeedConcerningBelowEncouragingFromTheyAre(Num(b.ConcerningBelow), Num(b.EncouragingFrom)));
        }

        if (double.IsNaN(b.MinimumCoverage) || b.MinimumCoverage < 0 || b.MinimumCoverage > 1)
        {
            v.Error(SignalSetErrorCodes.InvalidValue, "$.bands.minimumCoverage", Messages.MinimumCoverageBetween(Num(b.MinimumCoverage)));
        }
    }

    /// <summary>A calibration must keep the order of scores (slope above 0), be finite, and say what it was fitted on.</summary>
    private static void ValidateCalibration(Context v, SetCalibration? c)
    {
        if (c is null)
        {
            return;
        }

        if (double.IsNaN(c.Intercept) || double.IsInfinity(c.Intercept) || double.IsNaN(c.Slope) || double.IsInfinity(c.Slope))
        {
            v.Error(SignalSetErrorCodes.InvalidValue, "$.calibration", Messages.CalibrationNotFinite());
        }
        else if (!(c.Slope > 0))
        {
            v.Error(SignalSetErrorCodes.InvalidValue, "$.calibration.slope", Messages.CalibrationSlopeNotPositive(Num(c.Slope)));
        }

        if (c.Cases < 1 || c.Offers < 0 || c.Offers > c.Cases)
        {
            v.Error(SignalSetErrorCodes.InvalidValue, "$.calibration.cases", Messages.CalibrationCasesInvalid(c.Cases, c.Offers));
        }

        if (string.IsNullOrWhiteSpace(c.Description))
        {
            v.Error(SignalSetErrorCodes.MissingText, "$.calibration.description", Messages.CalibrationNeedsDescription());
        }
    }

    private static void ValidateFact(Context v, FactDefinition f, string path)
    {
        v.Text(f.Title, path + ".title", Messages.FactNeedsTitle(f.Id));
        v.Length(f.Question, path + ".question");
        if (f.Kind == FactKind.Choice)
        {
            if (f.Choices is null || f.Choices.Count < 2)
            {
                v.Error(SignalSetErrorCodes.InvalidValue, path + ".choices", Messages.ChoiceFactDeclareLeastTwoChoices(f.Id));
            }
            else if (f.Choices.Distinct(StringComparer.Ordinal).Count() != f.Choices.Count)
            {
                v.Error(SignalSetErrorCodes.DuplicateId, path + ".choices", Messages.ChoiceFactDeclaresChoiceTwice(f.Id));
            }
        }
        else if (f.Choices is { Count: > 0 })
        {
            v.Error(SignalSetErrorCodes.InvalidValue, path + ".choices", Messages.FactOnlyChoiceFactsDeclareChoices(f.Id, Kind(f.Kind)));
        }

        if ((f.Minimum is not null || f.Maximum is not null) && f.Kind != FactKind.Number)
        {
            v.Error(SignalSetErrorCodes.InvalidValue, path + ".minimum", Messages.FactOnlyNumberFactsBounds(f.Id, Kind(f.Kind)));
        }

        if (f.Minimum is double min && f.Maximum is double max && min > max)
        {
            v.Error(SignalSetErrorCodes.InvalidValue, path + ".maximum", Messages.FactMinimumAboveMaximum(f.Id, Num(min), Num(max)));
        }

        ValidateFactCues(v, f, path);
    }

    private static void ValidateRule(Context v, RuleDefinition r, string path, HashSet<string> signals, Dictionary<string, FactDefinition> facts)
    {
        if (r.Signal is not { Length: > 0 })
        {
            v.Error(SignalSetErrorCodes.MissingProperty, path + ".signal", Messages.RuleNeedsSignalSets(r.Id));
        }
        else if (!signals.Contains(r.Signal))
        {
            v.Error(SignalSetErrorCodes.UnknownReference, path + ".signal", Messages.RuleSetsSignalSetDoesNot(r.Id, r.Signal) + Suggestions.DidYouMean(r.Signal, signals));
        }

        if (r.State == SignalState.Unknown)
        {
            v.Error(SignalSetErrorCodes.InvalidValue, path + ".state", Messages.RuleSetStatePresentAbsent(r.Id));
        }

        v.Length(r.Description, path + ".description");
        ValidateCondition(v, r.When, path + ".when", facts, 1);
    }

    private static void ValidateModifier(Context v, ModifierDefinition m, string path, HashSet<string> signals, HashSet<string> categories, HashSet<string> documents, Dictionary<string, FactDefinition> facts)
    {
        v.Text(m.Title, path + ".title", Messages.ModifierNeedsTitle(m.Id));
        v.Text(m.Caveat, path + ".caveat", Messages.ModifierNeedsCaveat(m.Id));
        if (double.IsNaN(m.Factor) || m.Factor < 0 || m.Factor > 3)
        {
            v.Error(SignalSetErrorCodes.InvalidValue, path + ".factor", Messages.ModifierFactorFactorBetween(m.Id, Num(m.Factor)));
        }

        var targets = (m.Signals?.Count ?? 0) + (m.Categories?.Count ?? 0);
        if (targets == 0)
        {
            v.Error(SignalSetErrorCodes.MissingProperty, path + ".signals", Messages.ModifierNameLeastSignalCategory(m.Id));
        }

        var i = 0;
        foreach (var target in m.Signals ?? Array.Empty<string>())
        {
            if (!signals.Contains(target ?? string.Empty))
            {
                v.Error(SignalSetErrorCodes.UnknownReference, $"{path}.signals[{i}]", Messages.ModifierNamesSignalSetDoesNot(m.Id, target) + Suggestions.DidYouMean(target ?? string.Empty, signals));
            }

            i++;
        }

        i = 0;
        foreach (var target in m.Categories ?? Array.Empty<string>())
        {
            if (!categories.Contains(target ?? string.Empty))
            {
                v.Error(SignalSetErrorCodes.UnknownReference, $"{path}.categories[{i}]", Messages.ModifierNamesCategorySetDoesNot(m.Id, target) + Suggestions.DidYouMean(target ?? string.Empty, categories));
            }

            i++;
        }

        ValidateSources(v, m.Sources, path + ".sources", documents);
        ValidateCondition(v, m.When, path + ".when", facts, 1);
    }

    private static void ValidateSignal(Context v, SignalDefinition x, string path, HashSet<string> categories, HashSet<string> documents)
    {
        v.Text(x.Title, path + ".title", Messages.SignalNeedsTitle(x.Id));
        v.Length(x.Description, path + ".description");
        v.Length(x.Question, path + ".question");
        ValidateCues(v, x, path);
        if (x.Prevalence is { } prevalence && !(prevalence > 0 && prevalence < 1))
        {
            v.Error(SignalSetErrorCodes.InvalidValue, path + ".prevalence", Messages.PrevalenceOutOfRange(x.Id, Num(prevalence)));
        }

        if (x.Advice is not null)
        {
            v.Length(x.Advice.Present, path + ".advice.present");
            v.Length(x.Advice.Absent, path + ".advice.absent");
            v.Length(x.Advice.Unknown, path + ".advice.unknown");
            if (x.Advice.Present is null && x.Advice.Absent is null && x.Advice.Unknown is null)
            {
                v.Error(SignalSetErrorCodes.MissingText, path + ".advice", Messages.SignalDeclaresAdviceNoStateGive(x.Id));
            }
        }
        if (x.Category is not { Length: > 0 })
        {
            v.Error(SignalSetErrorCodes.MissingProperty, path + ".category", Messages.SignalNeedsCategory(x.Id));
        }
        else if (!categories.Contains(x.Category))
        {
            v.Error(SignalSetErrorCodes.UnknownReference, path + ".category", Messages.SignalCategorySetDoesNotDeclare(x.Id, x.Category) + Suggestions.DidYouMean(x.Category, categories));
        }

        var weightsPath = v.PathOf(x.Weights) ?? path + ".weights";
        if (x.Weights is null)
        {
            v.Error(SignalSetErrorCodes.MissingProperty, weightsPath, Messages.SignalNeedsWeights(x.Id));
            return;
        }

        Weight(v, x.Id, "present", x.Weights.Present, weightsPath + ".present");
        Weight(v, x.Id, "absent", x.Weights.Absent, weightsPath + ".absent");
        if (x.Weights.Present != 0)
        {
            v.Text(x.PresentText, path + ".texts.present", Messages.SignalNeedsPresentText(x.Id));
        }

        if (x.Weights.Absent != 0)
        {
            v.Text(x.AbsentText, path + ".texts.absent", Messages.SignalNeedsAbsentText(x.Id));
        }

        ValidateSources(v, x.Sources, path + ".sources", documents);
    }

    private static void Weight(Context v, string id, string state, double w, string path)
    {
        if (double.IsNaN(w) || double.IsInfinity(w) || Math.Abs(w) > SignalSet.MaxWeight)
        {
            v.Error(SignalSetErrorCodes.InvalidWeight, path, Messages.SignalWeightWeightFiniteNumberBetween(id, state, Num(w), Num(SignalSet.MaxWeight), Num(SignalSet.MaxWeight)));
        }
    }

    private static void ValidateSources(Context v, IReadOnlyList<SourceQuote>? sources, string path, HashSet<string> documents)
    {
        var i = 0;
        foreach (var q in sources ?? Array.Empty<SourceQuote>())
        {
            var p = $"{path}[{i++}]";
            if (q is null)
            {
                v.Error(SignalSetErrorCodes.InvalidValue, p, Messages.SourceObjectDocumentQuote());
                continue;
            }

            if (q.Document is not { Length: > 0 })
            {
                v.Error(SignalSetErrorCodes.MissingProperty, p + ".document", Messages.SourceNeedsIdDocumentQuotes());
            }
            else if (!documents.Contains(q.Document))
            {
                v.Error(SignalSetErrorCodes.UnknownReference, p + ".document", Messages.SourceCitesDocumentSetDoesNot(q.Document) + Suggestions.DidYouMean(q.Document ?? string.Empty, documents));
            }

            v.Text(q.Quote, p + ".quote", Messages.SourceNeedsQuote());
        }
    }

    private static void ValidateCondition(Context v, Condition? c, string path, Dictionary<string, FactDefinition> facts, int depth)
    {
        if (c is null)
        {
            v.Error(SignalSetErrorCodes.MissingProperty, path, Messages.ConditionRequiredHereWhen());
            return;
        }

        if (c is InvalidCondition)
        {
            return;
        }

        if (depth > v.Limits.MaxConditionDepth)
        {
            v.Error(SignalSetErrorCodes.LimitExceeded, path, Messages.ConditionsNestDeeperLimit(v.Limits.MaxConditionDepth));
            return;
        }

        switch (c)
        {
            case AllCondition a:
                Children(v, a.Conditions, path + ".all", facts, depth);
                break;
            case AnyCondition a:
                Children(v, a.Conditions, path + ".any", facts, depth);
                break;
            case NotCondition n:
                ValidateCondition(v, n.Condition, path + ".not", facts, depth + 1);
                break;
            case KnownCondition k:
                FactRef(v, k.Fact, path + ".known", facts);
                break;
            case CompareCondition cmp:
                var left = OperandKind(v, cmp.Left, path + ".left", facts);
                var right = OperandKind(v, cmp.Right, path + ".right", facts);
                if (left is not null && right is not null)
                {
                    var numeric = left is FactKind.Number && right is FactKind.Number;
                    if (left != right)
                    {
                        v.Error(SignalSetErrorCodes.InvalidValue, path, Messages.ComparisonNeedsOperandsSameKindCompares(Kind(left.Value), Kind(right.Value)));
                    }
                    else if (!numeric && cmp.Operator is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual))
                    {
                        v.Error(SignalSetErrorCodes.InvalidValue, path + ".op", Messages.CanOnlyComparedEqNe(Kind(left.Value)));
                    }

                    ChoiceLiteral(v, cmp.Left, cmp.Right, path + ".right", facts);
                    ChoiceLiteral(v, cmp.Right, cmp.Left, path + ".left", facts);
                }

                break;
            case RampCondition r:
                foreach (var (o, name) in new[] { (r.Input, "input"), (r.From, "from"), (r.To, "to") })
                {
                    var k = OperandKind(v, o, $"{path}.ramp.{name}", facts);
                    if (k is not null && k != FactKind.Number)
                    {
                        v.Error(SignalSetErrorCodes.InvalidValue, $"{path}.ramp.{name}", Messages.RampNeedsNumbers(name, Kind(k.Value)));
                    }
                }

                if (r.From is { Kind: Taxonomy.OperandKind.Constant, Value.Kind: FactKind.Number }
                    && r.To is { Kind: Taxonomy.OperandKind.Constant, Value.Kind: FactKind.Number }
                    && r.From.Value.Number > r.To.Value.Number)
                {
                    v.Error(SignalSetErrorCodes.ReversedRamp, path + ".ramp", Messages.RampStartsEndsFromNotAbove(Num(r.From.Value.Number), Num(r.To.Value.Number)));
                }
                else if (r.From is not null && r.To is not null
                    && r.From.Kind == r.To.Kind && r.From.Kind != Taxonomy.OperandKind.Constant
                    && string.Equals(r.From.Fact, r.To.Fact, StringComparison.Ordinal) && r.From.Add > r.To.Add)
                {
                    v.Error(SignalSetErrorCodes.ReversedRamp, path + ".ramp", Messages.RampStartsPastEndsPastFrom(Num(r.From.Add), r.From.Fact, Num(r.To.Add)));
                }

                break;
        }
    }

    private static void Children(Context v, IReadOnlyList<Condition>? children, string path, Dictionary<string, FactDefinition> facts, int depth)
    {
        if (children is null || children.Count == 0)
        {
            v.Error(SignalSetErrorCodes.InvalidValue, path, Messages.AllAnyNeedLeastCondition());
            return;
        }

        for (var i = 0; i < children.Count; i++)
        {
            ValidateCondition(v, children[i], $"{path}[{i}]", facts, depth + 1);
        }
    }

    private static void ChoiceLiteral(Context v, Operand? factSide, Operand? literal, string path, Dictionary<string, FactDefinition> facts)
    {
        if (factSide is { Kind: Taxonomy.OperandKind.Fact } && literal is { Kind: Taxonomy.OperandKind.Constant, Value.Kind: FactKind.Choice }
            && facts.TryGetValue(factSide.Fact!, out var f) && !f.Choices.Contains(literal.Value.Choice, StringComparer.Ordinal))
        {
            v.Error(SignalSetErrorCodes.UnknownReference, path, Messages.NotChoiceFactExpected(literal.Value.Choice, f.Id, string.Join(", ", f.Choices)));
        }
    }

    private static FactKind? OperandKind(Context v, Operand? o, string path, Dictionary<string, FactDefinition> facts)
    {
        if (o is null)
        {
            v.Error(SignalSetErrorCodes.MissingProperty, path, Messages.OperandRequiredHere());
            return null;
        }

        switch (o.Kind)
        {
            case Taxonomy.OperandKind.Constant:
                return o.Value.Kind;
            case Taxonomy.OperandKind.Fact:
                var f = FactRef(v, o.Fact, path + ".fact", facts);
                if (f is not null && o.Add != 0 && f.Kind != FactKind.Number)
                {
                    v.Error(SignalSetErrorCodes.InvalidValue, path + ".add", Messages.AddAppliesNumbersFact(f.Id, Kind(f.Kind)));
                }

                return f?.Kind;
            default:
                var d = FactRef(v, o.Fact, path + ".daysSince", facts);
                if (d is not null && d.Kind != FactKind.Date)
                {
                    v.Error(SignalSetErrorCodes.InvalidValue, path + ".daysSince", Messages.DaysSinceNeedsDateFact(d.Id, Kind(d.Kind)));
                    return null;
                }

                return d is null ? null : FactKind.Number;
        }
    }

    private static FactDefinition? FactRef(Context v, string? id, string path, Dictionary<string, FactDefinition> facts)
    {
        if (id is not null && facts.TryGetValue(id, out var f))
        {
            return f;
        }

        v.Error(SignalSetErrorCodes.UnknownReference, path, Messages.ConditionReadsFactSetDoesNot(id) + Suggestions.DidYouMean(id ?? string.Empty, facts.Keys));
        return null;
    }

    internal static string Num(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    internal static string Kind(FactKind k) => k switch
    {
        FactKind.Number => "number",
        FactKind.Boolean => "boolean",
        FactKind.Choice => "choice",
        _ => "date",
    };

    private sealed class Context
    {
        private readonly Func<object, string?> _originOf;
        private readonly List<SignalSetError> _errors;

        public Context(SignalSetLimits limits, Func<object, string?> originOf, List<SignalSetError> errors)
        {
            Limits = limits;
            _originOf = originOf;
            _errors = errors;
        }

        public SignalSetLimits Limits { get; }

        /// <summary>Gets the set's word classes, which its cues may use.</summary>
        public IReadOnlyList<WordClass> WordClasses { get; init; } = Array.Empty<WordClass>();

        private readonly Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> _classes = new(StringComparer.Ordinal);

        /// <summary>Gets every cue that parsed, by its language key and text, so that no one parses it again.</summary>
        public Dictionary<(string Language, string Source), Cues.ParsedCue> Parsed { get; } = new();

        /// <summary>
        /// Parses a cue with the set's word classes for its language (inflection cannot make a cue invalid, so the syntax
        /// is all there is to check); a cue met before under the same language is parsed once.
        /// </summary>
        public Cues.ParsedCue? Parse(string language, string? source, out string? error, out int column)
        {
            (error, column) = (null, 0);
            if (source is not null && Parsed.TryGetValue((language, source), out var known))
            {
                return known;
            }

            var classes = _classes.TryGetValue(language, out var c) ? c : _classes[language] = SignalSet.WordClassesOf(WordClasses, language);
            var parsed = Cues.CueParser.TryParse(source ?? string.Empty, classes, out error, out column);
            if (parsed is not null && source is not null)
            {
                Parsed[(language, source)] = parsed;
            }

            return parsed;
        }

        public string? PathOf(object? item) => item is null ? null : _originOf(item);

        public void Error(string code, string path, string message) => _errors.Add(new SignalSetError(code, path, message));

        public string? OriginOf(object item) => _originOf(item);

        public IEnumerable<(T Item, string Path)> Items<T>(List<T> items, string listPath)
            where T : class
        {
            for (var i = 0; i < items.Count; i++)
            {
                var path = _originOf(items[i]) ?? $"{listPath}[{i}]";
                if (items[i] is null)
                {
                    Error(SignalSetErrorCodes.InvalidValue, path, Messages.ItemNotNull());
                    continue;
                }

                yield return (items[i], path);
            }
        }

        public HashSet<string> UniqueIds<T>(List<T> items, Func<T, string> id, string listPath, string what)
            where T : class
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is null)
                {
                    continue;
                }

                var path = (_originOf(items[i]) ?? $"{listPath}[{i}]") + ".id";
                var value = id(items[i]);
                Id(value, path);
                if (value is not null && !seen.Add(value))
                {
                    Error(SignalSetErrorCodes.DuplicateId, path, Messages.IdDeclaredMoreOnce(what, value));
                }
            }

            return seen;
        }

        public void Id(string? value, string path)
        {
            if (value is not { Length: > 0 })
            {
                Error(SignalSetErrorCodes.MissingProperty, path, Messages.IdRequired());
            }
            else if (!KebabId.IsMatch(value) || value.Length > 100)
            {
                Error(SignalSetErrorCodes.InvalidValue, path, Messages.IdKebabCaseLowerCaseLetters(value));
            }
        }

        public void Text(string? value, string path, string message)
        {
            if (value is null || value.Trim().Length == 0)
            {
                Error(SignalSetErrorCodes.MissingText, path, message);
                return;
            }

            Length(value, path);
        }

        public void Length(string? value, string path)
        {
            if (value is not null && value.Length > Limits.MaxStringLength)
            {
                Error(SignalSetErrorCodes.LimitExceeded, path, Messages.TextCharactersLongLimit(value.Length, Limits.MaxStringLength));
            }
        }

        public void Count(int count, int max, string path, string what)
        {
            if (count > max)
            {
                Error(SignalSetErrorCodes.LimitExceeded, path, Messages.SetLimit(count, what, max));
            }
        }
    }
}

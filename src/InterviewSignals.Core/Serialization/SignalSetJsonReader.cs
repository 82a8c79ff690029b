using System.Collections.Generic;
using System.Text.Json;
using InterviewSignals.Internal;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Serialization;

/// <summary>Turns a signal-set JSON document into a builder, collecting every problem with its path.</summary>
internal static partial class SignalSetJsonReader
{
    public static ParsedDocument Open(byte[] utf8, string? source, SignalSetLimits limits)
    {
        var doc = new ParsedDocument(source);
        if (utf8.Length > limits.MaxDocumentBytes)
        {
            doc.Errors.Add(new SignalSetError(SignalSetErrorCodes.LimitExceeded, "$", Messages.DocumentBytesLimit(utf8.Length, limits.MaxDocumentBytes), 1, 1, source));
            return doc;
        }

        var maxDepth = limits.MaxConditionDepth + 8;
        doc.Map = JsonPositionMap.Build(utf8, maxDepth, out var failure);
        if (failure is { } f)
        {
            var code = f.TooDeep ? SignalSetErrorCodes.LimitExceeded : SignalSetErrorCodes.MalformedJson;
            doc.Errors.Add(new SignalSetError(code, f.Path, f.Message, f.Line, f.Column, source));
            return doc;
        }

        doc.Json = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = maxDepth + 1 });
        var root = doc.Json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            doc.Add(SignalSetErrorCodes.InvalidValue, "$", Messages.SignalSetJSONObjectFound(JsonObjectReader.Describe(root)));
            return doc;
        }

        if (!root.TryGetProperty("formatVersion", out var fv) || fv.ValueKind != JsonValueKind.Number || !fv.TryGetInt32(out var version) || version != SignalSet.FormatVersion)
        {
            var found = root.TryGetProperty("formatVersion", out fv) ? fv.GetRawText() : "nothing";
            doc.Add(SignalSetErrorCodes.UnknownFormatVersion, root.TryGetProperty("formatVersion", out _) ? "$.formatVersion" : "$", Messages.ExpectedFormatVersionFound(SignalSet.FormatVersion, found));
            return doc;
        }

        if (root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            doc.Id = id.GetString();
        }

        if (root.TryGetProperty("extends", out var ext) && ext.ValueKind == JsonValueKind.String)
        {
            doc.Extends = ext.GetString();
        }

        doc.Readable = true;
        return doc;
    }

    public static SignalSet? Build(ParsedDocument doc, SignalSet? baseSet, SignalSetLimits limits, IReadOnlyList<ProtectedCharacteristicWaiver> waivers)
    {
        var errors = new List<SignalSetError>();
        var r = JsonObjectReader.Open(doc.Json!.RootElement, "$", errors, "a signal set")!;
        r.Get("formatVersion");
        var builder = new SignalSetBuilder(r.String("id") ?? string.Empty, r.String("version") ?? string.Empty).WithLimits(limits);
        if (r.Has("extends"))
        {
            r.String("extends");
            if (baseSet is not null)
            {
                builder.Extend(baseSet);
            }
        }

        if (r.Has("basedOn"))
        {
            if (r.Has("extends"))
            {
                r.Error(SignalSetErrorCodes.InvalidValue, "$.basedOn", Messages.BasedOnRecordsWhereExportedSetCame());
            }

            var b = JsonObjectReader.Open(r.Get("basedOn")!.Value, "$.basedOn", errors, "a set reference");
            if (b is not null)
            {
                var reference = new SignalSetReference(b.String("id", true) ?? string.Empty, b.String("version", true) ?? string.Empty, b.String("contentHash", true) ?? string.Empty);
                b.Finish();
                builder.BasedOnForImport(reference);
            }
        }

        ReadSettings(r, builder, errors, baseSet, limits);
        ReadCategoriesAndDocuments(r, builder, errors, baseSet, limits);
        ReadFacts(r, builder, errors, baseSet, limits);
        ReadSignals(r, builder, errors, baseSet, limits);
        ReadRulesAndModifiers(r, builder, errors, baseSet, limits);
        ReadOverridesAndNotes(r, builder, errors, baseSet, limits);
        r.Finish();
        builder.ReportUnusedWaivers = false;
        foreach (var w in waivers)
        {
            builder.WaiveProtectedCharacteristic(w.ItemId, w.Justification);
        }

        SignalSet? set = null;
        if (errors.Count > 0)
        {
            // Parts that could not be read stand in as placeholders: report the model's problems too, but build nothing.
            errors.AddRange(builder.ValidateAndFreeze());
        }
        else
        {
            try
            {
                set = builder.Build();
            }
            catch (SignalSetException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        if (errors.Count > 0)
        {
            doc.AddPositioned(errors);
            return null;
        }

        return set;
    }

    /// <summary>Title, description, intended use, base rate, bands and the too-early condition.</summary>
    private static void ReadSettings(JsonObjectReader r, SignalSetBuilder builder, List<SignalSetError> errors, SignalSet? baseSet, SignalSetLimits limits)
    {
        var title = r.String("title");
        if (title is not null)
        {
            builder.WithTitle(title);
        }

        var description = r.String("description");
        if (description is not null)
        {
            builder.WithDescription(description);
        }

        var use = r.Enum("intendedUse", JsonNames.Uses, baseSet is null);
        if (use is not null)
        {
            builder.WithIntendedUse(use.Value);
        }

        var baseRate = r.Number("baseRate", baseSet is null);
        if (baseRate is not null)
        {
            builder.WithBaseRate(baseRate.Value);
        }

        if (r.Get("bands") is { } bandsElement && JsonObjectReader.Open(bandsElement, "$.bands", errors, "bands") is { } b2)
        {
            var defaults = baseSet?.Bands ?? OutlookBands.Default;
            builder.WithBands(new OutlookBands(
                b2.Number("encouragingFrom") ?? defaults.EncouragingFrom,
                b2.Number("concerningBelow") ?? defaults.ConcerningBelow,
                b2.Number("minimumCoverage") ?? defaults.MinimumCoverage));
            b2.Finish();
        }

        if (r.Get("tooEarlyWhen") is { } te)
        {
            builder.WithTooEarlyWhen(ReadCondition(te, "$.tooEarlyWhen", errors, 1, limits) ?? InvalidCondition.Instance);
        }
    }

    /// <summary>Categories and the documents that sources cite.</summary>
    private static void ReadCategoriesAndDocuments(JsonObjectReader r, SignalSetBuilder builder, List<SignalSetError> errors, SignalSet? baseSet, SignalSetLimits limits)
    {
        foreach (var (e, p) in r.Array("categories"))
        {
            if (JsonObjectReader.Open(e, p, errors, "a category") is { } o)
            {
                var c = new CategoryDefinition(o.String("id") ?? string.Empty, o.String("title") ?? string.Empty);
                o.Finish();
                builder.AddCategory(c);
                builder.SetOrigin(c, p);
            }
        }

        foreach (var (e, p) in r.Array("documents"))
        {
            if (JsonObjectReader.Open(e, p, errors, "a document") is { } o)
            {
                var d = new SourceDocument(o.String("id") ?? string.Empty, o.String("title") ?? string.Empty);
                o.Finish();
                builder.AddDocument(d);
                builder.SetOrigin(d, p);
            }
        }

        ReadWordClasses(r, builder, errors);
    }

    /// <summary>Reads <c>"wordClasses"</c>: language tag to class name to a list of members.</summary>
    private static void ReadWordClasses(JsonObjectReader r, SignalSetBuilder builder, List<SignalSetError> errors)
    {
        if (r.Get("wordClasses") is not { } e || JsonObjectReader.Open(e, "$.wordClasses", errors, "word classes by language") is not { } byLanguage)
        {
            return;
        }

        foreach (var language in byLanguage.Names())
        {
            if (JsonObjectReader.Open(byLanguage.Get(language)!.Value, byLanguage.PathOf(language), errors, "word classes by name") is not { } byName)
            {
                continue;
            }

            foreach (var name in byName.Names())
            {
                var c = new WordClass(language, name, byName.Strings(name));
                builder.AddWordClass(c);
                builder.SetOrigin(c, byName.PathOf(name));
            }
        }
    }

    /// <summary>Facts: typed context inputs.</summary>
    private static void ReadFacts(JsonObjectReader r, SignalSetBuilder builder, List<SignalSetError> errors, SignalSet? baseSet, SignalSetLimits limits)
    {
        foreach (var (e, p) in r.Array("facts"))
        {
            if (JsonObjectReader.Open(e, p, errors, "a fact") is { } o)
            {
                var f = new FactDefinition
                {
                    Id = o.String("id") ?? string.Empty,
                    Title = o.String("title") ?? string.Empty,
                    Kind = o.Enum("kind", JsonNames.FactKinds, true) ?? FactKind.Number,
                    Unit = o.String("unit"),
                    Minimum = o.Number("minimum"),
                    Maximum = o.Number("maximum"),
                    Choices = o.Strings("choices"),
                    Question = o.String("question"),
                    Phase = o.Enum("phase", JsonNames.Phases) ?? InterviewPhase.During,
                    AllowFuture = o.Boolean("allowFuture") ?? false,
                    TextConflicts = o.Enum("textConflicts", JsonNames.TextConflicts) ?? TextConflictResolution.Report,
                    Cues = ReadFactCues(o, builder),
                };
                o.Finish();
                builder.AddFact(f);
                builder.SetOrigin(f, p);
            }
        }
    }

    /// <summary>Signals with their weights, texts, advice and sources.</summary>
    private static void ReadSignals(JsonObjectReader r, SignalSetBuilder builder, List<SignalSetError> errors, SignalSet? baseSet, SignalSetLimits limits)
    {
        foreach (var (e, p) in r.Array("signals"))
        {
            if (JsonObjectReader.Open(e, p, errors, "a signal") is { } o)
            {
                var weights = ReadWeights(o, errors, out var weightsPath);
                string? present = null, absent = null;
                if (o.Get("texts") is { } texts && JsonObjectReader.Open(texts, o.PathOf("texts"), errors, "texts") is { } t)
                {
                    present = t.String("present");
                    absent = t.String("absent");
                    t.Finish();
                }

                var s = new SignalDefinition
                {
                    Id = o.String("id") ?? string.Empty,
                    Title = o.String("title") ?? string.Empty,
                    Description = o.String("description") ?? string.Empty,
                    Category = o.String("category") ?? string.Empty,
                    Weights = weights ?? new SignalWeights(0, 0),
                    Driver = o.Enum("driver", JsonNames.Drivers, true) ?? SignalDriver.Interviewer,
                    Phase = o.Enum("phase", JsonNames.Phases, true) ?? InterviewPhase.During,
                    Actionable = o.Boolean("actionable") ?? false,
                    Question = o.String("question"),
                    Prevalence = o.Number("prevalence"),
                    PresentText = present,
                    AbsentText = absent,
                    Advice = ReadAdvice(o),
                    Cues = ReadCues(o, builder),
                    Evidence = o.Enum("evidence", JsonNames.Evidence) ?? EvidenceGrade.ArticleAdvice,
                    Sources = ReadSources(o, errors),
                };
                o.Finish();
                builder.AddSignal(s);
                builder.SetOrigin(s, p);
                builder.SetOrigin(s.Weights, weightsPath);
            }
        }
    }

    /// <summary>Rules that derive signals from facts, and modifiers that scale contributions.</summary>
    private static void ReadRulesAndModifiers(JsonObjectReader r, SignalSetBuilder builder, List<SignalSetError> errors, SignalSet? baseSet, SignalSetLimits limits)
    {
        foreach (var (e, p) in r.Array("rules"))
        {
            if (JsonObjectReader.Open(e, p, errors, "a rule") is { } o)
            {
                var whenElement = o.Get("when");
                var rule = new RuleDefinition
                {
                    Id = o.String("id") ?? string.Empty,
                    Signal = o.String("signal") ?? string.Empty,
                    State = o.Enum("state", JsonNames.RuleStates) ?? SignalState.Present,
                    When = (whenElement is null ? null : ReadCondition(whenElement.Value, o.PathOf("when"), errors, 1, limits) ?? InvalidCondition.Instance)!,
                    Description = o.String("description") ?? string.Empty,
                };
                o.Finish();
                builder.AddRule(rule);
                builder.SetOrigin(rule, p);
            }
        }

        foreach (var (e, p) in r.Array("modifiers"))
        {
            if (JsonObjectReader.Open(e, p, errors, "a modifier") is { } o)
            {
                var whenElement = o.Get("when");
                var m = new ModifierDefinition
                {
                    Id = o.String("id") ?? string.Empty,
                    Title = o.String("title") ?? string.Empty,
                    When = (whenElement is null ? null : ReadCondition(whenElement.Value, o.PathOf("when"), errors, 1, limits) ?? InvalidCondition.Instance)!,
                    Factor = o.Number("factor", true) ?? 1,
                    Signals = o.Strings("signals"),
                    Categories = o.Strings("categories"),
                    Direction = o.Enum("direction", JsonNames.Directions) ?? ModifierDirection.Both,
                    Caveat = o.String("caveat") ?? string.Empty,
                    Sources = ReadSources(o, errors),
                };
                o.Finish();
                builder.AddModifier(m);
                builder.SetOrigin(m, p);
            }
        }
    }

    /// <summary>What an extending set changes in its base (overrides, disabled signals) and notes.</summary>
    private static void ReadOverridesAndNotes(JsonObjectReader r, SignalSetBuilder builder, List<SignalSetError> errors, SignalSet? baseSet, SignalSetLimits limits)
    {
        foreach (var (e, p) in r.Array("overrides"))
        {
            if (JsonObjectReader.Open(e, p, errors, "an override") is { } o)
            {
                var signal = o.String("signal");
                var w = ReadWeights(o, errors, out var wp);
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

        foreach (var note in r.Strings("notes"))
        {
            builder.AddNote(note);
        }

        builder.WithCalibration(ReadCalibration(r, errors));
        if (ReadFit(r, errors, baseSet) is { } fit)
        {
            // Only a fit of the set's own: without one, the fit of the set it extends stays with the inherited weights.
            builder.WithFit(fit);
        }
    }

    /// <summary>Reads <c>"calibration"</c>: the fitted intercept and slope with where they came from.</summary>
    private static SetCalibration? ReadCalibration(JsonObjectReader r, List<SignalSetError> errors)
    {
        if (r.Get("calibration") is not { } e || JsonObjectReader.Open(e, "$.calibration", errors, "a calibration") is not { } c)
        {
            return null;
        }

        var calibration = new SetCalibration
        {
            Intercept = c.Number("intercept", true) ?? 0,
            Slope = c.Number("slope", true) ?? 0,
            Cases = (long)(c.Number("cases", true) ?? 0),
            Offers = (long)(c.Number("offers", true) ?? 0),
            Description = c.String("description", true) ?? string.Empty,
            Date = ReadDate(c, Messages.CalibrationDateInvalid),
            Before = ReadMetrics(c, "before", errors),
            After = ReadMetrics(c, "after", errors),
        };
        c.Finish();
        return calibration;
    }

    /// <summary>Held-out measures (<c>"before"</c>, <c>"after"</c>) of a calibration or a fit.</summary>
    private static CalibrationMetrics? ReadMetrics(JsonObjectReader c, string name, List<SignalSetError> errors)
    {
        if (c.Get(name) is not { } m || JsonObjectReader.Open(m, c.PathOf(name), errors, "held-out measures") is not { } o)
        {
            return null;
        }

        var metrics = new CalibrationMetrics(o.Number("auc"), o.Number("brier"), o.Number("logLoss"), o.Number("calibrationIntercept"), o.Number("calibrationSlope"));
        o.Finish();
        return metrics;
    }

    /// <summary>The required <c>"date"</c> of a calibration or a fit.</summary>
    private static System.DateTimeOffset ReadDate(JsonObjectReader c, System.Func<object?, string> invalid)
    {
        var dateText = c.String("date", true);
        var date = default(System.DateTimeOffset);
        if (dateText is not null && !System.DateTimeOffset.TryParse(dateText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out date))
        {
            c.Error(SignalSetErrorCodes.InvalidValue, c.PathOf("date"), invalid(dateText));
        }

        return date;
    }

    private static SignalWeights? ReadWeights(JsonObjectReader o, List<SignalSetError> errors, out string path)
    {
        path = o.PathOf("weights");
        var element = o.Get("weights", true);
        if (element is null || JsonObjectReader.Open(element.Value, path, errors, "weights") is not { } w)
        {
            return null;
        }

        var present = w.Weight("present");
        var absent = w.Weight("absent");
        w.Finish();
        return present is null || absent is null ? null : new SignalWeights(present.Value, absent.Value);
    }

    private static List<SourceQuote> ReadSources(JsonObjectReader o, List<SignalSetError> errors)
    {
        var list = new List<SourceQuote>();
        foreach (var (e, p) in o.Array("sources"))
        {
            if (JsonObjectReader.Open(e, p, errors, "a source") is { } s)
            {
                list.Add(new SourceQuote(s.String("document") ?? string.Empty, s.String("quote") ?? string.Empty));
                s.Finish();
            }
        }

        return list;
    }

    internal static Condition? ReadCondition(JsonElement e, string path, List<SignalSetError> errors, int depth, SignalSetLimits limits)
    {
        if (depth > limits.MaxConditionDepth)
        {
            errors.Add(new SignalSetError(SignalSetErrorCodes.LimitExceeded, path, Messages.ConditionsNestDeeperLimit(limits.MaxConditionDepth)));
            return null;
        }

        if (JsonObjectReader.Open(e, path, errors, "a condition") is not { } o)
        {
            return null;
        }

        Condition? result = null;
        if (o.Has("all") || o.Has("any"))
        {
            var isAll = o.Has("all");
            var name = isAll ? "all" : "any";
            var children = new List<Condition>();
            foreach (var (c, p) in o.Array(name))
            {
                var child = ReadCondition(c, p, errors, depth + 1, limits);
                if (child is not null)
                {
                    children.Add(child);
                }
            }

            result = isAll ? new AllCondition(children) : new AnyCondition(children);
        }
        else if (o.Get("not") is { } not)
        {
            var child = ReadCondition(not, o.PathOf("not"), errors, depth + 1, limits);
            result = child is null ? null : new NotCondition(child);
        }
        else if (o.Has("known"))
        {
            result = o.String("known", true) is { Length: > 0 } known ? new KnownCondition(known) : null;
        }
        else if (o.Get("ramp") is { } ramp)
        {
            if (JsonObjectReader.Open(ramp, o.PathOf("ramp"), errors, "a ramp") is { } rr)
            {
                var input = ReadOperand(rr, "input", errors);
                var from = ReadOperand(rr, "from", errors);
                var to = ReadOperand(rr, "to", errors);
                rr.Finish();
                result = input is null || from is null || to is null ? null : new RampCondition(input, from, to);
            }
        }
        else if (o.Has("op"))
        {
            var left = ReadOperand(o, "left", errors);
            var op = o.Enum("op", JsonNames.Operators, true);
            var right = ReadOperand(o, "right", errors);
            result = left is null || right is null || op is null ? null : new CompareCondition(left, op.Value, right);
        }
        else
        {
            o.Error(SignalSetErrorCodes.InvalidValue, path, Messages.ConditionNeedsAllAnyNotKnown());
            return null;
        }

        o.Finish();
        return result;
    }

    private static Operand? ReadOperand(JsonObjectReader parent, string name, List<SignalSetError> errors)
    {
        var path = parent.PathOf(name);
        var e = parent.Get(name, true);
        if (e is null)
        {
            return null;
        }

        var v = e.Value;
        switch (v.ValueKind)
        {
            case JsonValueKind.Number:
                return v.TryGetDouble(out var d) ? Operand.Constant(d) : null;
            case JsonValueKind.True:
            case JsonValueKind.False:
                return Operand.Constant(FactValue.FromBoolean(v.GetBoolean()));
            case JsonValueKind.String:
                return Operand.Constant(FactValue.FromChoice(v.GetString()!));
            case JsonValueKind.Object:
                var o = JsonObjectReader.Open(v, path, errors, "an operand")!;
                var add = o.Number("add") ?? 0;
                Operand? result;
                if (o.Has("fact"))
                {
                    var id = o.String("fact", true);
                    result = string.IsNullOrWhiteSpace(id) ? null : Operand.OfFact(id!, add);
                }
                else if (o.Has("daysSince"))
                {
                    var id = o.String("daysSince", true);
                    result = string.IsNullOrWhiteSpace(id) ? null : Operand.DaysSince(id!, add);
                }
                else
                {
                    o.Error(SignalSetErrorCodes.InvalidValue, path, Messages.OperandObjectNeedsFactDaysSince());
                    return null;
                }

                if (result is null)
                {
                    o.Error(SignalSetErrorCodes.InvalidValue, path, Messages.OperandNamesNoFact());
                }

                o.Finish();
                return result;
            default:
                errors.Add(new SignalSetError(SignalSetErrorCodes.InvalidValue, path, Messages.OperandNumberBooleanChoiceStringObject(JsonObjectReader.Describe(v))));
                return null;
        }
    }

    internal sealed class ParsedDocument
    {
        public ParsedDocument(string? source) => Source = source;

        public string? Source { get; }

        public JsonDocument? Json { get; set; }

        public JsonPositionMap? Map { get; set; }

        public string? Id { get; set; }

        public string? Extends { get; set; }

        public bool Readable { get; set; }

        public List<SignalSetError> Errors { get; } = new();

        public void Add(string code, string path, string message) => AddPositioned(new[] { new SignalSetError(code, path, message) });

        public void AddPositioned(IEnumerable<SignalSetError> errors)
        {
            foreach (var e in errors)
            {
                var pos = Map?.Find(e.Path);
                Errors.Add(e.WithPosition(pos?.Line, pos?.Column, Source));
            }
        }
    }

    /// <summary>Reads <c>"advice"</c>: a string (advice while the sign is absent or unknown) or an object with <c>present</c>, <c>absent</c> and <c>unknown</c>.</summary>
    private static SignalAdvice? ReadAdvice(JsonObjectReader o)
    {
        if (o.Get("advice") is not { } e)
        {
            return null;
        }

        if (e.ValueKind == System.Text.Json.JsonValueKind.String)
        {
            return SignalAdvice.WhenNotPresent(e.GetString()!);
        }

        if (JsonObjectReader.Open(e, o.PathOf("advice"), o.Errors, "advice (a string, or an object with present, absent and unknown)") is not { } a)
        {
            return null;
        }

        var advice = new SignalAdvice { Present = a.String("present"), Absent = a.String("absent"), Unknown = a.String("unknown") };
        a.Finish();
        return advice;
    }

    /// <summary>
    /// Reads <c>"cues"</c>: an object of language tag to a list of cues that the sign was there, or to an object with
    /// <c>present</c> and <c>absent</c> lists. Each list's JSON path is kept, so that a cue that does not compile is
    /// reported at its own line and column.
    /// </summary>
    private static Dictionary<string, SignalCues> ReadCues(JsonObjectReader o, SignalSetBuilder builder)
    {
        var cues = new Dictionary<string, SignalCues>(System.StringComparer.Ordinal);
        if (o.Get("cues") is not { } e || JsonObjectReader.Open(e, o.PathOf("cues"), o.Errors, "cues by language") is not { } byLanguage)
        {
            return cues;
        }

        foreach (var language in byLanguage.Names())
        {
            var path = byLanguage.PathOf(language);
            if (byLanguage.Get(language) is not { } value)
            {
                continue; // null: no cues in that language
            }

            if (value.ValueKind == System.Text.Json.JsonValueKind.Array)
            {
                var present = byLanguage.Strings(language);
                builder.SetOrigin(present, path);
                cues[language] = new SignalCues { Present = present };
            }
            else if (JsonObjectReader.Open(value, path, o.Errors, "cues (a list, or an object with present and absent)") is { } lists)
            {
                var present = lists.Strings("present");
                var absent = lists.Strings("absent");
                builder.SetOrigin(present, lists.PathOf("present"));
                builder.SetOrigin(absent, lists.PathOf("absent"));
                lists.Finish();
                cues[language] = new SignalCues { Present = present, Absent = absent };
            }
        }

        return cues;
    }

    /// <summary>
    /// Reads a fact's <c>"cues"</c>: an object of language tag to an object with <c>values</c> (value to a list of cues)
    /// and <c>patterns</c> (cues with a slot). Each list's path is kept for errors at their line and column.
    /// </summary>
    private static Dictionary<string, FactCues> ReadFactCues(JsonObjectReader o, SignalSetBuilder builder)
    {
        var cues = new Dictionary<string, FactCues>(System.StringComparer.Ordinal);
        if (o.Get("cues") is not { } e || JsonObjectReader.Open(e, o.PathOf("cues"), o.Errors, "cues by language") is not { } byLanguage)
        {
            return cues;
        }

        foreach (var language in byLanguage.Names())
        {
            if (byLanguage.Get(language) is not { } value
                || JsonObjectReader.Open(value, byLanguage.PathOf(language), o.Errors, "fact cues (an object with values and patterns)") is not { } lists)
            {
                continue;
            }

            var values = new Dictionary<string, IReadOnlyList<string>>(System.StringComparer.Ordinal);
            if (lists.Get("values") is { } v && JsonObjectReader.Open(v, lists.PathOf("values"), o.Errors, "cues by value") is { } byValue)
            {
                foreach (var name in byValue.Names())
                {
                    var list = byValue.Strings(name);
                    builder.SetOrigin(list, byValue.PathOf(name));
                    values[name] = list;
                }
            }

            var patterns = lists.Strings("patterns");
            builder.SetOrigin(patterns, lists.PathOf("patterns"));
            lists.Finish();
            cues[language] = new FactCues { Values = values, Patterns = patterns };
        }

        return cues;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Internal;

namespace InterviewSignals.Taxonomy;

/// <summary>The items of a set: facts, rules, modifiers, signals and the sources they cite.</summary>
internal static partial class SignalSetValidator
{
    private static void ValidateFact(ValidationContext v, FactDefinition f, string path)
    {
        v.Text(f.Title, path + ".title", TaxonomyMessages.FactNeedsTitle(f.Id));
        v.Length(f.Question, path + ".question");
        if (f.Kind == FactKind.Choice)
        {
            if (f.Choices is null || f.Choices.Count < 2)
            {
                v.Error(SignalSetErrorCodes.InvalidValue, path + ".choices", TaxonomyMessages.ChoiceFactDeclareLeastTwoChoices(f.Id));
            }
            else if (f.Choices.Distinct(StringComparer.Ordinal).Count() != f.Choices.Count)
            {
                v.Error(SignalSetErrorCodes.DuplicateId, path + ".choices", TaxonomyMessages.ChoiceFactDeclaresChoiceTwice(f.Id));
            }
        }
        else if (f.Choices is { Count: > 0 })
        {
            v.Error(SignalSetErrorCodes.InvalidValue, path + ".choices", TaxonomyMessages.FactOnlyChoiceFactsDeclareChoices(f.Id, Kind(f.Kind)));
        }

        if ((f.Minimum is not null || f.Maximum is not null) && f.Kind != FactKind.Number)
        {
            v.Error(SignalSetErrorCodes.InvalidValue, path + ".minimum", TaxonomyMessages.FactOnlyNumberFactsBounds(f.Id, Kind(f.Kind)));
        }

        if (f.Minimum is double min && f.Maximum is double max && min > max)
        {
            v.Error(SignalSetErrorCodes.InvalidValue, path + ".maximum", TaxonomyMessages.FactMinimumAboveMaximum(f.Id, Num(min), Num(max)));
        }

        ValidateFactCues(v, f, path);
    }

    private static void ValidateRule(ValidationContext v, RuleDefinition r, string path, HashSet<string> signals, Dictionary<string, FactDefinition> facts)
    {
        if (r.Signal is not { Length: > 0 })
        {
            v.Error(SignalSetErrorCodes.MissingProperty, path + ".signal", TaxonomyMessages.RuleNeedsSignalSets(r.Id));
        }
        else if (!signals.Contains(r.Signal))
        {
            v.Error(SignalSetErrorCodes.UnknownReference, path + ".signal", TaxonomyMessages.RuleSetsSignalSetDoesNot(r.Id, r.Signal) + Suggestions.DidYouMean(r.Signal, signals));
        }

        if (r.State == SignalState.Unknown)
        {
            v.Error(SignalSetErrorCodes.InvalidValue, path + ".state", TaxonomyMessages.RuleSetStatePresentAbsent(r.Id));
        }

        v.Length(r.Description, path + ".description");
        ValidateCondition(v, r.When, path + ".when", facts, 1);
    }

    private static void ValidateModifier(ValidationContext v, ModifierDefinition m, string path, HashSet<string> signals, HashSet<string> categories, HashSet<string> documents, Dictionary<string, FactDefinition> facts)
    {
        v.Text(m.Title, path + ".title", TaxonomyMessages.ModifierNeedsTitle(m.Id));
        v.Text(m.Caveat, path + ".caveat", TaxonomyMessages.ModifierNeedsCaveat(m.Id));
        if (double.IsNaN(m.Factor) || m.Factor < 0 || m.Factor > 3)
        {
            v.Error(SignalSetErrorCodes.InvalidValue, path + ".factor", TaxonomyMessages.ModifierFactorFactorBetween(m.Id, Num(m.Factor)));
        }

        var targets = (m.Signals?.Count ?? 0) + (m.Categories?.Count ?? 0);
        if (targets == 0)
        {
            v.Error(SignalSetErrorCodes.MissingProperty, path + ".signals", TaxonomyMessages.ModifierNameLeastSignalCategory(m.Id));
        }

        var i = 0;
        foreach (var target in m.Signals ?? Array.Empty<string>())
        {
            if (!signals.Contains(target ?? string.Empty))
            {
                v.Error(SignalSetErrorCodes.UnknownReference, $"{path}.signals[{i}]", TaxonomyMessages.ModifierNamesSignalSetDoesNot(m.Id, target) + Suggestions.DidYouMean(target ?? string.Empty, signals));
            }

            i++;
        }

        i = 0;
        foreach (var target in m.Categories ?? Array.Empty<string>())
        {
            if (!categories.Contains(target ?? string.Empty))
            {
                v.Error(SignalSetErrorCodes.UnknownReference, $"{path}.categories[{i}]", TaxonomyMessages.ModifierNamesCategorySetDoesNot(m.Id, target) + Suggestions.DidYouMean(target ?? string.Empty, categories));
            }

            i++;
        }

        ValidateSources(v, m.Sources, path + ".sources", documents);
        ValidateCondition(v, m.When, path + ".when", facts, 1);
    }

    private static void ValidateSignal(ValidationContext v, SignalDefinition x, string path, HashSet<string> categories, HashSet<string> documents)
    {
        v.Text(x.Title, path + ".title", TaxonomyMessages.SignalNeedsTitle(x.Id));
        v.Length(x.Description, path + ".description");
        v.Length(x.Question, path + ".question");
        ValidateCues(v, x, path);
        if (x.Prevalence is { } prevalence && !(prevalence > 0 && prevalence < 1))
        {
            v.Error(SignalSetErrorCodes.InvalidValue, path + ".prevalence", TaxonomyMessages.PrevalenceOutOfRange(x.Id, Num(prevalence)));
        }

        if (x.Advice is not null)
        {
            v.Length(x.Advice.Present, path + ".advice.present");
            v.Length(x.Advice.Absent, path + ".advice.absent");
            v.Length(x.Advice.Unknown, path + ".advice.unknown");
            if (x.Advice.Present is null && x.Advice.Absent is null && x.Advice.Unknown is null)
            {
                v.Error(SignalSetErrorCodes.MissingText, path + ".advice", TaxonomyMessages.SignalDeclaresAdviceNoStateGive(x.Id));
            }
        }
        if (x.Category is not { Length: > 0 })
        {
            v.Error(SignalSetErrorCodes.MissingProperty, path + ".category", TaxonomyMessages.SignalNeedsCategory(x.Id));
        }
        else if (!categories.Contains(x.Category))
        {
            v.Error(SignalSetErrorCodes.UnknownReference, path + ".category", TaxonomyMessages.SignalCategorySetDoesNotDeclare(x.Id, x.Category) + Suggestions.DidYouMean(x.Category, categories));
        }

        var weightsPath = v.PathOf(x.Weights) ?? path + ".weights";
        if (x.Weights is null)
        {
            v.Error(SignalSetErrorCodes.MissingProperty, weightsPath, TaxonomyMessages.SignalNeedsWeights(x.Id));
            return;
        }

        Weight(v, x.Id, "present", x.Weights.Present, weightsPath + ".present");
        Weight(v, x.Id, "absent", x.Weights.Absent, weightsPath + ".absent");
        if (x.Weights.Present != 0)
        {
            v.Text(x.PresentText, path + ".texts.present", TaxonomyMessages.SignalNeedsPresentText(x.Id));
        }

        if (x.Weights.Absent != 0)
        {
            v.Text(x.AbsentText, path + ".texts.absent", TaxonomyMessages.SignalNeedsAbsentText(x.Id));
        }

        ValidateSources(v, x.Sources, path + ".sources", documents);
    }

    private static void Weight(ValidationContext v, string id, string state, double w, string path)
    {
        if (double.IsNaN(w) || double.IsInfinity(w) || Math.Abs(w) > SignalSet.MaxWeight)
        {
            v.Error(SignalSetErrorCodes.InvalidWeight, path, TaxonomyMessages.SignalWeightWeightFiniteNumberBetween(id, state, Num(w), Num(SignalSet.MaxWeight), Num(SignalSet.MaxWeight)));
        }
    }

    private static void ValidateSources(ValidationContext v, IReadOnlyList<SourceQuote>? sources, string path, HashSet<string> documents)
    {
        var i = 0;
        foreach (var q in sources ?? Array.Empty<SourceQuote>())
        {
            var p = $"{path}[{i++}]";
            if (q is null)
            {
                v.Error(SignalSetErrorCodes.InvalidValue, p, TaxonomyMessages.SourceObjectDocumentQuote());
                continue;
            }

            if (q.Document is not { Length: > 0 })
            {
                v.Error(SignalSetErrorCodes.MissingProperty, p + ".document", TaxonomyMessages.SourceNeedsIdDocumentQuotes());
            }
            else if (!documents.Contains(q.Document))
            {
                v.Error(SignalSetErrorCodes.UnknownReference, p + ".document", TaxonomyMessages.SourceCitesDocumentSetDoesNot(q.Document) + Suggestions.DidYouMean(q.Document ?? string.Empty, documents));
            }

            v.Text(q.Quote, p + ".quote", TaxonomyMessages.SourceNeedsQuote());
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using InterviewSignals.Internal;

namespace InterviewSignals.Taxonomy;

/// <summary>Conditions and their operands: every fact they read is declared, of a kind they can compare, within the depth limit.</summary>
internal static partial class SignalSetValidator
{
    private static void ValidateCondition(ValidationContext v, Condition? c, string path, Dictionary<string, FactDefinition> facts, int depth)
    {
        if (c is null)
        {
            v.Error(SignalSetErrorCodes.MissingProperty, path, TaxonomyMessages.ConditionRequiredHereWhen());
            return;
        }

        if (c is InvalidCondition)
        {
            return;
        }

        if (depth > v.Limits.MaxConditionDepth)
        {
            v.Error(SignalSetErrorCodes.LimitExceeded, path, TaxonomyMessages.ConditionsNestDeeperLimit(v.Limits.MaxConditionDepth));
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
                        v.Error(SignalSetErrorCodes.InvalidValue, path, TaxonomyMessages.ComparisonNeedsOperandsSameKindCompares(Kind(left.Value), Kind(right.Value)));
                    }
                    else if (!numeric && cmp.Operator is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual))
                    {
                        v.Error(SignalSetErrorCodes.InvalidValue, path + ".op", TaxonomyMessages.CanOnlyComparedEqNe(Kind(left.Value)));
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
                        v.Error(SignalSetErrorCodes.InvalidValue, $"{path}.ramp.{name}", TaxonomyMessages.RampNeedsNumbers(name, Kind(k.Value)));
                    }
                }

                if (r.From is { Kind: Taxonomy.OperandKind.Constant, Value.Kind: FactKind.Number }
                    && r.To is { Kind: Taxonomy.OperandKind.Constant, Value.Kind: FactKind.Number }
                    && r.From.Value.Number > r.To.Value.Number)
                {
                    v.Error(SignalSetErrorCodes.ReversedRamp, path + ".ramp", TaxonomyMessages.RampStartsEndsFromNotAbove(Num(r.From.Value.Number), Num(r.To.Value.Number)));
                }
                else if (r.From is not null && r.To is not null
                    && r.From.Kind == r.To.Kind && r.From.Kind != Taxonomy.OperandKind.Constant
                    && string.Equals(r.From.Fact, r.To.Fact, StringComparison.Ordinal) && r.From.Add > r.To.Add)
                {
                    v.Error(SignalSetErrorCodes.ReversedRamp, path + ".ramp", TaxonomyMessages.RampStartsPastEndsPastFrom(Num(r.From.Add), r.From.Fact, Num(r.To.Add)));
                }

                break;
        }
    }

    private static void Children(ValidationContext v, IReadOnlyList<Condition>? children, string path, Dictionary<string, FactDefinition> facts, int depth)
    {
        if (children is null || children.Count == 0)
        {
            v.Error(SignalSetErrorCodes.InvalidValue, path, TaxonomyMessages.AllAnyNeedLeastCondition());
            return;
        }

        for (var i = 0; i < children.Count; i++)
        {
            ValidateCondition(v, children[i], $"{path}[{i}]", facts, depth + 1);
        }
    }

    private static void ChoiceLiteral(ValidationContext v, Operand? factSide, Operand? literal, string path, Dictionary<string, FactDefinition> facts)
    {
        if (factSide is { Kind: Taxonomy.OperandKind.Fact } && literal is { Kind: Taxonomy.OperandKind.Constant, Value.Kind: FactKind.Choice }
            && facts.TryGetValue(factSide.Fact!, out var f) && !f.Choices.Contains(literal.Value.Choice, StringComparer.Ordinal))
        {
            v.Error(SignalSetErrorCodes.UnknownReference, path, Messages.NotChoiceFactExpected(literal.Value.Choice, f.Id, string.Join(", ", f.Choices)));
        }
    }

    private static FactKind? OperandKind(ValidationContext v, Operand? o, string path, Dictionary<string, FactDefinition> facts)
    {
        if (o is null)
        {
            v.Error(SignalSetErrorCodes.MissingProperty, path, TaxonomyMessages.OperandRequiredHere());
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
                    v.Error(SignalSetErrorCodes.InvalidValue, path + ".add", TaxonomyMessages.AddAppliesNumbersFact(f.Id, Kind(f.Kind)));
                }

                return f?.Kind;
            default:
                var d = FactRef(v, o.Fact, path + ".daysSince", facts);
                if (d is not null && d.Kind != FactKind.Date)
                {
                    v.Error(SignalSetErrorCodes.InvalidValue, path + ".daysSince", TaxonomyMessages.DaysSinceNeedsDateFact(d.Id, Kind(d.Kind)));
                    return null;
                }

                return d is null ? null : FactKind.Number;
        }
    }

    private static FactDefinition? FactRef(ValidationContext v, string? id, string path, Dictionary<string, FactDefinition> facts)
    {
        if (id is not null && facts.TryGetValue(id, out var f))
        {
            return f;
        }

        v.Error(SignalSetErrorCodes.UnknownReference, path, TaxonomyMessages.ConditionReadsFactSetDoesNot(id) + Suggestions.DidYouMean(id ?? string.Empty, facts.Keys));
        return null;
    }
}

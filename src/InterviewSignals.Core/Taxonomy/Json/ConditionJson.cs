using System;
using System.Collections.Generic;
using System.Text.Json;

namespace InterviewSignals.Taxonomy;

/// <summary>Conditions and their operands, read and written side by side: <c>all</c>, <c>any</c>, <c>not</c>, <c>known</c>, comparisons and ramps.</summary>
internal static class ConditionJson
{
    public static Condition? Read(JsonElement e, string path, List<InputError> errors, int depth, SignalSetLimits limits)
    {
        if (depth > limits.MaxConditionDepth)
        {
            errors.Add(new InputError(SignalSetErrorCodes.LimitExceeded, path, TaxonomyMessages.ConditionsNestDeeperLimit(limits.MaxConditionDepth)));
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
                var child = ConditionJson.Read(c, p, errors, depth + 1, limits);
                if (child is not null)
                {
                    children.Add(child);
                }
            }

            result = isAll ? new AllCondition(children) : new AnyCondition(children);
        }
        else if (o.Get("not") is { } not)
        {
            var child = ConditionJson.Read(not, o.PathOf("not"), errors, depth + 1, limits);
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
                var input = ConditionJson.ReadOperand(rr, "input", errors);
                var from = ConditionJson.ReadOperand(rr, "from", errors);
                var to = ConditionJson.ReadOperand(rr, "to", errors);
                rr.Finish();
                result = input is null || from is null || to is null ? null : new RampCondition(input, from, to);
            }
        }
        else if (o.Has("op"))
        {
            var left = ConditionJson.ReadOperand(o, "left", errors);
            var op = o.Enum("op", JsonNames.Operators, true);
            var right = ConditionJson.ReadOperand(o, "right", errors);
            result = left is null || right is null || op is null ? null : new CompareCondition(left, op.Value, right);
        }
        else
        {
            o.Error(SignalSetErrorCodes.InvalidValue, path, TaxonomyMessages.ConditionNeedsAllAnyNotKnown());
            return null;
        }

        o.Finish();
        return result;
    }

    public static void Write(Utf8JsonWriter w, Condition c)
    {
        w.WriteStartObject();
        switch (c)
        {
            case AllCondition a:
                w.WriteStartArray("all");
                foreach (var x in a.Conditions)
                {
                    ConditionJson.Write(w, x);
                }

                w.WriteEndArray();
                break;
            case AnyCondition a:
                w.WriteStartArray("any");
                foreach (var x in a.Conditions)
                {
                    ConditionJson.Write(w, x);
                }

                w.WriteEndArray();
                break;
            case NotCondition n:
                w.WritePropertyName("not");
                ConditionJson.Write(w, n.Condition);
                break;
            case KnownCondition k:
                w.WriteString("known", k.Fact);
                break;
            case CompareCondition cmp:
                w.WritePropertyName("left");
                ConditionJson.WriteOperand(w, cmp.Left);
                w.WriteString("op", JsonNames.Name(JsonNames.Operators, cmp.Operator));
                w.WritePropertyName("right");
                ConditionJson.WriteOperand(w, cmp.Right);
                break;
            case RampCondition r:
                w.WriteStartObject("ramp");
                w.WritePropertyName("input");
                ConditionJson.WriteOperand(w, r.Input);
                w.WritePropertyName("from");
                ConditionJson.WriteOperand(w, r.From);
                w.WritePropertyName("to");
                ConditionJson.WriteOperand(w, r.To);
                w.WriteEndObject();
                break;
            default:
                throw new NotSupportedException(TaxonomyMessages.UnknownConditionType(c.GetType().Name));
        }

        w.WriteEndObject();
    }

    private static Operand? ReadOperand(JsonObjectReader parent, string name, List<InputError> errors)
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
                    o.Error(SignalSetErrorCodes.InvalidValue, path, TaxonomyMessages.OperandObjectNeedsFactDaysSince());
                    return null;
                }

                if (result is null)
                {
                    o.Error(SignalSetErrorCodes.InvalidValue, path, TaxonomyMessages.OperandNamesNoFact());
                }

                o.Finish();
                return result;
            default:
                errors.Add(new InputError(SignalSetErrorCodes.InvalidValue, path, TaxonomyMessages.OperandNumberBooleanChoiceStringObject(JsonObjectReader.Describe(v))));
                return null;
        }
    }

    private static void WriteOperand(Utf8JsonWriter w, Operand o)
    {
        switch (o.Kind)
        {
            case OperandKind.Constant:
                switch (o.Value.Kind)
                {
                    case FactKind.Number:
                        w.WriteNumberValue(o.Value.Number);
                        break;
                    case FactKind.Boolean:
                        w.WriteBooleanValue(o.Value.Boolean);
                        break;
                    default:
                        w.WriteStringValue(o.Value.ToString());
                        break;
                }

                break;
            default:
                w.WriteStartObject();
                w.WriteString(o.Kind == OperandKind.Fact ? "fact" : "daysSince", o.Fact);
                if (o.Add != 0)
                {
                    w.WriteNumber("add", o.Add);
                }

                w.WriteEndObject();
                break;
        }
    }
}

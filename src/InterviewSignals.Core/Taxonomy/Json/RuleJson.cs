using System.Collections.Generic;
using System.Text.Json;

namespace InterviewSignals.Taxonomy;

/// <summary>Rules that derive a signal from facts (<c>"rules"</c>), read and written side by side.</summary>
internal static class RuleJson
{
    public static void Read(JsonObjectReader r, SignalSetBuilder builder, List<InputError> errors, SignalSetLimits limits)
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
                    When = (whenElement is null ? null : ConditionJson.Read(whenElement.Value, o.PathOf("when"), errors, 1, limits) ?? InvalidCondition.Instance)!,
                    Description = o.String("description") ?? string.Empty,
                };
                o.Finish();
                builder.AddRule(rule);
                builder.SetOrigin(rule, p);
            }
        }
    }

    public static void Write(Utf8JsonWriter w, IEnumerable<RuleDefinition> rules)
    {
        w.WriteStartArray("rules");
        foreach (var r in rules)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("signal", r.Signal);
            w.WriteString("state", JsonNames.Name(JsonNames.States, r.State));
            w.WritePropertyName("when");
            ConditionJson.Write(w, r.When);
            JsonWriting.Optional(w, "description", r.Description);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}

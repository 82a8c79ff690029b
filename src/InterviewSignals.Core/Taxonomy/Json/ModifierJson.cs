using System.Collections.Generic;
using System.Text.Json;

namespace InterviewSignals.Taxonomy;

/// <summary>Modifiers that scale contributions while their condition holds (<c>"modifiers"</c>), read and written side by side.</summary>
internal static class ModifierJson
{
    public static void Read(JsonObjectReader r, SignalSetBuilder builder, List<InputError> errors, SignalSetLimits limits)
    {
        foreach (var (e, p) in r.Array("modifiers"))
        {
            if (JsonObjectReader.Open(e, p, errors, "a modifier") is { } o)
            {
                var whenElement = o.Get("when");
                var m = new ModifierDefinition
                {
                    Id = o.String("id") ?? string.Empty,
                    Title = o.String("title") ?? string.Empty,
                    When = (whenElement is null ? null : ConditionJson.Read(whenElement.Value, o.PathOf("when"), errors, 1, limits) ?? InvalidCondition.Instance)!,
                    Factor = o.Number("factor", true) ?? 1,
                    Signals = o.Strings("signals"),
                    Categories = o.Strings("categories"),
                    Direction = o.Enum("direction", JsonNames.Directions) ?? ModifierDirection.Both,
                    Caveat = o.String("caveat") ?? string.Empty,
                    Sources = SourceJson.Read(o, errors),
                };
                o.Finish();
                builder.AddModifier(m);
                builder.SetOrigin(m, p);
            }
        }
    }

    public static void Write(Utf8JsonWriter w, IEnumerable<ModifierDefinition> modifiers)
    {
        w.WriteStartArray("modifiers");
        foreach (var m in modifiers)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            w.WriteString("title", m.Title);
            w.WritePropertyName("when");
            ConditionJson.Write(w, m.When);
            w.WriteNumber("factor", m.Factor);
            JsonWriting.Strings(w, "signals", m.Signals);
            JsonWriting.Strings(w, "categories", m.Categories);
            w.WriteString("direction", JsonNames.Name(JsonNames.Directions, m.Direction));
            w.WriteString("caveat", m.Caveat);
            SourceJson.Write(w, m.Sources);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}

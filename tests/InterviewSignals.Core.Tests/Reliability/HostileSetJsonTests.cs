using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using InterviewSignals.BuiltIn;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Tests.Reliability;

/// <summary>Corrupted and random signal-set JSON only ever raises the documented load error.</summary>
public class HostileSetJsonTests
{
    private static readonly string[] Originals = BuiltInSignalSets.Ids.Select(id => SignalSetJson.ToJson(BuiltInSignalSets.Find(id)!)).ToArray();

    private const string Noise = "{}[]\",:-0e\\u";

    private static readonly string[] Palette =
    {
        "null", "0", "-0", "1e308", "-1e308", "1e-320", "3.5", "\"NaN\"", "\"Infinity\"", "\"\"", "\"x\"", "true", "false", "[]", "{}",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "{\"all\": []}", "{\"not\": {\"not\": {\"known\": \"zz\"}}}",
        "{\"ramp\": {\"input\": 1, \"from\": 2, \"to\": 1}}", "\"" + new string('w', 5000) + "\"", "[{\"id\": \"a\"}, {\"id\": \"a\"}]",
    };

    /// <summary>The codes <see cref="SignalSetErrorCodes"/> declares, each of which the format page documents (checked below).</summary>
    private static readonly HashSet<string> DeclaredCodes = typeof(SignalSetErrorCodes).GetFields()
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

    /// <summary>Each document either loads, or fails with declared codes only; the non-throwing path says the same without throwing.</summary>
    private static void LoadsOrFailsCleanly(string json)
    {
        var parsed = SignalSetJson.TryParse(json, out var set, out var errors);
        try
        {
            SignalSetJson.Parse(json);
            Assert.True(parsed);
            Assert.NotNull(set);
        }
        catch (SignalSetException ex)
        {
            Assert.False(parsed);
            Assert.NotEmpty(ex.Errors);
            Assert.Equal(ex.Errors, errors);
            Assert.All(ex.Errors, e => Assert.Contains(e.Code, DeclaredCodes));
        }
    }

    [Fact]
    public void Every_declared_code_is_documented_in_the_format_page()
    {
        var page = File.ReadAllText(Path.Combine(TestSupport.Seeds.RepositoryRoot(), "docs", "signal-set-format.md"));
        Assert.True(DeclaredCodes.Count >= 15);
        Assert.All(DeclaredCodes, c => Assert.Contains($"| `{c}` |", page, StringComparison.Ordinal));
    }

    [Fact]
    public void Byte_level_corruption_only_raises_the_documented_error()
    {
        Gen.Select(Gen.Int[0, Originals.Length - 1], Gen.Int[1, 8], Gen.Int[0, int.MaxValue]).Sample(
            t =>
            {
                var (which, edits, seed) = t;
                var random = new Random(seed);
                var text = new StringBuilder(Originals[which]);
                for (var e = 0; e < edits; e++)
                {
                    var at = random.Next(text.Length);
                    switch (random.Next(4))
                    {
                        case 0: text.Remove(at, Math.Min(text.Length - at, random.Next(1, 40))); break;
                        case 1: text.Insert(at, Noise[random.Next(Noise.Length)]); break;
                        case 2: text[at] = (char)random.Next(32, 127); break;
                        default: text.Insert(at, Originals[which].AsSpan(random.Next(Originals[which].Length / 2), random.Next(1, 200))); break;
                    }
                }

                LoadsOrFailsCleanly(text.ToString());
            },
            iter: 300);
    }

    [Fact]
    public void Replacing_any_value_with_a_hostile_one_only_raises_the_documented_error()
    {
        Gen.Select(Gen.Int[0, Originals.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, Palette.Length - 1]).Sample(
            t =>
            {
                var (which, seed, pick) = t;
                var root = JsonNode.Parse(Originals[which])!;
                var nodes = new List<JsonNode>();
                Collect(root, nodes);
                var target = nodes[new Random(seed).Next(nodes.Count)];
                var replacement = JsonNode.Parse(Palette[pick], documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 128 });
                switch (target.Parent)
                {
                    case JsonObject o:
                        o[target.GetPropertyName()] = replacement;
                        break;
                    case JsonArray a:
                        a[target.GetElementIndex()] = replacement;
                        break;
                    default:
                        return;
                }

                LoadsOrFailsCleanly(root.ToJsonString());
            },
            iter: 400);
    }

    [Fact]
    public void Removing_any_property_only_raises_the_documented_error()
    {
        Gen.Select(Gen.Int[0, Originals.Length - 1], Gen.Int[0, int.MaxValue]).Sample(
            t =>
            {
                var root = JsonNode.Parse(Originals[t.Item1])!;
                var nodes = new List<JsonNode>();
                Collect(root, nodes);
                var target = nodes[new Random(t.Item2).Next(nodes.Count)];
                if (target.Parent is JsonObject o)
                {
                    o.Remove(target.GetPropertyName());
                }
                else if (target.Parent is JsonArray a)
                {
                    a.RemoveAt(target.GetElementIndex());
                }

                LoadsOrFailsCleanly(root.ToJsonString());
            },
            iter: 300);
    }

    [Fact]
    public void Random_text_only_raises_the_documented_error()
        => Gen.String.Sample(LoadsOrFailsCleanly, iter: 300);

    private static void Collect(JsonNode node, List<JsonNode> into)
    {
        into.Add(node);
        if (node is JsonObject o)
        {
            foreach (var p in o)
            {
                if (p.Value is not null)
                {
                    Collect(p.Value, into);
                }
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var x in a)
            {
                if (x is not null)
                {
                    Collect(x, into);
                }
            }
        }
    }
}

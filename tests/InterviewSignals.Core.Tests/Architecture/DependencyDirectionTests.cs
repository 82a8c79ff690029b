using InterviewSignals.Taxonomy;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace InterviewSignals.Tests.Architecture;

/// <summary>
/// Dependencies point inward. The model (signal sets, observations) at the centre; what uses it
/// (evaluation, explanations, questionnaires, texts) around it; JSON, built-in resources and hosting at the edge.
/// Read from the compiled library, method bodies included, so that a fully qualified call cannot slip past.
/// </summary>
public class DependencyDirectionTests
{
    private static readonly Dictionary<string, int> Layers = new(StringComparer.Ordinal)
    {
        ["InterviewSignals.Internal"] = 0,
        ["InterviewSignals.Taxonomy"] = 1,
        ["InterviewSignals.Observations"] = 1,
        ["InterviewSignals.Cues"] = 1,
        ["InterviewSignals.Matching"] = 2,
        ["InterviewSignals.Compilation"] = 2,
        ["InterviewSignals.Evaluation"] = 3,
        ["InterviewSignals.Explanations"] = 3,
        ["InterviewSignals.Questionnaires"] = 3,
        ["InterviewSignals.Texts"] = 3,
        ["InterviewSignals.Reading"] = 3,
        ["InterviewSignals.Outcomes"] = 3,
        ["InterviewSignals.Timelines"] = 3,
        ["InterviewSignals.Serialization"] = 4,
        ["InterviewSignals.BuiltIn"] = 4,
        ["InterviewSignals.Hosting"] = 4,
        ["Microsoft.Extensions.DependencyInjection"] = 4,
    };

    private static readonly Lazy<Dictionary<string, HashSet<string>>> Graph = new(Build);

    [Fact]
    public void Every_namespace_of_the_library_has_a_layer()
    {
        Assert.DoesNotContain(Graph.Value.Keys, n => !Layers.ContainsKey(n));
    }

    [Fact]
    public void No_namespace_depends_on_one_further_out()
    {
        var outward = Graph.Value
            .SelectMany(p => p.Value.Where(to => Layers.TryGetValue(to, out var l) && l > Layers.GetValueOrDefault(p.Key, int.MaxValue)).Select(to => $"{p.Key} -> {to}"))
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToList();
        Assert.Empty(outward);
    }

    [Fact]
    public void Namespaces_do_not_depend_on_each_other_in_a_cycle()
    {
        var cycles = new List<string>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new Stack<string>();
        void Visit(string n)
        {
            state[n] = 1;
            path.Push(n);
            foreach (var to in Graph.Value.GetValueOrDefault(n, new HashSet<string>()).Where(t => t != n))
            {
                if (state.GetValueOrDefault(to) == 1)
                {
                    cycles.Add(string.Join(" -> ", path.Reverse().SkipWhile(x => x != to).Append(to)));
                }
                else if (state.GetValueOrDefault(to) == 0)
                {
                    Visit(to);
                }
            }

            path.Pop();
            state[n] = 2;
        }

        foreach (var n in Graph.Value.Keys.OrderBy(k => k, StringComparer.Ordinal).Where(k => state.GetValueOrDefault(k) == 0))
        {
            Visit(n);
        }

        Assert.Empty(cycles);
    }

    [Fact]
    public void No_source_file_names_a_namespace_further_out_in_a_using_a_cref_or_a_qualified_name()
    {
        // The compiled library keeps no trace of usings and doc comments; the source does.
        var outward = SourceReferences()
            .Where(r => Layers.TryGetValue(r.To, out var to) && Layers.TryGetValue(r.From, out var from) && to > from)
            .Select(r => $"{r.File}: {r.From} -> {r.To} ({r.How})")
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToList();
        Assert.Empty(outward);
    }

    [Fact]
    public void The_source_reader_sees_usings_crefs_and_qualified_names()
    {
        var refs = SourceReferences().ToList();
        Assert.Contains(refs, r => r.From == "InterviewSignals.BuiltIn" && r.To == "InterviewSignals.Serialization" && r.How == "using");
        Assert.Contains(refs, r => r.How == "cref");
        Assert.Contains(refs, r => r.How == "name");
        Assert.True(refs.Select(r => r.File).Distinct().Count() > 50);
    }

    [Fact]
    public void The_reader_sees_a_known_dependency_so_the_checks_above_are_not_vacuous()
    {
        Assert.Contains("InterviewSignals.Taxonomy", Graph.Value["InterviewSignals.Evaluation"]);
        Assert.Contains("InterviewSignals.Serialization", Graph.Value["InterviewSignals.BuiltIn"]);
        Assert.DoesNotContain("InterviewSignals.BuiltIn", Graph.Value["InterviewSignals.Serialization"]);
    }

    private static IEnumerable<(string File, string From, string To, string How)> SourceReferences()
    {
        var root = Path.Combine(TestSupport.Seeds.RepositoryRoot(), "src", "InterviewSignals.Core");
        var known = Layers.Keys.OrderByDescending(k => k.Length).ToArray();
        string? Namespace(string name) => known.FirstOrDefault(k => name == k || name.StartsWith(k + ".", StringComparison.Ordinal));
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            var declared = System.Text.RegularExpressions.Regex.Match(text, @"^namespace ([\w.]+);", System.Text.RegularExpressions.RegexOptions.Multiline);
            if (!declared.Success || Namespace(declared.Groups[1].Value) is not { } from)
            {
                continue;
            }

            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"^using ([\w.]+);", System.Text.RegularExpressions.RegexOptions.Multiline))
            {
                if (Namespace(m.Groups[1].Value) is { } to && to != from)
                {
                    yield return (relative, from, to, "using");
                }
            }

            // A name is written in full ("InterviewSignals.Reading.TextReading") or from the root namespace ("Reading.TextReading").
            string? Named(string name) => Namespace(name) ?? (name.Contains('.', StringComparison.Ordinal) ? Namespace("InterviewSignals." + name) : null);
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"cref=""(?:[A-Z]:)?([A-Z][\w.]*)"))
            {
                if (Named(m.Groups[1].Value) is { } to && to != from)
                {
                    yield return (relative, from, to, "cref");
                }
            }

            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"(?<![\w.""])((?:InterviewSignals\.)?[A-Z]\w*\.[A-Z]\w*(?:\.[A-Z]\w*)*)"))
            {
                if (Named(m.Groups[1].Value) is { } to && to != from)
                {
                    yield return (relative, from, to, "name");
                }
            }
        }
    }

    private static Dictionary<string, HashSet<string>> Build()
    {
        using var module = ModuleDefinition.ReadModule(typeof(SignalSet).Assembly.Location);
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in module.Types.Where(t => Owner(t) is not null))
        {
            var from = Owner(type)!;
            var set = graph.TryGetValue(from, out var s) ? s : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var to in References(type).Select(r => Owner(r)).OfType<string>())
            {
                set.Add(to);
            }
        }

        return graph;
    }

    /// <summary>The library namespace a type belongs to (nested and generic types by their outermost type), or null for other assemblies and compiler helpers.</summary>
    private static string? Owner(TypeReference? t)
    {
        while (t is not null)
        {
            switch (t)
            {
                case TypeSpecification spec:
                    t = spec.ElementType;
                    continue;
                case GenericParameter:
                    return null;
            }

            if (t.DeclaringType is not null)
            {
                t = t.DeclaringType;
                continue;
            }

            var ns = t.Namespace;
            var ours = t.Scope is ModuleDefinition || t.Resolve()?.Module.Assembly.Name.Name == typeof(SignalSet).Assembly.GetName().Name;
            return ours && (ns.StartsWith("InterviewSignals", StringComparison.Ordinal) || ns == "Microsoft.Extensions.DependencyInjection") ? ns : null;
        }

        return null;
    }

    private static IEnumerable<TypeReference> References(TypeDefinition type)
    {
        foreach (var nested in type.NestedTypes)
        {
            foreach (var r in References(nested))
            {
                yield return r;
            }
        }

        if (type.BaseType is not null)
        {
            yield return type.BaseType;
        }

        foreach (var i in type.Interfaces)
        {
            yield return i.InterfaceType;
        }

        foreach (var f in type.Fields)
        {
            yield return f.FieldType;
        }

        foreach (var p in type.Properties)
        {
            yield return p.PropertyType;
        }

        foreach (var m in type.Methods)
        {
            yield return m.ReturnType;
            foreach (var p in m.Parameters)
            {
                yield return p.ParameterType;
            }

            if (!m.HasBody)
            {
                continue;
            }

            foreach (var v in m.Body.Variables)
            {
                yield return v.VariableType;
            }

            foreach (var i in m.Body.Instructions)
            {
                foreach (var r in Operand(i))
                {
                    yield return r;
                }
            }
        }
    }

    private static IEnumerable<TypeReference> Operand(Instruction i)
    {
        switch (i.Operand)
        {
            case TypeReference t:
                yield return t;
                break;
            case MethodReference m:
                yield return m.DeclaringType;
                yield return m.ReturnType;
                if (m is GenericInstanceMethod g)
                {
                    foreach (var a in g.GenericArguments)
                    {
                        yield return a;
                    }
                }

                break;
            case FieldReference f:
                yield return f.DeclaringType;
                yield return f.FieldType;
                break;
        }
    }
}

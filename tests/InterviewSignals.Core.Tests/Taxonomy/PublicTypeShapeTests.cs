using System.Reflection;
using InterviewSignals.Evaluation;
using InterviewSignals.Explanations;
using InterviewSignals.Outcomes;
using InterviewSignals.Questionnaires;
using InterviewSignals.Reading;
using InterviewSignals.Taxonomy;
using InterviewSignals.Tests.TestSupport;
using InterviewSignals.Timelines;

namespace InterviewSignals.Tests.Taxonomy;

public class PublicTypeShapeTests
{
    private static readonly Type[] PublicTypes = typeof(SignalSet).Assembly.GetExportedTypes();

    [Fact]
    public void Public_classes_are_sealed_abstract_or_static()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName).ToList();
        Assert.Empty(open);
    }

    [Fact]
    public void Results_and_definitions_have_no_public_setters()
    {
        var mutable = PublicTypes
            .Where(t => t.IsClass && !t.Name.EndsWith("Builder", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => p.DeclaringType!.Name + "." + p.Name)
            .ToList();
        Assert.Empty(mutable);
    }

    /// <summary>What the engine hands back; every type reachable from these through public properties is a result too.</summary>
    private static readonly Type[] ResultRoots =
    {
        typeof(Assessment), typeof(ScoreResult), typeof(Explanation), typeof(ExplainedAssessment), typeof(TextReading),
        typeof(QuestionPlan), typeof(OutcomeReport), typeof(NudgeAdvice),
    };

    /// <summary>Results a host may put together itself, each for a reason that does not touch an invariant.</summary>
    private static readonly Type[] ConstructibleResults =
    {
        typeof(ExplainedAssessment), // a pair a host stores together
        typeof(InterviewSignals.Observations.TextEvidence), // a host may attach words of its own to an observation
        typeof(SignalSetReference), // a host may name a set it stored
    };

    [Fact]
    public void Results_have_get_only_properties_and_no_public_init()
    {
        var results = ResultTypes();
        var settable = results
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.DeclaringType!.Name + "." + p.Name)
            .ToList();

        Assert.Contains(typeof(Contribution), results);
        Assert.Contains(typeof(ProposedSignal), results);
        Assert.Contains(typeof(BandOutcome), results);
        Assert.Empty(settable);
    }

    [Fact]
    public void Results_are_built_by_the_library_only()
    {
        var constructible = ResultTypes()
            .Where(t => !t.IsValueType && !ConstructibleResults.Contains(t))
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length > 0)
            .Select(t => t.Name)
            .ToList();
        Assert.Empty(constructible);
    }

    [Fact]
    public void The_public_api_file_declares_no_init_on_a_result()
    {
        var names = ResultTypes().Select(t => t.FullName + ".").ToList();
        var lines = File.ReadAllLines(Path.Combine(Seeds.RepositoryRoot(), "src", "InterviewSignals.Core", "PublicAPI.Unshipped.txt"))
            .Concat(File.ReadAllLines(Path.Combine(Seeds.RepositoryRoot(), "src", "InterviewSignals.Core", "PublicAPI.Shipped.txt")));
        var inits = lines.Where(l => l.Contains(".init ->", StringComparison.Ordinal) && names.Any(n => l.StartsWith(n, StringComparison.Ordinal))).ToList();
        Assert.Empty(inits);
    }

    [Fact]
    public void The_walk_over_results_would_see_a_public_init()
    {
        // A type of the test's own with an init accessor is found by the same walk, so the checks above are not vacuous.
        Assert.Contains("Probe.Value", Reach(new[] { typeof(Probe) }).SelectMany(t => t.GetProperties()).Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.DeclaringType!.Name + "." + p.Name));
    }

    private static List<Type> ResultTypes() => Reach(ResultRoots).Where(t => t.Assembly == typeof(SignalSet).Assembly).ToList();

    private static List<Type> Reach(IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.Count > 0)
        {
            var t = queue.Dequeue();
            if (t.IsGenericType)
            {
                foreach (var a in t.GetGenericArguments())
                {
                    queue.Enqueue(a);
                }

                continue;
            }

            var own = t.Assembly == typeof(SignalSet).Assembly || t == typeof(Probe);
            if (!own || t.IsEnum || !seen.Add(t))
            {
                continue;
            }

            foreach (var p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                queue.Enqueue(p.PropertyType);
            }
        }

        return seen.ToList();
    }

    private sealed record Probe(int Value);
}

using System.Reflection;
using InterviewSignals.Taxonomy;

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
}

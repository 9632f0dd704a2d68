using System.Reflection;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Docs;

/// <summary>The test methods of this assembly, by `Class.Method` and by bare method name, for documents that cite them.</summary>
internal static class CitedTests
{
    private static readonly (string Class, string Method)[] Methods = [.. typeof(CitedTests).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => (t.Name, m.Name)))];

    public static readonly HashSet<string> Qualified = Methods.Select(m => $"{m.Class}.{m.Method}").ToHashSet(StringComparer.Ordinal);

    public static readonly HashSet<string> Bare = Methods.Select(m => m.Method).ToHashSet(StringComparer.Ordinal);

    public static string ReadDocument(string name) => File.ReadAllText(Path.Combine(Repository.Root, "docs", name));

    /// <summary>True when a citation names an existing test: `Class.Method` exactly, or a bare method name.</summary>
    public static bool Exists(string citation) =>
        citation.Contains('.', StringComparison.Ordinal) ? Qualified.Contains(citation) : Bare.Contains(citation);
}

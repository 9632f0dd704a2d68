using System.Reflection;
using System.Text.RegularExpressions;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Docs;

/// <summary>docs/SECURITY.md names the test that proves each rule; a renamed or deleted test must not leave a rule unproven.</summary>
public sealed partial class SecurityRulesDocumentTests
{
    [Fact]
    public void Every_test_named_in_the_security_rules_exists()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "docs", "SECURITY.md"));
        var tests = typeof(SecurityRulesDocumentTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => $"{t.Name}.{m.Name}"))
            .ToHashSet(StringComparer.Ordinal);

        var cited = TestName().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.True(cited.Count > 50, $"only {cited.Count} tests cited: is the document still written as `Class.Test_name`?");
        var missing = cited.Where(name => !tests.Contains(name)).ToList();
        Assert.True(missing.Count == 0, "docs/SECURITY.md cites tests that do not exist: " + string.Join(", ", missing));
    }

    [GeneratedRegex(@"`([A-Z]\w*Tests\.[A-Z]\w*)`")]
    private static partial Regex TestName();
}

using System.Text.RegularExpressions;

namespace FitFolio.Api.Tests.Docs;

/// <summary>docs/SECURITY.md names the test that proves each rule; a renamed or deleted test must not leave a rule unproven.</summary>
public sealed partial class SecurityRulesDocumentTests
{
    [Fact]
    public void Every_test_named_in_the_security_rules_exists()
    {
        var text = CitedTests.ReadDocument("SECURITY.md");

        var cited = TestName().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.True(cited.Count > 50, $"only {cited.Count} tests cited: is the document still written as `Class.Test_name`?");
        var missing = cited.Where(name => !CitedTests.Qualified.Contains(name)).ToList();
        Assert.True(missing.Count == 0, "docs/SECURITY.md cites tests that do not exist: " + string.Join(", ", missing));
    }

    [GeneratedRegex(@"`([A-Z]\w*Tests\.[A-Z]\w*)`")]
    private static partial Regex TestName();
}

using System.Text.RegularExpressions;

namespace FitFolio.Api.Tests.Docs;

/// <summary>docs/RUNBOOK.md marks steps [tested] by naming a test or drill; a renamed or deleted one must not leave a step unbacked.</summary>
public sealed partial class RunbookDocumentTests
{
    [Fact]
    public void Every_test_or_drill_the_runbook_names_exists()
    {
        var text = CitedTests.ReadDocument("RUNBOOK.md");

        var cited = TestName().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.True(cited.Count > 10, $"only {cited.Count} tests cited: are they still written as `Test_name` or `Class.Test_name`?");
        var missing = cited.Where(name => !CitedTests.Exists(name)).ToList();
        Assert.True(missing.Count == 0, "docs/RUNBOOK.md names tests that do not exist: " + string.Join(", ", missing));
    }

    // `Class.Test_name` or a bare `Test_name` with at least three underscores (sentences, not settings like `Auth:SignUp`).
    [GeneratedRegex(@"`((?:[A-Z]\w*Tests\.)?[A-Z][A-Za-z0-9]*(?:_[A-Za-z0-9]+){3,})`")]
    private static partial Regex TestName();
}

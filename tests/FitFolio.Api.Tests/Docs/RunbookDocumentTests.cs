using System.Text.RegularExpressions;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Docs;

/// <summary>
/// docs/RUNBOOK.md marks every section [tested], [CI image] or [not run], names the tests behind [tested], and gives commands
/// an operator types at 3 a.m.: a renamed test, make target, script, option or file must not leave a step that no longer works.
/// </summary>
public sealed partial class RunbookDocumentTests
{
    private static readonly string Runbook = CitedTests.ReadDocument("RUNBOOK.md");

    [Fact]
    public void Every_test_or_drill_the_runbook_names_exists()
    {
        var cited = TestName().Matches(Runbook).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.True(cited.Count > 10, $"only {cited.Count} tests cited: are they still written as `Test_name` or `Class.Test_name`?");
        var missing = cited.Where(name => !CitedTests.Exists(name)).ToList();
        Assert.True(missing.Count == 0, "docs/RUNBOOK.md names tests that do not exist: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_make_target_the_runbook_runs_is_in_the_makefile()
    {
        var targets = MakefileTarget().Matches(File.ReadAllText(Path.Combine(Repository.Root, "Makefile"))).Select(m => m.Groups[1].Value).ToHashSet();

        var used = MakeCommand().Matches(Runbook).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Contains("up", used);
        var missing = used.Where(target => !targets.Contains(target)).ToList();
        Assert.True(missing.Count == 0, "docs/RUNBOOK.md runs make targets the Makefile lacks: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_repository_file_the_runbook_names_exists()
    {
        // Made on the server by the runbook's own steps (cp of .env.example, deploy/init-secrets.sh), never committed.
        string[] madeByTheOperator = ["deploy/.env", "deploy/secrets"];

        var named = RepositoryPath().Matches(Runbook).Select(m => m.Groups[1].Value.TrimEnd('/')).Distinct().ToList();

        Assert.Contains("scripts/backup.sh", named);
        var missing = named
            .Where(path => !madeByTheOperator.Any(made => path == made || path.StartsWith(made + "/", StringComparison.Ordinal)))
            .Where(path => !File.Exists(Path.Combine(Repository.Root, path)) && !Directory.Exists(Path.Combine(Repository.Root, path)))
            .ToList();
        Assert.True(missing.Count == 0, "docs/RUNBOOK.md names files that do not exist: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_option_the_runbook_passes_to_a_script_is_one_the_script_reads()
    {
        var uses = ScriptWithOptions().Matches(Runbook)
            .SelectMany(m => m.Groups[2].Captures.Select(option => (Script: m.Groups[1].Value, Option: option.Value)))
            .Distinct()
            .ToList();

        Assert.Contains(("scripts/restore.sh", "--recreate"), uses);
        Assert.Contains(("deploy/init-secrets.sh", "--rotate"), uses);
        var unknown = uses.Where(use => !Regex.IsMatch(File.ReadAllText(Path.Combine(Repository.Root, use.Script)), Regex.Escape(use.Option) + @"(?![\w-])")).ToList();
        Assert.True(unknown.Count == 0, "docs/RUNBOOK.md passes options the scripts do not read: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Every_link_in_the_runbook_reaches_a_document_and_heading_that_exist()
    {
        var links = MarkdownLink().Matches(Runbook).Select(m => (File: m.Groups[1].Value, Anchor: m.Groups[2].Value)).ToList();

        Assert.NotEmpty(links);
        var broken = links.Where(link =>
        {
            var document = link.File.Length == 0 ? Runbook : File.Exists(Path.Combine(Repository.Root, "docs", link.File)) ? CitedTests.ReadDocument(link.File) : null;
            return document is null || (link.Anchor.Length > 0 && !Sections(document).Any(section => Slug(section.Title) == link.Anchor));
        }).ToList();
        Assert.True(broken.Count == 0, "docs/RUNBOOK.md links nowhere: " + string.Join(", ", broken.Select(b => $"{b.File}#{b.Anchor}")));
    }

    [Fact]
    public void Every_section_says_whether_its_steps_were_tested_run_by_the_ci_image_job_or_not_run()
    {
        var sections = Sections(Runbook).Skip(1).ToList(); // the title's introduction explains the marks

        var unmarked = sections.Where(section => !Mark().IsMatch(section.Body)).Select(section => section.Title).ToList();

        Assert.True(sections.Count > 10, $"only {sections.Count} sections found");
        Assert.True(unmarked.Count == 0, "docs/RUNBOOK.md sections without [tested], [CI image] or [not run]: " + string.Join(", ", unmarked));
    }

    /// <summary>A Markdown document's headings with the text up to the next one; a "#" line inside a code block is a shell comment.</summary>
    private static List<(string Title, string Body)> Sections(string document)
    {
        var sections = new List<(string Title, List<string> Lines)>();
        var inCode = false;
        foreach (var line in document.Split('\n'))
        {
            inCode ^= line.TrimStart().StartsWith("```", StringComparison.Ordinal);
            var heading = inCode ? null : Heading().Match(line);
            if (heading is { Success: true })
            {
                sections.Add((heading.Groups[1].Value.Trim(), []));
            }
            else if (sections.Count > 0)
            {
                sections[^1].Lines.Add(line);
            }
        }

        return [.. sections.Select(s => (s.Title, string.Join('\n', s.Lines)))];
    }

    // GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens.
    private static string Slug(string heading) => PunctuationInSlug().Replace(heading.Trim().ToLowerInvariant(), "").Replace(' ', '-');

    // `Class.Test_name` or a bare `Test_name` with at least three underscores (sentences, not settings like `Auth:SignUp`).
    [GeneratedRegex(@"`((?:[A-Z]\w*Tests\.)?[A-Z][A-Za-z0-9]*(?:_[A-Za-z0-9]+){3,})`")]
    private static partial Regex TestName();

    [GeneratedRegex(@"^([a-z][\w-]*):", RegexOptions.Multiline)]
    private static partial Regex MakefileTarget();

    [GeneratedRegex(@"\bmake ([a-z][\w-]*)")]
    private static partial Regex MakeCommand();

    [GeneratedRegex(@"(?<![\w/.$-])((?:\.github|scripts|deploy|src|docs)/[\w./-]*[\w/])")]
    private static partial Regex RepositoryPath();

    [GeneratedRegex(@"((?:scripts|deploy)/[\w-]+\.sh)(?: +(--[\w-]+)| +[^\s`-][^\s`]*)*")]
    private static partial Regex ScriptWithOptions();

    [GeneratedRegex(@"\]\(([\w.-]*\.md)?(?:#([\w-]+))?\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^#{1,6} (.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\*\*\[(tested|CI image|not run)\]\*\*")]
    private static partial Regex Mark();

    [GeneratedRegex(@"[^\w\- ]")]
    private static partial Regex PunctuationInSlug();
}

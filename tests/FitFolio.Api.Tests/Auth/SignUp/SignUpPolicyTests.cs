using System.Net;
using FitFolio.Api.Auth.SignUp;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace FitFolio.Api.Tests.Auth.SignUp;

/// <summary>Every sign-up policy on both providers: who gets a link and an account, and that the answer never tells.</summary>
public sealed class SignUpPolicyTests
{
    private const string Stranger = "stranger@elsewhere.example";

    private static readonly Dictionary<string, string?> Allowlist = new()
    {
        ["Auth:AllowedEmails"] = "friend@example.com",
        ["Auth:AllowedEmailDomains"] = "club.example",
    };

    public sealed class PoliciesAndProviders : TheoryData<string, DatabaseProvider>
    {
        public PoliciesAndProviders()
        {
            foreach (var policy in new[] { "open", "invite", "allowlist", "closed" })
            {
                Add(policy, DatabaseProvider.Sqlite);
                Add(policy, DatabaseProvider.Postgres);
            }
        }
    }

    [Theory]
    [ClassData(typeof(PoliciesAndProviders))]
    public async Task Start_answers_a_member_and_a_stranger_alike_and_only_open_gives_the_stranger_a_link(string policy, DatabaseProvider provider)
    {
        var (app, _) = await AdminApi.StartWithAdminAsync(provider, policy, Allowlist);
        await using var _app = app;

        var member = await (await new TestBrowser(app).StartMagicLinkAsync(AdminApi.Owner)).ShapeAsync();
        var stranger = await (await new TestBrowser(app).StartMagicLinkAsync(Stranger)).ShapeAsync();

        Assert.Equal(HttpStatusCode.Accepted, member.Status);
        Assert.Equal(member, stranger);
        Assert.NotNull(await app.LatestMailToAsync(AdminApi.Owner));
        Assert.Equal(policy == "open", await app.LatestMailToAsync(Stranger) is not null);
    }

    [Theory]
    [ClassData(typeof(PoliciesAndProviders))]
    public async Task A_stranger_gets_an_account_only_where_the_policy_admits_them(string policy, DatabaseProvider provider)
    {
        var (app, _) = await AdminApi.StartWithAdminAsync(provider, policy, Allowlist);
        await using var _app = app;
        var browser = new TestBrowser(app);

        await browser.StartMagicLinkAsync(Stranger);
        if (await app.LatestMailToAsync(Stranger) is { } mail)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.VerifyAsync(MagicLinkSignIn.TokenOf(mail))).StatusCode);
        }

        Assert.Equal(policy == "open", await app.UserAsync(Stranger) is not null);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Allowlist_admits_a_listed_address_and_any_address_at_a_listed_domain(DatabaseProvider provider)
    {
        var (app, _) = await AdminApi.StartWithAdminAsync(provider, "allowlist", Allowlist);
        await using var _app = app;

        await new TestBrowser(app).SignInByMagicLinkAsync("Friend@Example.com");
        await new TestBrowser(app).SignInByMagicLinkAsync("anyone@CLUB.example");

        Assert.NotNull(await app.UserAsync("friend@example.com"));
        Assert.NotNull(await app.UserAsync("anyone@club.example"));
        Assert.False((await app.UserAsync("anyone@club.example"))!.IsAdmin);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_policy_is_asked_again_when_the_link_is_used(DatabaseProvider provider)
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(provider, "invite");
        await using var _app = app;
        var (id, token) = await admin.InviteAsync();
        var browser = new TestBrowser(app);
        await browser.StartWithInvitationAsync("late@example.com", token);
        await admin.DeleteAsync($"/api/v1/admin/invitations/{id}");

        var response = await browser.VerifyAsync(MagicLinkSignIn.TokenOf((await app.LatestMailToAsync("late@example.com"))!));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_token");
        Assert.Null(await app.UserAsync("late@example.com"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Under_invite_the_first_account_of_an_empty_instance_joins_and_is_its_admin(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, settings: new Dictionary<string, string?> { ["Auth:SignUp"] = "invite" });

        await new TestBrowser(app).SignInByMagicLinkAsync("first@example.com");
        await new TestBrowser(app).StartMagicLinkAsync("second@example.com");

        Assert.True((await app.UserAsync("first@example.com"))!.IsAdmin);
        Assert.Null(await app.LatestMailToAsync("second@example.com"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Two_first_sign_ins_at_once_make_exactly_one_admin(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, settings: new Dictionary<string, string?> { ["RateLimits:MagicLinkStartPerMinute"] = "100" });
        var browsers = Enumerable.Range(0, 6).Select(_ => new TestBrowser(app)).ToArray();
        var tokens = await Task.WhenAll(browsers.Select((b, i) => b.RequestLinkTokenAsync($"first{i}@example.com")));

        var responses = await Task.WhenAll(browsers.Select((b, i) => b.VerifyAsync(tokens[i])));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var users = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => app.UserAsync($"first{i}@example.com")));
        Assert.Single(users, u => u!.IsAdmin);
    }

    [Fact]
    public async Task A_disabled_account_asking_for_a_link_gets_the_same_answer_and_a_mail_saying_it_is_disabled()
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(DatabaseProvider.Sqlite, "open");
        await using var _app = app;
        var userId = await new TestBrowser(app).SignInDirectlyAsync("kate@example.com");
        await admin.PostAsync($"/api/v1/admin/users/{userId}/disable");

        var disabled = await (await new TestBrowser(app).StartMagicLinkAsync("kate@example.com")).ShapeAsync();
        var member = await (await new TestBrowser(app).StartMagicLinkAsync(AdminApi.Owner)).ShapeAsync();

        Assert.Equal(member, disabled);
        var mail = await app.LatestMailToAsync("kate@example.com");
        Assert.NotNull(mail);
        Assert.Null(mail.Link);
        Assert.Contains("disabled", mail.Subject);
    }

    [Theory]
    [InlineData(null, true, SignUpMode.Open)]
    [InlineData("", false, SignUpMode.Invite)]
    [InlineData(" Allowlist ", false, SignUpMode.Allowlist)]
    [InlineData("CLOSED", true, SignUpMode.Closed)]
    public void The_mode_defaults_to_open_in_development_and_invite_elsewhere(string? value, bool isDevelopment, SignUpMode expected) =>
        Assert.Equal(expected, SignUpPolicy.ReadMode(value, isDevelopment));

    [Theory]
    [InlineData("invited")]
    [InlineData("1")]
    [InlineData("open,closed")]
    public void An_unknown_mode_is_a_configuration_problem_naming_the_key(string value)
    {
        var problems = ConfigurationCheck.Run(Configuration(new() { ["Auth:SignUp"] = value }), isDevelopment: true);

        var problem = Assert.Single(problems);
        Assert.Equal("Auth:SignUp", problem.Key);
        Assert.Contains("open, invite, allowlist or closed", problem.Message);
    }

    [Fact]
    public void Allowlist_without_anyone_listed_is_a_configuration_problem()
    {
        var problems = ConfigurationCheck.Run(Configuration(new() { ["Auth:SignUp"] = "allowlist" }), isDevelopment: true);

        Assert.Equal("Auth:SignUp", Assert.Single(problems).Key);
    }

    [Fact]
    public void A_listed_address_or_domain_that_is_not_one_is_a_configuration_problem()
    {
        var problems = ConfigurationCheck.Run(Configuration(new()
        {
            ["Auth:SignUp"] = "allowlist",
            ["Auth:AllowedEmails"] = "not-an-address",
            ["Auth:AllowedEmailDomains"] = "bad..domain",
        }), isDevelopment: true);

        Assert.Equal(["Auth:AllowedEmails", "Auth:AllowedEmailDomains"], problems.Select(p => p.Key));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}

using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Admin;

/// <summary>`dotnet FitFolio.Api.dll admin grant|revoke EMAIL`, run as the real executable against the app's database.</summary>
public sealed class AdminCommandTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Grant_makes_an_existing_account_an_admin_and_says_so(DatabaseProvider provider)
    {
        var (app, _) = await AdminApi.StartWithAdminAsync(provider, "open");
        await using var _app = app;
        await new TestBrowser(app).SignInDirectlyAsync("coach@example.com");

        var (exitCode, output) = await RunAsync(app, "admin", "grant", "Coach@Example.com");

        Assert.True(exitCode == 0, output);
        Assert.Contains("coach@example.com is now an admin", output);
        Assert.True((await app.UserAsync("coach@example.com"))!.IsAdmin);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Revoke_takes_admin_away_but_never_from_the_last_admin(DatabaseProvider provider)
    {
        var (app, _) = await AdminApi.StartWithAdminAsync(provider, "open");
        await using var _app = app;
        await new TestBrowser(app).SignInDirectlyAsync("coach@example.com");
        await app.SetAdminAsync("coach@example.com", true);

        var revoked = await RunAsync(app, "admin", "revoke", "coach@example.com");
        var last = await RunAsync(app, "admin", "revoke", AdminApi.Owner);

        Assert.True(revoked.ExitCode == 0, revoked.Output);
        Assert.False((await app.UserAsync("coach@example.com"))!.IsAdmin);
        Assert.NotEqual(0, last.ExitCode);
        Assert.Contains("last enabled admin", last.Output);
        Assert.True((await app.UserAsync(AdminApi.Owner))!.IsAdmin);
    }

    [Fact]
    public async Task An_unknown_address_exits_non_zero_naming_it()
    {
        var (app, _) = await AdminApi.StartWithAdminAsync(DatabaseProvider.Sqlite, "open");
        await using var _app = app;

        var (exitCode, output) = await RunAsync(app, "admin", "grant", "nobody@example.com");

        Assert.Equal(1, exitCode);
        Assert.Contains("No account has the address nobody@example.com", output);
    }

    [Fact]
    public async Task A_verb_it_does_not_know_prints_the_usage_and_exits_2()
    {
        var (app, _) = await AdminApi.StartWithAdminAsync(DatabaseProvider.Sqlite, "open");
        await using var _app = app;

        var (exitCode, output) = await RunAsync(app, "admin", "promote", "owner@example.com");

        Assert.Equal(2, exitCode);
        Assert.Contains("usage: dotnet FitFolio.Api.dll admin grant|revoke EMAIL", output);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(FitFolioApp app, params string[] arguments)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__Provider"] = app.Settings["Database:Provider"]!,
            ["ConnectionStrings__Database"] = app.Settings["ConnectionStrings:Database"]!,
            ["SecretsFolder"] = "/nonexistent",
        };
        return await AppProcess.RunToExitAsync(environment, Directory.CreateTempSubdirectory("fitfolio-admin-").FullName, arguments);
    }
}

using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Account;

public sealed class AccountEndpointsTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_account_shows_the_signed_in_users_settings(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        var userId = await browser.SignInDirectlyAsync("kate@example.com");

        var account = await browser.GetJsonAsync("/api/v1/account");

        Assert.Equal(userId, account.Id());
        Assert.Equal("kate@example.com", account.GetProperty("email").GetString());
        Assert.Equal("kate", account.GetProperty("displayName").GetString());
        Assert.Equal("kg", account.GetProperty("unit").GetString());
        Assert.Equal("UTC", account.GetProperty("timeZone").GetString());
        Assert.True(account.TryGetProperty("createdAt", out _));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_time_zone_counts_as_unset_until_one_is_sent(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var before = await browser.GetJsonAsync("/api/v1/account");
        await (await browser.PatchAsync("/api/v1/account", new { unit = "lb" })).JsonAsync(HttpStatusCode.OK);
        var afterUnit = await browser.GetJsonAsync("/api/v1/account");

        await (await browser.PatchAsync("/api/v1/account", new { timeZone = "UTC" })).JsonAsync(HttpStatusCode.OK);

        var after = await browser.GetJsonAsync("/api/v1/account");
        Assert.False(before.GetProperty("timeZoneChosen").GetBoolean());
        Assert.False(afterUnit.GetProperty("timeZoneChosen").GetBoolean());
        Assert.True(after.GetProperty("timeZoneChosen").GetBoolean());
        Assert.Equal("UTC", after.GetProperty("timeZone").GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_plate_step_follows_the_unit_until_one_is_set(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var inKg = await browser.GetJsonAsync("/api/v1/account");
        var inLb = await (await browser.PatchAsync("/api/v1/account", new { unit = "lb" })).JsonAsync(HttpStatusCode.OK);

        var set = await (await browser.PatchAsync("/api/v1/account", new { plateStepKg = 1.25 })).JsonAsync(HttpStatusCode.OK);
        var refused = await browser.PatchAsync("/api/v1/account", new { plateStepKg = 0 });

        Assert.Equal(2.5, inKg.GetProperty("plateStepKg").GetDouble());
        Assert.Equal(5, Math.Round(inLb.GetProperty("plateStepKg").GetDouble() / 0.45359237, 9));
        Assert.Equal(1.25, set.GetProperty("plateStepKg").GetDouble());
        Assert.Equal(1.25, (await browser.GetJsonAsync("/api/v1/account")).GetProperty("plateStepKg").GetDouble());
        Assert.Equal(["plateStepKg"], (await refused.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_e1rm_formula_is_epley_until_another_is_chosen(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var before = await browser.GetJsonAsync("/api/v1/account");
        await (await browser.PatchAsync("/api/v1/account", new { e1rmFormula = "brzycki" })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("epley", before.GetProperty("e1rmFormula").GetString());
        Assert.Equal("brzycki", (await browser.GetJsonAsync("/api/v1/account")).GetProperty("e1rmFormula").GetString());
    }

    [Fact]
    public async Task An_unknown_e1rm_formula_is_refused()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var refused = await browser.PatchAsync("/api/v1/account", new { e1rmFormula = "lombardi" });

        Assert.Equal(["e1rmFormula"], (await refused.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Display_name_unit_and_time_zone_are_updated(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var updated = await (await browser.PatchAsync("/api/v1/account", new { displayName = " Kate B. ", unit = "lb", timeZone = "Europe/Paris" })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Kate B.", updated.GetProperty("displayName").GetString());
        Assert.Equal("lb", updated.GetProperty("unit").GetString());
        Assert.Equal("Europe/Paris", updated.GetProperty("timeZone").GetString());
        Assert.Equal("lb", (await browser.GetJsonAsync("/api/v1/account")).GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Bad_settings_are_refused_field_by_field()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var response = await browser.PatchAsync("/api/v1/account", new { displayName = "Kate\u0007", unit = "stone", timeZone = "Mars/Olympus_Mons" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["displayName", "timeZone", "unit"], problem.ErrorFields().Order());
    }

    [Fact]
    public async Task An_empty_display_name_is_refused()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var response = await browser.PatchAsync("/api/v1/account", new { displayName = "   " });

        Assert.Equal(["displayName"], (await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
    }
}
